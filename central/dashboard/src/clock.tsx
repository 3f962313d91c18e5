import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { formatAge, formatDateTime } from './format';
import type { Translate } from './i18n';

/** How often relative times ("2 phút trước") move on. */
export const CLOCK_TICK_MS = 5_000;

const NowContext = createContext<number>(Date.now());

/**
 * The one clock of the dashboard. Only components that read `useNow()`
 * re-render on a tick, so a board of thousands of kiosks stays cheap: no
 * tile owns a timer.
 */
export function ClockProvider({ children }: { children: ReactNode }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}

export function useNow(): number {
  return useContext(NowContext);
}

/** Seconds from `iso` to now, never negative (clocks differ a little). */
export function secondsSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
}

interface AgoProps {
  readonly iso: string;
  readonly t: Translate;
  /** Also show the absolute time, dd/MM/yyyy HH:mm. */
  readonly withDate?: boolean;
}

/** "3 phút trước", kept current by the shared clock. */
export function Ago({ iso, t, withDate = false }: AgoProps) {
  const now = useNow();
  const age = t('time.ago', { age: formatAge(secondsSince(iso, now), t) });
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {withDate ? `${age} · ${formatDateTime(iso)}` : age}
    </time>
  );
}
