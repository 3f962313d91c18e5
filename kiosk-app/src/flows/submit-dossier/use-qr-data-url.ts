import { useEffect, useState } from 'react';

/** A QR code of `text` as a PNG data URL; null until made (or on failure). */
export function useQrDataUrl(text: string, width = 320): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Loaded on first use: the QR encoder is not needed for the first screen.
    import('qrcode')
      .then(({ toDataURL }) =>
        toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width }),
      )
      .then((made) => {
        if (current) setUrl(made);
      })
      .catch(() => {
        if (current) setUrl(null);
      });
    return () => {
      current = false;
    };
  }, [text]);
  return url;
}
