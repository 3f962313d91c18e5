import type { Language } from '@motcua/locales';
import type { Translate } from './i18n';
import type { FeedStatus } from './use-staff-feed';
import type { SessionState } from './use-session';

interface TopBarProps {
  readonly session: SessionState;
  readonly feedStatus: FeedStatus | undefined;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly onLogOut: () => void;
  readonly t: Translate;
}

/** Title, connection, who is signed in with which role, language. */
export function TopBar(props: TopBarProps) {
  const { session, feedStatus, language, t } = props;
  return (
    <header className="topbar">
      <div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </div>
      <div className="topbar-actions">
        {feedStatus === undefined ? null : (
          <span
            className={`connection connection-${feedStatus}`}
            role="status"
            data-testid="connection"
            data-status={feedStatus}
          >
            {t(`connection.${feedStatus}`)}
          </span>
        )}
        {session.kind === 'loggedIn' ? (
          <>
            <span className="account" data-testid="staff-account">
              {t('account.signedInAs', {
                username: session.session.username,
                role: t(`role.${session.session.role}`),
              })}
            </span>
            <button
              type="button"
              className="language-toggle"
              data-testid="logout"
              onClick={props.onLogOut}
            >
              {t('account.logout')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="language-toggle"
          lang={language === 'vi' ? 'en' : 'vi'}
          aria-label={t('languageToggleLabel')}
          data-testid="language-toggle"
          onClick={() => props.onLanguage(language === 'vi' ? 'en' : 'vi')}
        >
          {t('languageToggle')}
        </button>
      </div>
    </header>
  );
}
