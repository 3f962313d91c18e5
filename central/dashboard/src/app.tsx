import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@motcua/locales';
import { defaultLanguage } from '@motcua/locales';
import { DossierList } from './dossier-list';
import { translator } from './i18n';
import { KioskBoard } from './kiosk-board';
import { useProcedureNames } from './use-procedure-names';
import { useStaffFeed } from './use-staff-feed';

/** The staff dashboard: connection state, kiosk board, live dossiers. */
export function App() {
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const t = useMemo(() => translator(language), [language]);
  const feed = useStaffFeed();
  const procedureNames = useProcedureNames();

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
          <span
            className={`connection connection-${feed.status}`}
            role="status"
          >
            {t(`connection.${feed.status}`)}
          </span>
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
      <main>
        <KioskBoard kiosks={feed.kiosks} t={t} />
        <DossierList
          dossiers={feed.dossiers}
          procedureNames={procedureNames}
          language={language}
          t={t}
        />
      </main>
    </div>
  );
}
