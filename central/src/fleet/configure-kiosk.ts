import type { CentralContext } from '../context';
import type { KioskSlot } from '../store/types';
import type { KioskConfigChange, SavedKioskConfig } from './kiosk-config-store';
import { saveKioskConfig } from './kiosk-config-store';

/**
 * Applies an admin's change to one kiosk's configuration (and its ward's
 * payee): stored and queued in one transaction, then the kiosks concerned
 * are woken so that they get the new `config` item at once.
 */
export async function configureKiosk(
  context: CentralContext,
  slot: KioskSlot,
  change: KioskConfigChange,
  by: string,
): Promise<SavedKioskConfig> {
  const at = context.now().toISOString();
  const saved = await saveKioskConfig(context.db, slot, change, at, by);

  // Which settings changed, never their values: the account is the ward's
  // business, and the log is read by people on call.
  context.logger.log('kiosk-config-changed', 'success', {
    kioskId: slot.id,
    ward: slot.ward,
    changed: Object.keys(change),
    by,
    pushedTo: saved.pushed.map((push) => push.kioskId),
  });
  context.pushes.notify(saved.pushed.map((push) => push.kioskId));
  return saved;
}
