import type { Namespace } from 'socket.io';
import type { CalendarData, CommandName, Procedure } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { kioskRoom } from '../kiosk/rooms';
import type { EnrollAnswer } from './enroll';
import { enrollKiosk } from './enroll';
import { publishCalendar, publishCatalog, sendCommand } from './publish';
import type { IssuedToken, KioskSlotInput } from './tokens';
import { issueEnrollmentToken } from './tokens';

/** What staff (and for now tests and the start script) do to kiosks. */
export interface Fleet {
  issueEnrollmentToken(
    input: KioskSlotInput & { readonly ttlMs: number },
  ): Promise<IssuedToken>;
  /** `kiosk.enroll` in, HTTP status and `kiosk.enrolled` out. */
  enroll(input: unknown): Promise<EnrollAnswer>;
  /** Disables the kiosk's key and cuts its live sockets at once. */
  revokeKiosk(kioskId: string): Promise<boolean>;
  /** Sends the catalog (the current one by default) to every kiosk. */
  publishCatalog(procedures?: Procedure[]): Promise<void>;
  publishCalendar(calendar: CalendarData): Promise<void>;
  sendCommand(
    kioskId: string,
    name: CommandName,
  ): Promise<{ commandId: string }>;
}

export function createFleet(context: CentralContext, kiosks: Namespace): Fleet {
  const cutKiosk = (kioskId: string) => {
    kiosks.in(kioskRoom(kioskId)).disconnectSockets(true);
  };

  return {
    issueEnrollmentToken: (input) => issueEnrollmentToken(context, input),
    enroll: (input) => enrollKiosk(context, cutKiosk, input),
    async revokeKiosk(kioskId) {
      const revoked = await context.store.revokeKiosk(
        kioskId,
        context.now().toISOString(),
      );
      // Marked first, so that the cut's disconnect shows it as revoked.
      if (revoked) context.registry.revoked(kioskId);
      // Cut even when already revoked: nothing may stay connected.
      cutKiosk(kioskId);
      if (!revoked) return false;
      context.logger.log('kiosk-revoked', 'success', { kioskId });
      await context.alerts.revoked(kioskId);
      context.staff.kioskUpdated(context.registry.view(kioskId));
      return true;
    },
    publishCatalog: (procedures) => publishCatalog(context, procedures),
    publishCalendar: (calendar) => publishCalendar(context, calendar),
    sendCommand: (kioskId, name) => sendCommand(context, kioskId, name),
  };
}
