import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import type {
  DashboardSnapshot,
  DossierView,
  KioskView,
} from '../../src/views';

export type FeedStatus = 'connecting' | 'connected' | 'disconnected';

export interface StaffFeed {
  readonly status: FeedStatus;
  readonly dossiers: readonly DossierView[];
  readonly kiosks: readonly KioskView[];
}

const DOSSIER_LIMIT = 200;

/**
 * Follows `/staff`: a snapshot on every (re)connect, then live changes.
 * Connects only while `enabled` (logged in, or central is open).
 */
export function useStaffFeed(enabled: boolean): StaffFeed {
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const [dossiers, setDossiers] = useState<readonly DossierView[]>([]);
  const [kiosks, setKiosks] = useState<readonly KioskView[]>([]);

  useEffect(() => {
    if (!enabled) return undefined;
    const socket = io('/staff', { transports: ['websocket'] });

    socket.on('connect', () => setStatus('connected'));
    socket.on('disconnect', () => setStatus('disconnected'));
    socket.on('connect_error', () => setStatus('disconnected'));

    socket.on('dashboard.snapshot', (snapshot: DashboardSnapshot) => {
      setDossiers(snapshot.dossiers);
      setKiosks(snapshot.kiosks);
    });
    socket.on('dossier.received', (dossier: DossierView) => {
      setDossiers((current) =>
        [dossier, ...current.filter((d) => d.id !== dossier.id)].slice(
          0,
          DOSSIER_LIMIT,
        ),
      );
    });
    socket.on('kiosk.updated', (kiosk: KioskView) => {
      setKiosks((current) =>
        current.some((k) => k.id === kiosk.id)
          ? current.map((k) => (k.id === kiosk.id ? kiosk : k))
          : [...current, kiosk].sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    return () => {
      socket.close();
    };
  }, [enabled]);

  return { status, dossiers, kiosks };
}
