import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForLog } from '../e2e/system';
import { KioskHarness, submission } from './kiosk-harness';

// Each test kills the agent with SIGKILL at one named point (MOTCUA_FAULT),
// restarts it on the same data, and checks the two promises made to
// residents: every dossier reaches central exactly once, and every slip
// printed carries a code central holds.

let harness: KioskHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

interface Receipt {
  dossierCode: string;
  print: string;
}

/** Submits and returns the answer, or 'lost' when the agent died first. */
function submit(page: Socket, payload: object): Promise<Receipt | 'lost'> {
  return new Promise((resolve) => {
    page.once('disconnect', () => resolve('lost'));
    page.emit('dossier.submit', payload, (answer: { receipt?: Receipt }) =>
      resolve(answer.receipt ?? 'lost'),
    );
  });
}

async function expectExactlyOnce(h: KioskHarness, codes: string[]) {
  const atCentral = await h.centralCodes();
  for (const code of codes) {
    expect(atCentral.filter((c) => c === code)).toHaveLength(1);
  }
  expect(new Set(atCentral).size).toBe(atCentral.length);
  for (const printed of h.printedCodes()) expect(atCentral).toContain(printed);
}

describe('the agent killed at the worst moments', () => {
  it('reprints the same code after a crash between commit and print', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral();
    await harness.startAgent(central.url, { MOTCUA_FAULT: 'after-commit' });
    await harness.catalogReady();

    const payload = submission(randomUUID());
    expect(await submit(await harness.page(), payload)).toBe('lost');
    expect(harness.printedCodes()).toEqual([]);

    // The page retries with the same request id after the agent is back.
    const agent = await harness.startAgent(central.url);
    const receipt = await submit(await harness.page(), payload);
    if (receipt === 'lost') throw new Error('no receipt after restart');
    expect(receipt.print).toBe('printed');
    expect(harness.printedCodes()).toEqual([receipt.dossierCode]);

    await waitForLog(
      agent,
      (l) =>
        l['event'] === 'outbox-delivered' && l['kind'] === 'dossier.deliver',
    );
    await expectExactlyOnce(harness, [receipt.dossierCode]);
  });

  it('delivers once when killed after central acknowledged', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral();
    await harness.startAgent(central.url, {
      MOTCUA_FAULT: 'before-ack-recorded',
    });
    await harness.catalogReady();

    // Delivery starts right after the commit, so the agent may die before
    // or after the slip is printed; the page then retries the same request.
    const payload = submission(randomUUID());
    const first = await submit(await harness.page(), payload);
    const died = harness.agent?.child;
    if (
      died !== undefined &&
      died.exitCode === null &&
      died.signalCode === null
    ) {
      await new Promise((resolve) => died.once('exit', resolve));
    }

    const agent = await harness.startAgent(central.url);
    const receipt =
      first === 'lost' ? await submit(await harness.page(), payload) : first;
    if (receipt === 'lost') throw new Error('no receipt after restart');
    expect(harness.printedCodes()).toEqual([receipt.dossierCode]);
    await waitForLog(
      agent,
      (l) =>
        l['event'] === 'outbox-delivered' &&
        l['kind'] === 'dossier.deliver' &&
        l['duplicate'] === true,
    );
    await expectExactlyOnce(harness, [receipt.dossierCode]);
  });

  it('resumes an attachment upload cut by a crash', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral();
    await harness.startAgent(central.url, {
      MOTCUA_FAULT: 'after-first-chunk',
      // Small chunks, so that a scan takes several.
      MOTCUA_CHUNK_BYTES: String(4 * 1024),
    });
    await harness.catalogReady();

    const page = await harness.page();
    const scanned = (await page.emitWithAck('document.scan', {
      requirementId: 'proofOfResidence',
    })) as { ok: boolean; attachment: { attachmentId: string; size: number } };
    expect(scanned.ok).toBe(true);
    expect(scanned.attachment.size).toBeGreaterThan(2 * 4 * 1024);

    const payload = submission(randomUUID(), {
      procedureId: 'temporary-residence',
      fields: {
        ...submission('').fields,
        newAddress: '5 Lê Lợi, Phường Sài Gòn',
        newWard: '26740',
        householdHeadName: 'NGUYỄN VĂN BÌNH',
        relationshipToHead: 'Con',
      },
      attachments: [
        {
          requirementId: 'proofOfResidence',
          attachmentId: scanned.attachment.attachmentId,
        },
      ],
    });
    // The upload starts right after the commit and may kill the agent
    // before the slip is printed; the page then retries the same request.
    const first = await submit(page, payload);
    const died = harness.agent?.child;
    if (
      died !== undefined &&
      died.exitCode === null &&
      died.signalCode === null
    ) {
      await new Promise((resolve) => died.once('exit', resolve));
    }
    expect(await harness.centralCodes()).toEqual([]);

    const agent = await harness.startAgent(central.url);
    const receipt =
      first === 'lost' ? await submit(await harness.page(), payload) : first;
    if (receipt === 'lost') throw new Error('no receipt after restart');
    expect(harness.printedCodes()).toEqual([receipt.dossierCode]);
    await waitForLog(
      agent,
      (l) =>
        l['event'] === 'outbox-delivered' && l['kind'] === 'dossier.deliver',
    );
    await expectExactlyOnce(harness, [receipt.dossierCode]);
  });
});
