import type { PrintOutcome } from '@motcua/protocol';
import { createLogger } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { CALENDAR_2026 } from '@motcua/protocol';
import type { Procedure } from '@motcua/protocol';
import { ResidentSession } from '../session/resident-session';
import { RESIDENCE_CONFIRMATION, submission } from '../test-support/fixtures';
import { newStore } from '../test-support/store';
import type { IntakeDeps } from './submit-dossier';
import { submitDossier } from './submit-dossier';

const WITH_PROOF: Procedure = {
  ...RESIDENCE_CONFIRMATION,
  attachments: [
    { id: 'proof', label: { vi: 'Giấy tờ', en: 'Proof' }, required: false },
  ],
};

function setup(print: IntakeDeps['print']) {
  const { store, outbox } = newStore();
  const session = new ResidentSession();
  const lines: Record<string, unknown>[] = [];
  const deps: IntakeDeps = {
    kioskId: 'KIOSK-T',
    store,
    calendar: () => CALENDAR_2026,
    procedures: () => [WITH_PROOF],
    attachments: (choices) => session.take(choices),
    print,
    committed: () => undefined,
    // Thursday 03/12/2026, 10:00 in Ho Chi Minh City.
    now: () => new Date('2026-12-03T03:00:00Z'),
    logger: createLogger({
      source: 'test',
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    }),
  };
  return { store, outbox, session, deps, lines };
}

describe('submitting a dossier at the kiosk', () => {
  it('prints the slip only after the dossier is committed', async () => {
    let committedWhenPrinting: boolean | undefined;
    const { store, deps } = setup(async (dossier) => {
      committedWhenPrinting = store.findByCode(dossier.code) !== undefined;
      return 'printed';
    });

    const answer = await submitDossier(deps, submission());

    expect(committedWhenPrinting).toBe(true);
    expect(answer).toMatchObject({
      ok: true,
      receipt: {
        dossierCode: '000.00.00.H29-261203-1001',
        returnDate: '2026-12-04',
        print: 'printed',
      },
    });
  });

  it('gives the code even when the printer is out of paper', async () => {
    const { store, outbox, deps } = setup(async () => 'paperOut');
    const answer = await submitDossier(deps, submission());
    expect(answer).toMatchObject({ ok: true, receipt: { print: 'paperOut' } });
    if (!answer.ok) throw new Error('expected a receipt');
    expect(store.isPrinted(answer.receipt.dossierId)).toBe(false);
    expect(outbox.backlog(new Date()).pending).toBe(1);
  });

  it('makes one dossier and one slip of a repeated tap', async () => {
    const printed: PrintOutcome[] = [];
    const { outbox, deps } = setup(async () => {
      printed.push('printed');
      return 'printed';
    });
    const first = await submitDossier(deps, submission());
    const again = await submitDossier(deps, submission());
    expect(again).toEqual(first);
    expect(printed).toHaveLength(1);
    expect(outbox.backlog(new Date()).pending).toBe(1);
  });

  it('refuses a malformed payload with a specific error and keeps nothing', async () => {
    const { outbox, deps } = setup(async () => 'printed');
    const bad = { ...submission(), applicant: { fullName: 'X' } };
    const answer = await submitDossier(deps, bad);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'applicant.idNumber' },
    });
    expect(outbox.backlog(new Date()).pending).toBe(0);
  });

  it('logs the dossier without the resident’s name or ID number', async () => {
    const { deps, lines } = setup(async () => 'printed');
    await submitDossier(deps, submission());
    const text = JSON.stringify(lines);
    expect(lines.map((l) => l['event'])).toContain('dossier-committed');
    expect(text).not.toContain('079090001234');
    expect(text).not.toContain('NGUYỄN');
  });

  it('commits the scans the resident chose, and refuses an unknown one', async () => {
    const { store, session, deps } = setup(async () => 'printed');
    const held = session.hold('proof', Buffer.from('scan'), 'image/png');
    if (!held.ok) throw new Error('could not hold the scan');

    const refused = await submitDossier(
      deps,
      submission({
        requestId: '0b9d6f7e-1c1e-4a52-9a43-000000000009',
        attachments: [
          {
            requirementId: 'proof',
            attachmentId: '0b9d6f7e-1c1e-4a52-9a43-00000000dead',
          },
        ],
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'attachment.unknown' },
    });

    const answer = await submitDossier(
      deps,
      submission({
        attachments: [
          { requirementId: 'proof', attachmentId: held.value.attachmentId },
        ],
      }),
    );
    if (!answer.ok) throw new Error(answer.error.message);
    const record = store.findById(answer.receipt.dossierId);
    expect(record?.attachments).toEqual([
      {
        requirementId: 'proof',
        sha256: held.value.sha256,
        size: 4,
        mime: 'image/png',
      },
    ]);
  });
});
