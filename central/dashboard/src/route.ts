import { useCallback, useEffect, useState } from 'react';

export const TABS = [
  'board',
  'alerts',
  'deadlines',
  'figures',
  'fleet',
] as const;
/** Tabs shown to administrators only. */
export const ADMIN_TABS: readonly Tab[] = ['fleet'];
export type Tab = (typeof TABS)[number];

/** Where the dashboard is: a tab, or one kiosk's detail. */
export type Route =
  | { readonly kind: 'tab'; readonly tab: Tab }
  | { readonly kind: 'kiosk'; readonly kioskId: string };

/** `#/alerts` → the alerts tab; `#/kiosk/KIOSK-01` → that kiosk. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const kiosk = /^kiosk\/(.+)$/.exec(path);
  if (kiosk?.[1] !== undefined) {
    try {
      return { kind: 'kiosk', kioskId: decodeURIComponent(kiosk[1]) };
    } catch {
      return { kind: 'tab', tab: 'board' };
    }
  }
  const tab = TABS.find((name) => name === path);
  return { kind: 'tab', tab: tab ?? 'board' };
}

export function routeHash(route: Route): string {
  return route.kind === 'kiosk'
    ? `#/kiosk/${encodeURIComponent(route.kioskId)}`
    : `#/${route.tab}`;
}

/** The route kept in the address bar, so reload and back work. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() =>
    parseHash(window.location.hash),
  );
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, go];
}
