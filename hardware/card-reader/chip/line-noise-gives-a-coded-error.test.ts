import { err } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { readCccdChip } from './read-chip';
import { accessOf, noise, noisyLink, simulatedCard } from './test-support';
import type { ChipErrorCode } from './types';

const CODES: readonly ChipErrorCode[] = [
  'chip.malformed_response',
  'chip.challenge_failed',
  'chip.bac_refused',
  'chip.bac_mismatch',
  'chip.not_emrtd',
  'chip.sm_mac',
  'chip.sm_malformed',
  'chip.file_not_found',
  'chip.read_failed',
  'chip.tlv',
];

/** How many exchanges a clean read takes. */
async function exchanges(): Promise<number> {
  const link = noisyLink(simulatedCard(), -1, (a) => a);
  const read = await readCccdChip(link, accessOf());
  expect(read.ok).toBe(true);
  return link.count();
}

describe('a noisy or broken line to the card', () => {
  it('a one-byte answer is chip.malformed_response', async () => {
    const link = noisyLink(simulatedCard(), 0, () => Buffer.from([0x90]));
    const read = await readCccdChip(link, accessOf());
    expect(read.ok || read.error.code).toBe('chip.malformed_response');
  });

  it('a flipped bit in a protected answer is chip.sm_mac', async () => {
    const link = noisyLink(simulatedCard(), 4, (answer) => {
      const copy = Buffer.from(answer);
      copy[copy.length - 4] = (copy[copy.length - 4] ?? 0) ^ 0x01;
      return copy;
    });
    const read = await readCccdChip(link, accessOf());
    expect(read.ok || read.error.code).toBe('chip.sm_mac');
  });

  it('garbage in place of any answer gives a known code, never a throw', async () => {
    const total = await exchanges();
    for (let index = 0; index < total; index += 1) {
      for (const [seed, length] of [
        [index + 1, 2],
        [index + 7, 17],
        [index + 13, 44],
      ] as const) {
        const garbage = noise(seed)(length);
        const link = noisyLink(simulatedCard(), index, () => garbage);
        const read = await readCccdChip(link, accessOf());
        expect(read.ok, `exchange ${index} with ${length} bytes`).toBe(false);
        expect(CODES).toContain(read.ok ? null : read.error.code);
      }
    }
  });

  it('a card taken away mid-read is chip.transport with the cause', async () => {
    const card = simulatedCard();
    let calls = 0;
    const read = await readCccdChip(
      {
        transmit: (apdu) => {
          calls += 1;
          return calls > 5
            ? Promise.resolve(err({ code: 'removed', message: 'card removed' }))
            : card.transmit(apdu);
        },
      },
      accessOf(),
    );
    expect(read).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'chip.transport',
        cause: { code: 'removed', message: 'card removed' },
      }),
    });
  });

  it('a transport that throws is chip.transport too', async () => {
    const read = await readCccdChip(
      { transmit: () => Promise.reject(new Error('reader unplugged')) },
      accessOf(),
    );
    expect(read.ok || read.error.code).toBe('chip.transport');
  });
});
