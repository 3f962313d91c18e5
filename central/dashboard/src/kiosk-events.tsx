import type { KioskEventView } from '../../src/context';
import { formatDateTime } from './format';
import type { Translate } from './i18n';

interface KioskEventsProps {
  readonly events: readonly KioskEventView[];
  readonly t: Translate;
}

/** The kiosk's recent health events, newest first. */
export function KioskEvents({ events, t }: KioskEventsProps) {
  return (
    <section className="detail-block" aria-labelledby="events-title">
      <h3 id="events-title">{t('detail.events')}</h3>
      {events.length === 0 ? (
        <p className="empty">{t('detail.noEvents')}</p>
      ) : (
        <ol className="event-list" data-testid="event-list">
          {events.map((event, index) => (
            <li key={`${event.at}-${String(index)}`} data-kind={event.kind}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>{t(`eventKind.${event.kind}`)}</span>
              {event.detail === undefined ? null : (
                <span className="muted small">{event.detail}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
