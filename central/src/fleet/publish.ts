import { randomUUID } from 'node:crypto';
import type {
  CalendarData,
  CommandName,
  Procedure,
  PushItem,
} from '@motcua/protocol';
import {
  calendarSchema,
  commandNameSchema,
  procedureSchema,
} from '@motcua/protocol';
import type { CentralContext, Published } from '../context';
import type { SqlDb } from '../store/sql-db';
import type { KioskSlot } from '../store/types';
import { currentKioskConfig } from './kiosk-config-store';

/**
 * What a newly enrolled kiosk needs before it can take a dossier. Read in
 * the enrollment's transaction (`tx`), so the configuration staff set for
 * the slot and its ward's payee carry over to the new machine.
 */
export async function initialPushItems(
  published: Published,
  slot: KioskSlot,
  tx: SqlDb,
): Promise<PushItem[]> {
  return [
    { kind: 'catalog', procedures: published.catalog.procedures },
    { kind: 'calendar', calendar: published.calendar },
    { kind: 'config', config: await currentKioskConfig(tx, slot) },
  ];
}

/** Stores the catalog (current one by default) and sends it to every kiosk. */
export async function publishCatalog(
  context: CentralContext,
  procedures: Procedure[] = context.published.catalog.procedures,
): Promise<void> {
  for (const procedure of procedures) procedureSchema.parse(procedure);
  context.published.catalog = await context.store.publishCatalog(procedures);
  await pushToAll(context, { kind: 'catalog', procedures });
}

export async function publishCalendar(
  context: CentralContext,
  calendar: CalendarData,
): Promise<void> {
  const valid = calendarSchema.parse(calendar);
  await context.store.saveCalendar(valid);
  context.published.calendar = valid;
  await pushToAll(context, { kind: 'calendar', calendar: valid });
}

/** Queues a command in the kiosk's stream; it runs at most once. */
export async function sendCommand(
  context: CentralContext,
  kioskId: string,
  name: CommandName,
): Promise<{ commandId: string }> {
  const slot = await context.store.findKiosk(kioskId);
  if (slot?.publicKey === null || slot?.publicKey === undefined) {
    throw new Error(`Kiosk ${kioskId} is not enrolled`);
  }
  const item = {
    kind: 'command',
    commandId: randomUUID(),
    name: commandNameSchema.parse(name),
    issuedAt: context.now().toISOString(),
  } as const;

  const command = await context.store.queueCommand(kioskId, item);
  context.logger.log('command-queued', 'success', {
    kioskId,
    commandId: command.commandId,
    name,
    seq: command.seq,
  });
  context.staff.commandUpdated(command);
  context.pushes.notify([kioskId]);
  return { commandId: command.commandId };
}

async function pushToAll(context: CentralContext, item: PushItem) {
  const at = context.now().toISOString();
  const kioskIds = await context.store.pushToEnrolled(item, at);
  context.logger.log('push-queued', 'success', {
    kind: item.kind,
    kiosks: kioskIds.length,
  });
  context.pushes.notify(kioskIds);
}
