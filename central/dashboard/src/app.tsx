import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@motcua/locales';
import { defaultLanguage } from '@motcua/locales';
import { DossierList } from './dossier-list';
import { translator } from './i18n';
import { KioskBoard } from './kiosk-board';
import { LoginForm } from './login-form';
import { useProcedureNames } from './use-procedure-names';
import { useSession } from './use-session';
import { useStaffFeed } from './use-staff-feed';

/**
 * The staff dashboard: a login form until there is a session (or central
 * needs none), then connection state, kiosk board and live dossiers.
 */
export function App() {
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const t = useMemo(() => translator(language), [language]);
  const { state, logIn, logOut } = useSession();
  const allowed = state.kind === 'open' || state.kind === 'loggedIn';
  const feed = useStaffFeed(allowed);
  const procedureNames = useProcedureNames(allowed);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className="page">
      <header className="topbar">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
        </div>
        <div className="topbar-actions">
          {allowed ? (
            <span
              className={`connection connection-${feed.status}`}
              role="status"
            >
              {t(`connection.${feed.status}`)}
            </span>
          ) : null}
          {state.kind === 'loggedIn' ? (
            <>
              <span className="account" data-testid="staff-account">
                {t('account.signedInAs', {
                  username: state.session.username,
                  role: t(`role.${state.session.role}`),
                })}
              </span>
              <button
                type="button"
                className="language-toggle"
                onClick={() => void logOut()}
              >
                {t('account.logout')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="language-toggle"
            aria-label={t('languageToggleLabel')}
            onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}
          >
            {t('languageToggle')}
          </button>
        </div>
      </header>
      {state.kind === 'open' ? (
        <p className="open-access" role="note">
          {t('account.openAccess')}
        </p>
      ) : null}
      <main>
        {state.kind === 'loggedOut' ? <LoginForm logIn={logIn} t={t} /> : null}
        {allowed ? (
          <>
            <KioskBoard kiosks={feed.kiosks} t={t} />
            <DossierList
              dossiers={feed.dossiers}
              procedureNames={procedureNames}
              language={language}
              t={t}
            />
          </>
        ) : null}
      </main>
    </div>
  );
}
