import type { ByteLink } from '../../transport';
import { openSerialLink, startPtyPair, waitForState } from '../../transport';
import type { PtyPair } from '../../transport';
import type { ManualScheduler } from '../scheduler';
import { createManualScheduler } from '../scheduler';
import type { ReportingScanner, Scan, ScanError } from '../types';
import type { LineFramingOptions } from './line-framer';
import { connectSerialScanner } from './serial-scanner';

/**
 * A serial scanner on one end of a socat pty pair and a fake scanner
 * device (`host`) on the other. The inter-byte timeout runs on a manual
 * scheduler, so tests decide when silence has lasted long enough.
 */
export interface PtyScannerRig {
  readonly pair: PtyPair;
  readonly host: ByteLink;
  readonly link: ByteLink;
  readonly scanner: ReportingScanner;
  readonly timer: ManualScheduler;
  readonly scans: Scan[];
  readonly errors: ScanError[];
  /** Writes from the fake device; resolves once the scanner side has it. */
  send(bytes: Uint8Array | string): Promise<void>;
  /** Resolves when `count` scans have arrived in total. */
  scansReach(count: number): Promise<Scan[]>;
  dispose(): Promise<void>;
}

const fast = { reconnect: { baseMs: 20, capMs: 100 }, watchdogMs: 50 };

export async function startPtyScanner(
  framing: LineFramingOptions,
): Promise<PtyScannerRig> {
  const pair = await startPtyPair();
  const link = openSerialLink({
    path: pair.devicePath,
    baudRate: 9600,
    ...fast,
  });
  const host = openSerialLink({ path: pair.hostPath, baudRate: 9600, ...fast });
  await Promise.all([waitForState(link, 'open'), waitForState(host, 'open')]);

  const timer = createManualScheduler();
  const scanner = connectSerialScanner({ link, framing, scheduler: timer });
  const scans: Scan[] = [];
  const errors: ScanError[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  scanner.onScan((scan) => {
    scans.push(scan);
    wake();
  });
  scanner.onError((error) => {
    errors.push(error);
    wake();
  });

  // Bytes the scanner side has seen: `send` waits on this count.
  let received = 0;
  link.onData((chunk) => {
    received += chunk.length;
    wake();
  });

  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });

  return {
    pair,
    host,
    link,
    scanner,
    timer,
    scans,
    errors,

    async send(bytes) {
      const data =
        typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      const target = received + data.length;
      const written = await host.write(data);
      if (!written.ok) throw new Error(written.error.message);
      await until(() => received >= target);
    },

    async scansReach(count) {
      await until(() => scans.length >= count);
      return scans;
    },

    async dispose() {
      await scanner.close();
      await host.close();
      await pair.dispose();
    },
  };
}
