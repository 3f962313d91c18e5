import type { Translate } from './i18n';
import { formatDateTime } from './format';
import { LEVEL_TONE } from './deadline-board';
import { StatusBadge } from './status-icon';
import type { Inbox } from './use-inbox';

interface InboxPanelProps {
  readonly inbox: Inbox;
  /** Open mode has no user, hence no inbox. */
  readonly hasUser: boolean;
  readonly t: Translate;
}

/** Deadline notifications for the logged-in user, unread first in count. */
export function InboxPanel({ inbox, hasUser, t }: InboxPanelProps) {
  return (
    <section className="panel" aria-labelledby="inbox-title">
      <header className="panel-header">
        <h2 id="inbox-title">{t('inbox.title')}</h2>
        <span className="muted" data-testid="inbox-unread">
          {t('inbox.unread', { count: inbox.unread })}
        </span>
      </header>
      {!hasUser ? (
        <p className="empty">{t('inbox.noUser')}</p>
      ) : inbox.notifications.length === 0 ? (
        <p className="empty">{t('inbox.empty')}</p>
      ) : (
        <ul className="inbox-list">
          {inbox.notifications.map((n) => (
            <li
              key={n.id}
              className={n.readAt === null ? 'is-unread' : undefined}
              data-testid="inbox-item"
            >
              <StatusBadge
                tone={LEVEL_TONE[n.level]}
                label={t(`level.${n.level}`)}
              />
              <span className="code">{n.code}</span>
              <span>{n.message}</span>
              <time className="muted small" dateTime={n.createdAt}>
                {formatDateTime(n.createdAt)}
              </time>
              {n.readAt === null ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => inbox.markRead(n.id)}
                >
                  {t('inbox.markRead')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
