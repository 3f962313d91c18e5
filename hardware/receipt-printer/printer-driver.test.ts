import type { PrinterStatus } from '@motcua/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPrinter } from './printer-driver';
import { asbBlockFor, replyFor } from './simulator/status-bytes';
import type { VirtualCondition } from './simulator/virtual-printer';
import type { StatusRequest } from './status';
import { scriptedLink, statusRequest } from './test-support/scripted-link';
import type { ReceiptPrinter } from './types';

const printers: ReceiptPrinter[] = [];

/** Lets the scripted link deliver what it has queued. */
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

afterEach(async () => {
  await Promise.all(printers.splice(0).map((printer) => printer.close()));
});

/** A printer in `condition` that answers every request; `extra` may add. */
function setUp(
  condition: () => VirtualCondition,
  extra: (n: number, reply: Uint8Array) => Uint8Array[] = (_, r) => [r],
  options: { asbMask?: number; timeoutMs?: number } = {},
) {
  const script = scriptedLink((bytes) => {
    const n = statusRequest(bytes);
    if (n === undefined) return [];
    return extra(n, Uint8Array.of(replyFor(condition(), n as StatusRequest)));
  });
  const printer = connectPrinter({
    link: script.link,
    timeoutMs: options.timeoutMs ?? 200,
    asbMask: options.asbMask ?? 0,
  });
  printers.push(printer);
  const published: PrinterStatus[] = [];
  printer.onStatus((status) => published.push(status));
  return { ...script, printer, published };
}

describe('printer driver over a byte link', () => {
  it('asks again when noise arrives while a reply is awaited', async () => {
    let asked = 0;
    const { printer, published } = setUp(
      () => 'coverOpen',
      (n, reply) => {
        // The very first reply comes after a noisy byte.
        if (n === 1 && asked++ === 0) return [Uint8Array.of(0xff), reply];
        return [reply];
      },
    );
    expect(await printer.status()).toMatchObject({
      value: { state: 'coverOpen' },
    });
    expect(asked).toBeGreaterThanOrEqual(2);
    expect(published.map((status) => status.state)).toEqual(['coverOpen']);
  });

  it('fails with error when every query is noisy', async () => {
    const { printer, published } = setUp(
      () => 'ready',
      (_, reply) => [Uint8Array.of(0x00), reply],
    );
    expect(await printer.status()).toMatchObject({
      ok: false,
      error: { code: 'error' },
    });
    expect(published).toEqual([]);
  });

  it('drops a reply that nobody asked for', async () => {
    const { printer, push, published } = setUp(() => 'ready');
    push(Uint8Array.of(replyFor('coverOpen', 2)));
    expect(await printer.status()).toMatchObject({ value: { state: 'ready' } });
    expect(published.map((status) => status.state)).toEqual(['ready']);
  });

  it('checks an ASB block with a query before saying anything', async () => {
    const { printer, push, published, written } = setUp(() => 'ready');
    await printer.status();
    const asked = written.length;

    // A block that says cover open, from noise: the printer is ready.
    push(asbBlockFor('coverOpen'));
    await turns(2);
    await printer.status();

    expect(written.length).toBeGreaterThanOrEqual(asked + 8);
    expect(published.map((status) => status.state)).toEqual(['ready']);
  });

  it('publishes the state a true ASB block announces', async () => {
    let condition: VirtualCondition = 'ready';
    const { printer, push } = setUp(() => condition);
    await printer.status();

    const seen = new Promise<string>((resolve) =>
      printer.onStatus((status) => resolve(status.state)),
    );
    condition = 'paperOut';
    push(asbBlockFor('paperOut'));
    expect(await seen).toBe('paperOut');
  });

  it('enables ASB with GS a when the link is open', async () => {
    const { written, printer } = setUp(() => 'ready', undefined, {
      asbMask: 0b1110,
    });
    await printer.status();
    expect([...(written[0] ?? [])]).toEqual([0x1d, 0x61, 0x0e]);
  });

  it('times out on a silent printer and ignores the late reply', async () => {
    let silent = true;
    const late: Uint8Array[] = [];
    const { printer, push } = setUp(
      () => 'ready',
      (_, reply) => {
        if (!silent) return [reply];
        late.push(Uint8Array.of(replyFor('coverOpen', 2)));
        return [];
      },
      { timeoutMs: 30 },
    );
    expect(await printer.status()).toMatchObject({
      error: { code: 'timeout' },
    });

    silent = false;
    push(...late);
    await turns(late.length + 1);
    expect(await printer.status()).toMatchObject({ value: { state: 'ready' } });
  });

  it('refuses a job while the paper is out without writing it', async () => {
    const { printer, written } = setUp(() => 'paperOut');
    const job = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x01);
    expect(await printer.print(job)).toMatchObject({
      error: { code: 'paperOut' },
    });
    expect(written.some((bytes) => bytes.length === job.length)).toBe(false);
  });

  it('reports disconnected once the link is closed', async () => {
    const { printer, link } = setUp(() => 'ready');
    await link.close();
    expect(await printer.status()).toMatchObject({
      error: { code: 'disconnected' },
    });
  });
});
