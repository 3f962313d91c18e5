import type { Namespace } from 'socket.io';
import type { CentralContext, StaffBroadcast } from '../context';
import type { DashboardSnapshot } from '../views';
import { toDossierView } from '../views';

/** How many dossiers a list shows: the API, the snapshot and the dashboard. */
export const RECENT_DOSSIER_LIMIT = 200;

/** What a staff screen needs to draw itself from nothing. */
export async function dashboardSnapshot(
  context: Pick<CentralContext, 'store' | 'registry'>,
): Promise<DashboardSnapshot> {
  const records = await context.store.recentDossiers(RECENT_DOSSIER_LIMIT);
  return {
    dossiers: records.map(toDossierView),
    kiosks: context.registry.all(),
  };
}

/** Sends live changes to every connected staff screen. */
export function staffBroadcast(namespace: Namespace): StaffBroadcast {
  // TODO(scale): batch kiosk updates to about 1 Hz per kiosk before several
  // thousand kiosks heartbeat into one dashboard (sync.md §6).
  return {
    dossierReceived: (dossier) => namespace.emit('dossier.received', dossier),
    kioskUpdated: (kiosk) => namespace.emit('kiosk.updated', kiosk),
    kioskEvent: (event) => namespace.emit('kiosk.event', event),
    commandUpdated: (command) => namespace.emit('command.updated', command),
  };
}

/**
 * Wires the `/staff` namespace: a snapshot on connect, then live changes.
 *
 * TODO(staff-auth): staff accounts with roles, session cookies and CSRF
 * protection (DESIGN.md); until then anyone who reaches central can watch,
 * which is why only masked views are ever sent here.
 */
export function serveStaff(namespace: Namespace, context: CentralContext) {
  const { logger } = context;

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
