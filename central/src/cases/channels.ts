import type { Logger, Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { StaffBroadcast } from '../context';
import type { NotificationView } from '../views';

/**
 * Where a deadline notification goes once it is in the inbox. Each channel
 * says whether it got the notification out; a failure is logged and does
 * not stop the other channels (the inbox already holds it).
 */
export interface NotificationChannel {
  readonly name: string;
  send(notification: NotificationView): Promise<Result<void, string>>;
}

/** To the dashboards: `notification.new` on `/staff`. */
export function dashboardChannel(staff: StaffBroadcast): NotificationChannel {
  return {
    name: 'dashboard',
    async send(notification) {
      try {
        staff.notificationNew(notification);
        return ok(undefined);
      } catch (error) {
        return err(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/** Into central's log, for whoever watches it (and for audits). */
export function logChannel(logger: Logger): NotificationChannel {
  return {
    name: 'log',
    async send(notification) {
      logger.log('notification-sent', 'success', {
        channel: 'log',
        notificationId: notification.id,
        recipient: notification.recipient,
        level: notification.level,
        code: notification.code,
      });
      return ok(undefined);
    },
  };
}

// TODO(notify): SMS, e-mail and Zalo OA channels. Each needs a provider
// contract (Viettel/VNPT SMS brand name, an SMTP relay, a Zalo OA account
// and template approval) and the staff members' phone numbers or addresses,
// none of which the project has yet. Implement NotificationChannel and pass
// it in `CentralOptions.notificationChannels`.

/** Sends through every channel; logs each failure. */
export async function sendEverywhere(
  channels: readonly NotificationChannel[],
  notification: NotificationView,
  logger: Logger,
): Promise<void> {
  for (const channel of channels) {
    let result: Result<void, string>;
    try {
      result = await channel.send(notification);
    } catch (error) {
      result = err(error instanceof Error ? error.message : String(error));
    }
    if (!result.ok) {
      logger.log('notification-failed', 'failure', {
        channel: channel.name,
        notificationId: notification.id,
        recipient: notification.recipient,
        reason: result.error,
      });
    }
  }
}
