import { afterEach, beforeEach, expect, test } from 'vitest';
import { openFileLink } from './file-link';
import { openSerialLink } from './serial-link';
import type { PtyPair } from './test-support/socat';
import { startPtyPair } from './test-support/socat';
import { readBytes, waitForState } from './test-support/wait-for-state';
import type { ByteLink } from './types';

// A pty stands in for /dev/usb/lp0: a device node that takes writes,
// answers with status bytes and disappears on unplug.
let pair: PtyPair;
let printer: ByteLink;
let file: ByteLink;

beforeEach(async () => {
  pair = await startPtyPair();
  printer = openSerialLink({ path: pair.hostPath, baudRate: 9600 });
  file = openFileLink({
    path: pair.devicePath,
    pollMs: 10,
    reconnect: { baseMs: 20, capMs: 100 },
  });
  await Promise.all([
    waitForState(printer, 'open'),
    waitForState(file, 'open'),
  ]);
});

afterEach(async () => {
  await Promise.all([file.close(), printer.close()]);
  await pair.dispose();
});

test('writes reach the device and status bytes come back', async () => {
  const job = Buffer.from('\x1b@Phieu hen\n\x1dV\x00', 'latin1');
  const printed = readBytes(printer, job.length);
  expect(await file.write(job)).toEqual({ ok: true });
  expect((await printed).equals(job)).toBe(true);

  const status = readBytes(file, 1);
  await printer.write(Uint8Array.of(0x16));
  expect([...(await status)]).toEqual([0x16]);
});

test('reconnects after the device node vanishes and comes back', async () => {
  const lost = waitForState(file, 'lost');
  await pair.stop();
  await lost;
  expect(await file.write(Uint8Array.of(1))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });

  const back = waitForState(file, 'open');
  await pair.restart();
  await back;

  await printer.close();
  printer = openSerialLink({ path: pair.hostPath, baudRate: 9600 });
  await waitForState(printer, 'open');
  const printed = readBytes(printer, 2);
  expect((await file.write(Uint8Array.of(0x1b, 0x40))).ok).toBe(true);
  expect([...(await printed)]).toEqual([0x1b, 0x40]);
});
