import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@motcua/locales';
import { defaultLanguage } from '@motcua/locales';
import { ClockProvider } from './clock';
import { Dashboard } from './dashboard';
import { translator } from './i18n';
import { LoginForm } from './login-form';
import { TopBar } from './top-bar';
import { useSession } from './use-session';
import { useStaffFeed } from './use-staff-feed';

/**
 * The staff dashboard: a login form until there is a session (or central
 * needs none), then the live dashboard. Vietnamese first, English on a tap.
 */
export function App() {
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const t = useMemo(() => translator(language), [language]);
  const { state, logIn, logOut } = useSession();
  const allowed = state.kind === 'open' || state.kind === 'loggedIn';
  const feed = useStaffFeed(allowed);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('title');
  }, [language, t]);

  return (
    <ClockProvider>
      <div className="page">
        <TopBar
          session={state}
          feedStatus={allowed ? feed.status : undefined}
          language={language}
          onLanguage={setLanguage}
          onLogOut={() => void logOut()}
          t={t}
        />
        {state.kind === 'open' ? (
          <p className="open-access" role="note">
            {t('account.openAccess')}
          </p>
        ) : null}
        <main>
          {state.kind === 'loggedOut' ? (
            <LoginForm logIn={logIn} t={t} />
          ) : null}
          {allowed ? (
            <Dashboard
              feed={feed}
              session={state.kind === 'loggedIn' ? state.session : undefined}
              language={language}
              t={t}
            />
          ) : null}
        </main>
      </div>
    </ClockProvider>
  );
}
