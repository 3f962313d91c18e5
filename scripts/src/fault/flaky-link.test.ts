import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForLog } from '../e2e/system';
import type { RunningService } from '../services';
import { KioskHarness, submission } from './kiosk-harness';
import type { TcpProxy } from './tcp-proxy';
import { startTcpProxy } from './tcp-proxy';

let harness: KioskHarness | undefined;
let proxy: TcpProxy | undefined;
afterEach(async () => {
  await harness?.stop();
  await proxy?.close();
  harness = undefined;
  proxy = undefined;
});

async function kioskBehindProxy() {
  harness = new KioskHarness();
  const central = await harness.startCentral();
  const port = Number(new URL(central.url).port);
  proxy = await startTcpProxy('127.0.0.1', port);
  const agent = await harness.startAgent(proxy.url);
  await harness.catalogReady();
  await waitForLog(agent, (l) => l['event'] === 'central-connected');
  return { h: harness, central, agent, link: proxy };
}

async function submitMany(h: KioskHarness, count: number): Promise<string[]> {
  const page = await h.page();
  const codes: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const answer = (await page.emitWithAck(
      'dossier.submit',
      submission(randomUUID()),
    )) as { ok: boolean; receipt: { dossierCode: string; print: string } };
    expect(answer.ok).toBe(true);
    expect(answer.receipt.print).toBe('printed');
    codes.push(answer.receipt.dossierCode);
  }
  page.close();
  return codes;
}

/** Codes in the order central stored them, from its own log. */
function arrivalOrder(central: RunningService): string[] {
  return central.lines
    .filter((l) => l['event'] === 'dossier-received')
    .map((l) => String(l['code']));
}

async function allArrived(central: RunningService, codes: string[]) {
  await waitForLog(central, () =>
    codes.every((code) => arrivalOrder(central).includes(code)),
  );
}

describe('a kiosk whose link to central breaks', () => {
  it('keeps taking dossiers while cut, then drains them in order', async () => {
    const { h, central, link } = await kioskBehindProxy();

    link.cut();
    const codes = await submitMany(h, 6);
    expect(await h.centralCodes()).toEqual([]);

    link.restore();
    await allArrived(central, codes);
    expect(arrivalOrder(central)).toEqual(codes);
    expect((await h.centralCodes()).sort()).toEqual([...codes].sort());
  });

  it('keeps taking dossiers while stalled, then drains them in order', async () => {
    const { h, central, link } = await kioskBehindProxy();

    link.stall();
    const codes = await submitMany(h, 4);
    expect(arrivalOrder(central)).toEqual([]);

    link.restore();
    await allArrived(central, codes);
    expect(arrivalOrder(central)).toEqual(codes);
    const atCentral = await h.centralCodes();
    expect(new Set(atCentral).size).toBe(atCentral.length);
  });
});
