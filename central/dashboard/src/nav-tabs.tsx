import type { Translate } from './i18n';
import type { Route, Tab } from './route';
import { ADMIN_TABS, TABS } from './route';

interface NavTabsProps {
  readonly route: Route;
  readonly go: (route: Route) => void;
  /** A small count beside a tab's name: active alerts, unread inbox. */
  readonly badges: Readonly<Partial<Record<Tab, number>>>;
  /** Shows the administrator's tabs. */
  readonly isAdmin: boolean;
  readonly t: Translate;
}

/** The dashboard's sections; a kiosk's detail belongs to the board. */
export function NavTabs({ route, go, badges, isAdmin, t }: NavTabsProps) {
  const current = route.kind === 'tab' ? route.tab : 'board';
  const tabs = isAdmin ? TABS : TABS.filter((tab) => !ADMIN_TABS.includes(tab));
  return (
    <nav className="tabs" aria-label={t('nav.label')}>
      {tabs.map((tab) => {
        const badge = badges[tab] ?? 0;
        return (
          <a
            key={tab}
            href={`#/${tab}`}
            className="tab"
            aria-current={current === tab ? 'page' : undefined}
            data-testid={`tab-${tab}`}
            onClick={(event) => {
              event.preventDefault();
              go({ kind: 'tab', tab });
            }}
          >
            {t(`nav.${tab}`)}
            {badge > 0 ? (
              <span className="tab-badge" data-testid={`tab-${tab}-badge`}>
                {badge}
              </span>
            ) : null}
          </a>
        );
      })}
    </nav>
  );
}
