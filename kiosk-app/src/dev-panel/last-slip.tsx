import type { PrinterStatus } from '@motcua/protocol';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Relative: the agent serves the page, and this picture, from one origin. */
const LAST_SLIP_PATH = 'sim/printer/last.png';

/** The picture's address; the stamp makes each refresh a new request. */
export function lastSlipUrl(stamp: number): string {
  return `${LAST_SLIP_PATH}?t=${stamp}`;
}

interface LastSlipProps {
  /** Each new status (a print ends with one) draws the picture again. */
  readonly printer: PrinterStatus | null;
  readonly now?: () => number;
}

// The shared stylesheet belongs to the screens; the dev panel keeps its
// few rules here. The slip scrolls inside the panel rather than the page.
const SECTION_STYLE: CSSProperties = { maxHeight: '60vh', overflowY: 'auto' };
const HEAD_STYLE: CSSProperties = { alignItems: 'center' };
const TITLE_STYLE: CSSProperties = { margin: 0, fontSize: 16 };
const IMAGE_STYLE: CSSProperties = {
  display: 'block',
  width: '100%',
  height: 'auto',
  background: '#ffffff',
  border: '1px solid #000000',
};

/** What the virtual printer printed last, as the agent draws it. */
export function LastSlip({ printer, now = Date.now }: LastSlipProps) {
  const { t } = useTranslation('app');
  const [stamp, setStamp] = useState(now);
  const [missing, setMissing] = useState(false);
  const [seen, setSeen] = useState(printer);

  function refresh() {
    setMissing(false);
    setStamp(now());
  }

  // Adjusted while rendering, not in an effect, so that opening the panel
  // asks for the picture once.
  if (seen !== printer) {
    setSeen(printer);
    refresh();
  }

  return (
    <section data-testid="dev-last-slip" style={SECTION_STYLE}>
      <div className="dev__row" style={HEAD_STYLE}>
        <h3 style={TITLE_STYLE}>{t('dev.lastSlip')}</h3>
        <button
          type="button"
          data-testid="dev-last-slip-refresh"
          onClick={refresh}
        >
          {t('dev.refresh')}
        </button>
      </div>
      {missing ? (
        <p data-testid="dev-last-slip-none">{t('dev.noSlip')}</p>
      ) : (
        <img
          key={stamp}
          src={lastSlipUrl(stamp)}
          alt={t('dev.lastSlipAlt')}
          style={IMAGE_STYLE}
          onError={() => setMissing(true)}
        />
      )}
    </section>
  );
}
