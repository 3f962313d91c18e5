import { afterEach, beforeEach, expect, test } from 'vitest';
import { openSerialLink } from './serial-link';
import type { PtyPair } from './test-support/socat';
import { startPtyPair } from './test-support/socat';
import { readBytes, waitForState } from './test-support/wait-for-state';
import type { ByteLink } from './types';

const fast = { reconnect: { baseMs: 20, capMs: 100 }, watchdogMs: 50 };
let pair: PtyPair;
let device: ByteLink;

beforeEach(async () => {
  pair = await startPtyPair();
  device = openSerialLink({ path: pair.devicePath, baudRate: 9600, ...fast });
  await waitForState(device, 'open');
});

afterEach(async () => {
  await device.close();
  await pair.dispose();
});

test('unplug turns the link lost and writes report disconnected', async () => {
  const lost = waitForState(device, 'lost');
  await pair.stop();

  expect((await lost).reason).not.toBe('');
  expect(await device.write(Uint8Array.of(1, 2, 3))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });
});

test('replug brings the link back open and bytes flow again', async () => {
  const lost = waitForState(device, 'lost');
  await pair.stop();
  await lost;

  const reopened = waitForState(device, 'open');
  await pair.restart();
  await reopened;

  const host = openSerialLink({ path: pair.hostPath, baudRate: 9600 });
  await waitForState(host, 'open');
  const arriving = readBytes(host, 2);
  expect((await device.write(Uint8Array.of(0x1b, 0x40))).ok).toBe(true);
  expect([...(await arriving)]).toEqual([0x1b, 0x40]);
  await host.close();
});

test('close stops reconnecting even when the device comes back', async () => {
  const lost = waitForState(device, 'lost');
  await pair.stop();
  await lost;
  await device.close();

  const states: string[] = [];
  device.onState((state) => states.push(state.state));
  await pair.restart();

  // Give a reconnect every chance to fire: a fresh link on the same path
  // opening proves the port is free and the old link never grabbed it.
  const probe = openSerialLink({ path: pair.devicePath, baudRate: 9600 });
  await waitForState(probe, 'open');
  await probe.close();

  expect(device.state()).toEqual({ state: 'closed' });
  expect(states).toEqual([]);
  expect(await device.write(Uint8Array.of(1))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });
});
