import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LineFramingOptions } from './line-framer';
import type { PtyScannerRig } from './pty-harness';
import { startPtyScanner } from './pty-harness';

let rig: PtyScannerRig | undefined;

async function start(framing: LineFramingOptions): Promise<PtyScannerRig> {
  rig = await startPtyScanner(framing);
  return rig;
}

afterEach(async () => {
  await rig?.dispose();
  rig = undefined;
});

describe('serial scanner over a pty', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ] as const)('delivers scans ended by %s', async (_name, suffix) => {
    const { send, scansReach, errors } = await start({ suffix });

    await send(`]Q1HS-260801-0001${suffix}]E09786045${suffix}`);

    expect(await scansReach(2)).toEqual([
      { data: 'HS-260801-0001', symbology: ']Q1' },
      { data: '9786045', symbology: ']E0' },
    ]);
    expect(errors).toEqual([]);
  });

  it('joins a scan whose bytes came in several writes', async () => {
    const { send, scansReach } = await start({ suffix: '\r\n' });
    const payload = new TextEncoder().encode('079090001234|Nguyễn Văn An\r\n');

    // Cut inside a two-byte letter and between CR and LF.
    for (const [from, to] of [
      [0, 5],
      [5, 18],
      [18, payload.length - 1],
      [payload.length - 1, payload.length],
    ]) {
      await send(payload.subarray(from, to));
    }

    expect(await scansReach(1)).toEqual([
      { data: '079090001234|Nguyễn Văn An' },
    ]);
  });

  it('ends a scan without a suffix after the inter-byte timeout', async () => {
    const { send, timer, scans, scansReach } = await start({
      suffix: null,
      interByteTimeoutMs: 30,
    });

    await send('HS-26');
    timer.advance(29);
    await send('0801');
    timer.advance(29);
    expect(scans).toEqual([]);

    timer.advance(1);
    expect(await scansReach(1)).toEqual([{ data: 'HS-260801' }]);
  });

  it('keeps every valid scan intact when line noise comes between', async () => {
    const { send, timer, scans, errors } = await start({
      suffix: '\r\n',
      interByteTimeoutMs: 30,
    });
    const codes = ['HS-0001', ']Q1HS-0002', 'Đăng ký tạm trú', 'HS-0004'];

    for (const [i, code] of codes.entries()) {
      await send(noise[i] ?? Uint8Array.of(0));
      // Silence after the noise: its tail ends at the timeout.
      timer.advance(30);
      await send(`${code}\r\n`);
    }

    expect(scans).toEqual([
      { data: 'HS-0001' },
      { data: 'HS-0002', symbology: ']Q1' },
      { data: 'Đăng ký tạm trú' },
      { data: 'HS-0004' },
    ]);
    expect(errors.length).toBeGreaterThanOrEqual(codes.length);
    for (const error of errors) {
      expect(['control_characters', 'invalid_utf8']).toContain(error.code);
    }
  });
});

/**
 * Random bytes (seeded, so a failure replays) with a NUL at the start of
 * every line: printable junk can then never pass for a scan, and the test
 * can ask for exactly the real codes back.
 */
const noise = fc
  .sample(fc.uint8Array({ minLength: 8, maxLength: 80 }), {
    seed: 20261203,
    numRuns: 4,
  })
  .map((bytes) =>
    Uint8Array.from([0, ...bytes].flatMap((b) => (b === 0x0a ? [b, 0] : [b]))),
  );
