import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCutEnds } from './escpos-decoder';
import { SAMPLE_SLIP } from './fixtures/sample-slip';
import { PROFILES } from './profiles';
import { encodeSlip } from './slip';
import type { SerialRig } from './test-support/serial-rig';
import { nextJob, startSerialRig } from './test-support/serial-rig';

let rig: SerialRig;

beforeEach(async () => {
  rig = await startSerialRig();
});

afterEach(async () => {
  await rig.dispose();
});

describe('driver over a socat pty to the virtual printer', () => {
  it('turns on Automatic Status Back when the link opens', () => {
    expect(rig.virtual.asbMask).toBe(0b1110);
    expect(rig.published.at(-1)?.state).toBe('ready');
  });

  it('prints a code-page slip whose code, rows and QR arrive intact', async () => {
    const job = nextJob(rig.virtual);
    const slip = encodeSlip(SAMPLE_SLIP, PROFILES['epson-tm-t88vi']);

    expect(await rig.printer.print(slip)).toEqual({
      ok: true,
      value: undefined,
    });

    const { decoded, bytes } = await job;
    expect(decoded.lines).toContain(SAMPLE_SLIP.code);
    expect(decoded.lines).toContain('Người nộp: NGUYỄN VĂN AN');
    expect(decoded.qrCodes).toEqual([SAMPLE_SLIP.qr]);
    // The job ends at the cut; the line feed after it opens the next one.
    expect([...bytes]).toEqual([...slip.slice(0, findCutEnds(slip)[0])]);
  });

  it('prints a raster slip byte for byte, QR included', async () => {
    const job = nextJob(rig.virtual);
    const slip = encodeSlip(SAMPLE_SLIP, PROFILES['xprinter-xp-n160ii']);

    expect((await rig.printer.print(slip)).ok).toBe(true);

    const { decoded, bytes } = await job;
    expect(bytes.length).toBe(slip.length);
    expect(Buffer.from(bytes).equals(Buffer.from(slip))).toBe(true);
    expect(decoded.qrCodes).toEqual([SAMPLE_SLIP.qr]);
  });
});
