import { createHmac, randomBytes } from 'node:crypto';

/** How long a submission counts as "recent" for the duplicate warning. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The window in force: `MOTCUA_DUPLICATE_WINDOW_MINUTES` when set (0 turns
 * the warning off), else a day on a real kiosk and off in simulator mode,
 * where demos and tests submit the sample card's dossier again and again.
 */
export function duplicateWindowMs(
  setting: string | undefined,
  simulator: boolean,
): number {
  const minutes = Number(setting);
  if (setting !== undefined && setting !== '' && Number.isFinite(minutes)) {
    return Math.max(0, minutes) * 60_000;
  }
  return simulator ? 0 : DUPLICATE_WINDOW_MS;
}

/**
 * Who submitted which procedure on this kiosk lately, to warn of a likely
 * duplicate. Keys are HMACs under a key made at start, so no ID number is
 * held in the clear; memory only, so a restart forgets (a missed warning,
 * never a refused dossier).
 */
export class RecentSubmissions {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, { code: string; at: number }>();

  constructor(private readonly windowMs = DUPLICATE_WINDOW_MS) {}

  /** The code of a recent dossier by the same person for the procedure. */
  find(idNumber: string, procedureId: string, now: Date): string | undefined {
    this.prune(now);
    return this.entries.get(this.keyOf(idNumber, procedureId))?.code;
  }

  remember(
    idNumber: string,
    procedureId: string,
    code: string,
    now: Date,
  ): void {
    this.entries.set(this.keyOf(idNumber, procedureId), {
      code,
      at: now.getTime(),
    });
  }

  private keyOf(idNumber: string, procedureId: string): string {
    return createHmac('sha256', this.key)
      .update(`${idNumber}|${procedureId}`)
      .digest('hex');
  }

  private prune(now: Date): void {
    for (const [key, entry] of this.entries) {
      if (now.getTime() - entry.at > this.windowMs) this.entries.delete(key);
    }
  }
}
