import type { KioskBlobRef } from '../../src/views';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

interface KioskMediaProps {
  readonly screenshot: KioskBlobRef | null;
  readonly logs: KioskBlobRef | null;
  /** Blobs are for operators; viewers see that they exist only. */
  readonly canOperate: boolean;
  readonly t: Translate;
}

const blobUrl = (ref: KioskBlobRef) =>
  `/api/blobs/${encodeURIComponent(ref.sha256)}`;

/** The latest screenshot, and a link to the latest uploaded logs. */
export function KioskMedia({
  screenshot,
  logs,
  canOperate,
  t,
}: KioskMediaProps) {
  return (
    <section className="detail-block" aria-labelledby="media-title">
      <h3 id="media-title">{t('detail.screenshot')}</h3>
      {screenshot === null ? (
        <p className="empty">{t('detail.noScreenshot')}</p>
      ) : canOperate ? (
        <figure className="screenshot">
          <img
            src={blobUrl(screenshot)}
            alt={t('detail.screenshotAlt')}
            data-testid="kiosk-screenshot"
          />
          <figcaption className="muted small">
            {formatDateTime(screenshot.at)}
          </figcaption>
        </figure>
      ) : (
        <p className="muted">{t('detail.operatorsOnly')}</p>
      )}
      <h3>{t('detail.logs')}</h3>
      {logs === null ? (
        <p className="empty">{t('detail.noLogs')}</p>
      ) : canOperate ? (
        <p>
          <a
            href={blobUrl(logs)}
            data-testid="kiosk-logs"
            target="_blank"
            rel="noreferrer"
          >
            {t('detail.openLogs', { at: formatDateTime(logs.at) })}
          </a>
        </p>
      ) : (
        <p className="muted">{t('detail.operatorsOnly')}</p>
      )}
    </section>
  );
}
