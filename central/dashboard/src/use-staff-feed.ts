import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type {
  AlertView,
  DashboardSnapshot,
  DossierView,
  KioskView,
} from '../../src/views';

export type FeedStatus = 'connecting' | 'connected' | 'disconnected';

export interface StaffFeed {
  readonly status: FeedStatus;
  readonly dossiers: readonly DossierView[];
  /** By kiosk id; an unchanged kiosk keeps its object between updates. */
  readonly kiosks: ReadonlyMap<string, KioskView>;
  /** Open or acknowledged, newest first. */
  readonly alerts: readonly AlertView[];
  /** For panels that follow more events; undefined until connected. */
  readonly socket: Socket | undefined;
}

const DOSSIER_LIMIT = 200;
/** Kiosk updates arriving within this window are drawn together. */
export const KIOSK_FLUSH_MS = 250;

function newestFirst(a: AlertView, b: AlertView): number {
  return b.openedAt.localeCompare(a.openedAt);
}

/** Puts a changed alert in the active list, or takes a resolved one out. */
export function applyAlert(
  alerts: readonly AlertView[],
  alert: AlertView,
): readonly AlertView[] {
  const others = alerts.filter((a) => a.id !== alert.id);
  if (alert.state === 'resolved') return others;
  return [alert, ...others].sort(newestFirst);
}

/**
 * Follows `/staff`: a snapshot on every (re)connect, then live changes.
 * Kiosk heartbeats come often with many kiosks, so they are batched and
 * the board redraws at most once per `KIOSK_FLUSH_MS`.
 */
export function useStaffFeed(enabled: boolean): StaffFeed {
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const [dossiers, setDossiers] = useState<readonly DossierView[]>([]);
  const [kiosks, setKiosks] = useState<ReadonlyMap<string, KioskView>>(
    new Map(),
  );
  const [alerts, setAlerts] = useState<readonly AlertView[]>([]);
  const [socket, setSocket] = useState<Socket | undefined>();

  useEffect(() => {
    if (!enabled) return undefined;
    const connection = io('/staff', { transports: ['websocket'] });
    const pending = new Map<string, KioskView>();
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const changes = [...pending.values()];
      pending.clear();
      setKiosks((current) => {
        const next = new Map(current);
        for (const kiosk of changes) next.set(kiosk.id, kiosk);
        return next;
      });
    };

    connection.on('connect', () => setStatus('connected'));
    connection.on('disconnect', () => setStatus('disconnected'));
    connection.on('connect_error', () => setStatus('disconnected'));
    connection.on('dashboard.snapshot', (snapshot: DashboardSnapshot) => {
      pending.clear();
      setDossiers(snapshot.dossiers);
      setKiosks(new Map(snapshot.kiosks.map((k) => [k.id, k])));
      setAlerts([...(snapshot.alerts ?? [])].sort(newestFirst));
    });
    connection.on('dossier.received', (dossier: DossierView) => {
      setDossiers((current) =>
        [dossier, ...current.filter((d) => d.id !== dossier.id)].slice(
          0,
          DOSSIER_LIMIT,
        ),
      );
    });
    connection.on('kiosk.updated', (kiosk: KioskView) => {
      pending.set(kiosk.id, kiosk);
      flushTimer ??= setTimeout(flush, KIOSK_FLUSH_MS);
    });
    connection.on('alert.updated', (alert: AlertView) => {
      setAlerts((current) => applyAlert(current, alert));
    });
    setSocket(connection);

    return () => {
      if (flushTimer !== undefined) clearTimeout(flushTimer);
      connection.close();
      setSocket(undefined);
    };
  }, [enabled]);

  return { status, dossiers, kiosks, alerts, socket };
}
