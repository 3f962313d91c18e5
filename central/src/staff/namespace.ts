import type { Namespace } from 'socket.io';
import type { StaffAuth } from '../auth/staff-auth';
import type { CentralContext, StaffBroadcast } from '../context';
import { isSameOrigin } from '../http/guard';
import type { DashboardSnapshot, KioskView } from '../views';
import { toDossierView } from '../views';
import { throttleKioskUpdates } from './kiosk-updates';

/** How many dossiers a list shows: the API, the snapshot and the dashboard. */
export const RECENT_DOSSIER_LIMIT = 200;

/** What a staff screen needs to draw itself from nothing. */
export async function dashboardSnapshot(
  context: Pick<CentralContext, 'store' | 'registry' | 'alerts'>,
): Promise<DashboardSnapshot> {
  const records = await context.store.recentDossiers(RECENT_DOSSIER_LIMIT);
  return {
    dossiers: records.map(toDossierView),
    kiosks: context.registry.all(),
    alerts: await context.alerts.list('active'),
  };
}

/** Sends live changes to every connected staff screen. */
export function staffBroadcast(namespace: Namespace): StaffBroadcast {
  return {
    dossierReceived: (dossier) => namespace.emit('dossier.received', dossier),
    kioskUpdated: throttleKioskUpdates((kiosk) =>
      namespace.emit('kiosk.updated', kiosk),
    ),
    kioskEvent: (event) => namespace.emit('kiosk.event', event),
    commandUpdated: (command) => namespace.emit('command.updated', command),
    alertUpdated: (alert) => namespace.emit('alert.updated', alert),
    caseUpdated: (dossierCase) => namespace.emit('case.updated', dossierCase),
    notificationNew: (notification) =>
      namespace.emit('notification.new', notification),
  };
}

/**
 * Sends a kiosk update to the staff screens connected to this node only;
 * with several nodes, each one sends what it found out by itself.
 */
export function kioskShownHere(
  namespace: Namespace,
): (kiosk: KioskView) => void {
  return (kiosk) => namespace.local.emit('kiosk.updated', kiosk);
}

export interface StaffAccess {
  readonly auth: StaffAuth;
  /** Anyone may watch: open admin, or no staff account yet (development). */
  readonly open: boolean;
}

/**
 * Wires the `/staff` namespace: a snapshot on connect, then live changes.
 * Any staff session may watch (viewers too); only masked views are sent.
 */
export function serveStaff(
  namespace: Namespace,
  context: CentralContext,
  access: StaffAccess,
) {
  const { logger } = context;

  namespace.use((socket, next) => {
    if (access.open) return next();
    const { headers } = socket.handshake;
    // Browsers always send Origin on websockets; another site's is refused.
    const crossSite = headers.origin !== undefined && !isSameOrigin(headers);
    access.auth.sessionOf(headers.cookie).then(
      (session) => {
        if (session !== undefined && !crossSite) return next();
        logger.log('staff-request-refused', 'failure', {
          path: '/staff',
          code: crossSite ? 'auth.csrf' : 'auth.required',
        });
        next(new Error(crossSite ? 'auth.csrf' : 'auth.required'));
      },
      (error: unknown) => next(error as Error),
    );
  });

  namespace.on('connection', (socket) => {
    logger.log('client-connected', 'success', { namespace: '/staff' });
    socket.on('disconnect', (reason) => {
      logger.log('client-disconnected', 'n/a', {
        namespace: '/staff',
        reason,
      });
    });

    dashboardSnapshot(context).then(
      (snapshot) => socket.emit('dashboard.snapshot', snapshot),
      (error: unknown) => {
        logger.log('client-refused', 'failure', {
          namespace: '/staff',
          reason: error instanceof Error ? error.message : String(error),
        });
        socket.disconnect(true);
      },
    );
  });
}
