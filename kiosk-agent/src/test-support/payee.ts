import type { KioskConfig } from '@motcua/protocol';
import { parseVietQr } from '@motcua/protocol';
import { randomUUID } from 'node:crypto';
import type { AgentRig, RigOptions } from './agent-rig';
import { testClock } from './agent-rig';
import { CIVIL_STATUS_COPY, submission } from './fixtures';

// Shared by the fee-account scenarios: two accounts, a config item, and the
// bank account a fee dossier's VietQR code pays into.

export const FILE_PAYEE = {
  bankBin: '970418',
  accountNumber: '1111111111',
  accountName: 'UBND PHUONG SAI GON (FILE)',
} as const;

export const CENTRAL_PAYEE = {
  bankBin: '970436',
  accountNumber: '2222222222',
  accountName: 'UBND PHƯỜNG SÀI GÒN',
} as const;

export function configPush(seq: number, config: Partial<KioskConfig> = {}) {
  return {
    seq,
    item: {
      kind: 'config',
      config: {
        wardName: 'Phường Sài Gòn',
        retentionDays: 30,
        idleTimeoutSeconds: 90,
        ...config,
      },
    },
  };
}

/**
 * The agent of the fee-account scenarios: central at `centralPort`, a
 * procedure with a fee, FILE_PAYEE in the settings file, a fixed morning.
 */
export function payeeRigOptions(centralPort: number): RigOptions {
  return {
    centralPort,
    now: testClock('2026-12-03T03:00:00Z').now,
    procedures: [CIVIL_STATUS_COPY],
    settings: { payee: FILE_PAYEE },
  };
}

/** Submits a fee dossier; gives the account its VietQR code pays into. */
export async function feeAccount(rig: AgentRig): Promise<string | undefined> {
  const answer = (await rig.ask(
    'dossier.submit',
    submission({ procedureId: 'civil-status-copy', requestId: randomUUID() }),
  )) as { ok: boolean; receipt?: { payment?: { vietQr?: string } } };
  if (!answer.ok) throw new Error(`submit refused: ${JSON.stringify(answer)}`);
  const code = answer.receipt?.payment?.vietQr;
  if (code === undefined) return undefined;
  const read = parseVietQr(code);
  return read.ok ? `${read.value.bankBin}/${read.value.accountNumber}` : 'bad';
}

/** The `payee-selected` lines logged so far: source and reason. */
export function payeeLog(rig: AgentRig): { source: string; reason: string }[] {
  return rig.logLines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry['event'] === 'payee-selected')
    .map((entry) => ({
      source: String(entry['payeeSource']),
      reason: String(entry['reason']),
    }));
}
