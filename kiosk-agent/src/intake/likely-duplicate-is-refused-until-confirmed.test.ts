import { CALENDAR_2026, createLogger } from '@motcua/protocol';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ResidentSession } from '../session/resident-session';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';
import { newStore } from '../test-support/store';
import {
  DUPLICATE_WINDOW_MS,
  duplicateWindowMs,
  RecentSubmissions,
} from './recent-submissions';
import type { IntakeDeps } from './submit-dossier';
import { submitDossier } from './submit-dossier';

function setup() {
  const { store } = newStore();
  const session = new ResidentSession();
  let now = new Date('2026-12-03T03:00:00Z');
  const deps: IntakeDeps = {
    kioskId: 'KIOSK-T',
    store,
    calendar: () => CALENDAR_2026,
    procedures: () => [RESIDENCE_CONFIRMATION],
    attachments: (choices) => session.take(choices),
    print: async () => 'printed',
    committed: () => undefined,
    now: () => now,
    logger: createLogger({ source: 'test', write: () => undefined }),
    recent: new RecentSubmissions(),
  };
  return {
    deps,
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('a second dossier for the same person and procedure', () => {
  it('is refused as likely_duplicate, naming the first code', async () => {
    const { deps } = setup();
    const first = await submitDossier(
      deps,
      submission({ requestId: randomUUID() }),
    );
    if (!first.ok) throw new Error('expected the first dossier');

    const second = await submitDossier(
      deps,
      submission({ requestId: randomUUID() }),
    );

    expect(second).toMatchObject({
      ok: false,
      error: { code: 'likely_duplicate', field: 'procedureId' },
    });
    if (second.ok) throw new Error('expected a refusal');
    expect(second.error.message).toContain(first.receipt.dossierCode);
  });

  it('is accepted when the resident confirms it', async () => {
    const { deps } = setup();
    await submitDossier(deps, submission({ requestId: randomUUID() }));

    const again = await submitDossier(deps, {
      ...submission({ requestId: randomUUID() }),
      allowDuplicate: true,
    });

    expect(again).toMatchObject({ ok: true });
  });

  it('is accepted once the window has passed', async () => {
    const { deps, later } = setup();
    await submitDossier(deps, submission({ requestId: randomUUID() }));
    later(DUPLICATE_WINDOW_MS + 1);

    const again = await submitDossier(
      deps,
      submission({ requestId: randomUUID() }),
    );

    expect(again).toMatchObject({ ok: true });
  });
});

describe('the duplicate window', () => {
  it('is a day on a kiosk, off in the simulator, and set by minutes', () => {
    expect(duplicateWindowMs(undefined, false)).toBe(DUPLICATE_WINDOW_MS);
    expect(duplicateWindowMs(undefined, true)).toBe(0);
    expect(duplicateWindowMs('30', true)).toBe(30 * 60_000);
    expect(duplicateWindowMs('0', false)).toBe(0);
  });
});
