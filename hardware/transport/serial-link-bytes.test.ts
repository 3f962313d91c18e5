import { afterEach, beforeEach, expect, test } from 'vitest';
import { openSerialLink } from './serial-link';
import type { PtyPair } from './test-support/socat';
import { startPtyPair } from './test-support/socat';
import { readBytes, waitForState } from './test-support/wait-for-state';
import type { ByteLink } from './types';

let pair: PtyPair;
let device: ByteLink;
let host: ByteLink;

beforeEach(async () => {
  pair = await startPtyPair();
  device = openSerialLink({ path: pair.devicePath, baudRate: 115_200 });
  host = openSerialLink({ path: pair.hostPath, baudRate: 115_200 });
  await Promise.all([waitForState(device, 'open'), waitForState(host, 'open')]);
});

afterEach(async () => {
  await Promise.all([device.close(), host.close()]);
  await pair.dispose();
});

test('bytes written on one end arrive unchanged at the other, both ways', async () => {
  const toHost = readBytes(host, 4);
  expect(await device.write(Uint8Array.of(0x10, 0x04, 0x01, 0xff))).toEqual({
    ok: true,
  });
  expect([...(await toHost)]).toEqual([0x10, 0x04, 0x01, 0xff]);

  const reply = Buffer.from('Xin chào\n', 'utf8');
  const toDevice = readBytes(device, reply.length);
  expect((await host.write(reply)).ok).toBe(true);
  expect((await toDevice).toString('utf8')).toBe('Xin chào\n');
});

test('describes itself by its stable path', () => {
  expect(device.description).toBe(`serial:${pair.devicePath}`);
});
