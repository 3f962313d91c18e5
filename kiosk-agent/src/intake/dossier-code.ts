import { hcmcDay } from '@motcua/protocol';

/** At most this many dossiers a day from one kiosk (see `sequenceBlock`). */
export const DAILY_LIMIT = 999;

/**
 * The national code `AGENCY-YYMMDD-XXXX`. Several kiosks may receive for one
 * agency without asking central, so each kiosk is given a sequence block
 * 1–9 in its configuration and numbers its day's dossiers inside it:
 * block 2 issues 2001, 2002, … 2999.
 */
export function formatDossierCode(
  agencyCode: string,
  receivedAt: Date,
  sequenceBlock: number,
  dailyNumber: number,
): string {
  if (!Number.isInteger(sequenceBlock) || sequenceBlock < 1) {
    throw new RangeError(`sequence block must be 1–9, got ${sequenceBlock}`);
  }
  if (sequenceBlock > 9 || dailyNumber < 1 || dailyNumber > DAILY_LIMIT) {
    throw new RangeError(`daily number out of range: ${dailyNumber}`);
  }
  const { date } = hcmcDay(receivedAt);
  const yymmdd = date.slice(2).replaceAll('-', '');
  const sequence = String(sequenceBlock * 1000 + dailyNumber).padStart(4, '0');
  return `${agencyCode}-${yymmdd}-${sequence}`;
}
