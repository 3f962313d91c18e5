import type { Logger, VietQrPayee } from '@motcua/protocol';
import type { RuntimeSettings } from './config';

/** Where the fee account in use came from. */
export type PayeeSource =
  'central' | 'settingsFile' | 'simulatorTestAccount' | 'none';

/** Every place a fee account can come from, best first. */
export interface PayeeCandidates {
  /** The ward's account in central's latest `config` item. */
  readonly central: VietQrPayee | undefined;
  /** The technician's settings file (`MOTCUA_AGENT_CONFIG`). */
  readonly settingsFile: VietQrPayee | undefined;
  /** `DEV_TEST_PAYEE`, in simulator mode only. */
  readonly simulator: VietQrPayee | undefined;
}

export interface PayeeChoice {
  readonly payee: VietQrPayee | undefined;
  readonly source: PayeeSource;
}

/**
 * Central's account wins: staff set it for the whole ward and can change
 * it remotely. The settings file is for a kiosk central has told nothing
 * yet; the simulator's test account comes last.
 */
export function choosePayee(candidates: PayeeCandidates): PayeeChoice {
  if (candidates.central !== undefined) {
    return { payee: candidates.central, source: 'central' };
  }
  if (candidates.settingsFile !== undefined) {
    return { payee: candidates.settingsFile, source: 'settingsFile' };
  }
  if (candidates.simulator !== undefined) {
    return { payee: candidates.simulator, source: 'simulatorTestAccount' };
  }
  return { payee: undefined, source: 'none' };
}

/** Why the payee is being chosen again. */
export type PayeeReason = 'start' | 'centralConfig' | 'reloadConfig';

/**
 * Puts the chosen account in `settings`. Logs `payee-selected` with its
 * source at start and whenever the account or its source changes; says
 * whether it changed.
 */
export function usePayee(
  settings: RuntimeSettings,
  candidates: PayeeCandidates,
  logger: Logger,
  reason: PayeeReason,
): boolean {
  const { payee, source } = choosePayee(candidates);
  const changed =
    source !== settings.payeeSource ||
    JSON.stringify(payee) !== JSON.stringify(settings.payee);
  settings.payee = payee;
  settings.payeeSource = source;

  if (changed || reason === 'start') {
    // The bank, never the account number: enough to tell accounts apart.
    logger.log('payee-selected', source === 'none' ? 'n/a' : 'success', {
      payeeSource: source,
      reason,
      bankBin: payee?.bankBin,
    });
  }
  return changed;
}
