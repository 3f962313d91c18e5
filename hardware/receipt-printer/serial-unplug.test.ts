import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForState } from '../transport/test-support';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { PROFILES } from './profiles';
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

describe('unplugging the serial printer', () => {
  it('reports disconnected and fails print with disconnected', async () => {
    const gone = nextStatus(rig.printer, 'disconnected');
    const lost = waitForState(rig.link, 'lost');
    await rig.pair.stop();
    await Promise.all([gone, lost]);

    expect(await rig.printer.print(SLIP)).toMatchObject({
      ok: false,
      error: { code: 'disconnected' },
    });
    expect(await rig.printer.status()).toMatchObject({
      error: { code: 'disconnected' },
    });
  });

  it('prints again after the printer is plugged back in', async () => {
    const lost = waitForState(rig.link, 'lost');
    await rig.pair.stop();
    await lost;

    await rig.pair.restart();
    await rig.bothOpen();

    const job = nextJob(rig.virtual);
    expect(await rig.printer.print(SLIP)).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await job).decoded.lines).toContain(SAMPLE_SLIP.code);
  });
});
