import { afterEach, expect, test } from 'vitest';
import type { LinkEventId } from './link-log';
import { openSerialLink } from './serial-link';
import type { PtyPair } from './test-support/socat';
import { startPtyPair } from './test-support/socat';
import { waitForState } from './test-support/wait-for-state';
import type { ByteLink } from './types';

let pair: PtyPair | undefined;
let device: ByteLink | undefined;

afterEach(async () => {
  await device?.close();
  await pair?.dispose();
});

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

test('recovers when the peer is gone before reading starts, without spinning', async () => {
  const started = await startPtyPair();
  pair = started;
  const events: LinkEventId[] = [];
  let firstOpen = true;

  device = openSerialLink({
    path: started.devicePath,
    baudRate: 9600,
    watchdogMs: 30,
    // A fixed, long-ish first delay: the window we measure CPU over.
    reconnect: { baseMs: 400, capMs: 400 },
    random: () => 0.75,
    logger: { log: (event) => events.push(event) },
    // Unplug between open and the first read: the case serialport misses.
    beforeReading: async () => {
      if (!firstOpen) return;
      firstOpen = false;
      await started.stop();
    },
  });

  const lost = await waitForState(device, 'lost');
  expect(lost.retryInMs).toBe(300);
  expect(events).toContain('link-watchdog-fired');

  // Once the watchdog has closed the port, the read loop must be idle
  // while the link waits to retry.
  const cpuBefore = cpuMs();
  const wallBefore = performance.now();
  const reopened = waitForState(device, 'open');
  await started.restart();
  await reopened;
  const cpuSpent = cpuMs() - cpuBefore;
  const wallSpent = performance.now() - wallBefore;

  expect(wallSpent).toBeGreaterThanOrEqual(250);
  // Measured: about 0.02 when idle, above 0.6 when the read loop spins.
  expect(cpuSpent / wallSpent).toBeLessThan(0.25);
});
