import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { VirtualPrinter, VirtualPrinterJob } from './virtual-printer';
import { MAX_JOBS, startVirtualPrinter } from './virtual-printer';

const CUT = [0x1d, 0x56, 0x01];
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const printers: VirtualPrinter[] = [];

afterEach(async () => {
  await Promise.all(printers.splice(0).map((printer) => printer.close()));
});

async function start() {
  const printer = await startVirtualPrinter();
  printers.push(printer);
  return printer;
}

/** A raw client: sends bytes, collects whatever comes back. */
async function client(printer: VirtualPrinter) {
  const socket = connect({ host: '127.0.0.1', port: printer.port });
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  const received: number[] = [];
  const waiting: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    received.push(...chunk);
    waiting.splice(0).forEach((wake) => wake());
  });
  return {
    send: (bytes: number[]) => socket.write(Uint8Array.from(bytes)),
    /** Resolves once `count` reply bytes have arrived in total. */
    replies: async (count: number) => {
      while (received.length < count) {
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      return received.slice(0, count);
    },
    close: () => socket.destroy(),
  };
}

function jobsArriving(printer: VirtualPrinter, count: number) {
  return new Promise<VirtualPrinterJob[]>((resolve) => {
    const seen: VirtualPrinterJob[] = [];
    const stop = printer.onJob((job) => {
      seen.push(job);
      if (seen.length === count) {
        stop();
        resolve(seen);
      }
    });
  });
}

describe('virtual printer', () => {
  it('answers status requests inside a job and prints the job unchanged', async () => {
    const printer = await start();
    const raw = await client(printer);
    const job = jobsArriving(printer, 1);

    raw.send([...ascii('AB'), 0x10, 0x04, 0x01, ...ascii('C\n')]);
    raw.send([0x10, 0x04, 0x04, ...CUT]);

    expect(await raw.replies(2)).toEqual([0x12, 0x12]);
    const [printed] = await job;
    expect([...(printed?.bytes ?? [])]).toEqual([
      ...ascii('AB'),
      ...[0x10, 0x04, 0x01],
      ...ascii('C\n'),
      ...[0x10, 0x04, 0x04],
      ...CUT,
    ]);
    expect(printed?.decoded.lines).toEqual(['ABC']);
    raw.close();
  });

  it('splits the stream into one job per cut', async () => {
    const printer = await start();
    const raw = await client(printer);
    const jobs = jobsArriving(printer, 2);

    raw.send([...ascii('one\n'), ...CUT, ...ascii('two\n'), ...CUT]);

    const lines = (await jobs).map((job) => job.decoded.lines);
    expect(lines).toEqual([['one'], ['two']]);
    raw.close();
  });

  it('answers with the bits of its condition', async () => {
    const printer = await start();
    const raw = await client(printer);
    printer.setCondition('coverOpen');
    raw.send([0x10, 0x04, 0x01, 0x10, 0x04, 0x02]);
    expect(await raw.replies(2)).toEqual([0x1a, 0x16]);

    printer.setCondition('paperOut');
    raw.send([0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
    expect(await raw.replies(4)).toEqual([0x1a, 0x16, 0x32, 0x7e]);
    raw.close();
  });

  it('holds a job while the paper is out and prints it when refilled', async () => {
    const printer = await start();
    const raw = await client(printer);
    printer.setCondition('paperOut');

    raw.send([...ascii('held\n'), ...CUT, 0x10, 0x04, 0x01]);
    await raw.replies(1);
    expect(printer.jobs()).toEqual([]);

    const job = jobsArriving(printer, 1);
    printer.setCondition('ready');
    expect((await job)[0]?.decoded.lines).toEqual(['held']);
    raw.close();
  });

  it(`keeps only the last ${String(MAX_JOBS)} jobs`, async () => {
    const printer = await start();
    const raw = await client(printer);
    const total = MAX_JOBS + 5;
    const all = jobsArriving(printer, total);

    for (let i = 0; i < total; i++)
      raw.send([...ascii(`${String(i)}\n`), ...CUT]);
    await all;

    const kept = printer.jobs();
    expect(kept).toHaveLength(MAX_JOBS);
    expect(kept[0]?.decoded.lines).toEqual(['5']);
    raw.close();
  });
});
