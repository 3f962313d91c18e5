import { useCallback, useMemo } from 'react';
import type { Language } from '@motcua/locales';
import { AlertFeed } from './alert-feed';
import { createApi } from './api';
import { DeadlineBoard } from './deadline-board';
import { DossierList } from './dossier-list';
import { FiguresPanel } from './figures-panel';
import { FleetPanel } from './fleet-panel';
import type { Translate } from './i18n';
import { InboxPanel } from './inbox-panel';
import { KioskBoard } from './kiosk-board';
import { KioskDetail } from './kiosk-detail';
import { NavTabs } from './nav-tabs';
import { useRoute } from './route';
import { useCases } from './use-cases';
import { useInbox } from './use-inbox';
import { useProcedureNames } from './use-procedure-names';
import type { SessionInfo } from './use-session';
import type { StaffFeed } from './use-staff-feed';

interface DashboardProps {
  readonly feed: StaffFeed;
  /** Undefined in open (development) mode: read-only, no inbox. */
  readonly session: SessionInfo | undefined;
  readonly language: Language;
  readonly t: Translate;
}

/** The signed-in dashboard: tabs, and the panel of the current route. */
export function Dashboard({ feed, session, language, t }: DashboardProps) {
  const [route, go] = useRoute();
  const api = useMemo(() => createApi(session?.csrfToken), [session]);
  const isAdmin = session?.role === 'admin';
  const canOperate = session?.role === 'operator' || isAdmin;
  const procedureNames = useProcedureNames(true);
  const cases = useCases(api, feed.socket);
  const inbox = useInbox(api, feed.socket, session?.username);
  const openKiosk = useCallback(
    (kioskId: string) => go({ kind: 'kiosk', kioskId }),
    [go],
  );

  const panel = () => {
    if (route.kind === 'kiosk') {
      return (
        <KioskDetail
          key={route.kioskId}
          kioskId={route.kioskId}
          live={feed.kiosks.get(route.kioskId)}
          api={api}
          socket={feed.socket}
          canOperate={canOperate}
          isAdmin={isAdmin}
          onBack={() => go({ kind: 'tab', tab: 'board' })}
          t={t}
        />
      );
    }
    switch (route.tab) {
      case 'board':
        return (
          <>
            <KioskBoard kiosks={feed.kiosks} onOpen={openKiosk} t={t} />
            <DossierList
              dossiers={feed.dossiers}
              procedureNames={procedureNames}
              language={language}
              t={t}
            />
          </>
        );
      case 'alerts':
        return (
          <AlertFeed
            alerts={feed.alerts}
            api={api}
            canOperate={canOperate}
            onOpenKiosk={openKiosk}
            t={t}
          />
        );
      case 'deadlines':
        return (
          <div className="two-columns">
            <DeadlineBoard
              cases={cases}
              procedureNames={procedureNames}
              language={language}
              api={api}
              canOperate={canOperate}
              username={session?.username}
              t={t}
            />
            <InboxPanel inbox={inbox} hasUser={session !== undefined} t={t} />
          </div>
        );
      case 'figures':
        return <FiguresPanel api={api} language={language} t={t} />;
      case 'fleet':
        return isAdmin ? (
          <FleetPanel kiosks={feed.kiosks} api={api} t={t} />
        ) : (
          <section className="panel" data-testid="fleet-forbidden">
            <p className="muted">{t('fleet.adminsOnly')}</p>
          </section>
        );
    }
  };

  return (
    <>
      <NavTabs
        route={route}
        go={go}
        badges={{ alerts: feed.alerts.length, deadlines: inbox.unread }}
        isAdmin={isAdmin}
        t={t}
      />
      {panel()}
    </>
  );
}
