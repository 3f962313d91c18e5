import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { PROFILES } from './profiles';
import type { VirtualCondition } from './simulator/virtual-printer';
import { encodeSlip } from './slip';
import type { SerialRig } from './test-support/serial-rig';
import { nextJob, nextStatus, startSerialRig } from './test-support/serial-rig';

const SLIP = encodeSlip(SAMPLE_SLIP, PROFILES['epson-tm-t88vi']);
let rig: SerialRig;

beforeEach(async () => {
  rig = await startSerialRig();
});

afterEach(async () => {
  await rig.dispose();
});

describe('status over a socat pty', () => {
  it.each([
    ['paperNearEnd', 'paperNearEnd'],
    ['paperOut', 'paperOut'],
    ['coverOpen', 'coverOpen'],
  ] as const)('DLE EOT reads %s', async (condition, state) => {
    rig.virtual.setCondition(condition);
    expect(await rig.printer.status()).toMatchObject({ value: { state } });
  });

  it.each([
    ['paperNearEnd', 'paperNearEnd'],
    ['paperOut', 'paperOut'],
    ['coverOpen', 'coverOpen'],
  ] as const)(
    'an ASB block announces %s without being asked',
    async (condition: VirtualCondition, state) => {
      const seen = nextStatus(rig.printer, state);
      rig.virtual.setCondition(condition);
      expect((await seen).state).toBe(state);

      const back = nextStatus(rig.printer, 'ready');
      rig.virtual.setCondition('ready');
      await back;
    },
  );

  it('refuses to print while the paper is out, and prints once refilled', async () => {
    rig.virtual.setCondition('paperOut');
    expect(await rig.printer.print(SLIP)).toMatchObject({
      ok: false,
      error: { code: 'paperOut' },
    });

    rig.virtual.setCondition('coverOpen');
    expect(await rig.printer.print(SLIP)).toMatchObject({
      error: { code: 'coverOpen' },
    });

    rig.virtual.setCondition('ready');
    const job = nextJob(rig.virtual);
    expect((await rig.printer.print(SLIP)).ok).toBe(true);
    await job;
    expect(rig.virtual.jobs()).toHaveLength(1);
  });

  it('prints with paper near end', async () => {
    rig.virtual.setCondition('paperNearEnd');
    expect((await rig.printer.print(SLIP)).ok).toBe(true);
  });
});
