import { identitySchema } from '@motcua/protocol';
import { resources } from '@motcua/locales';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCccdQr } from './cccd-qr';
import { SAMPLE_CCCD_QR, SAMPLE_CCCD_QR_NO_OLD_ID } from './samples';

const TODAY = new Date('2026-08-01T03:00:00Z');
const KNOWN_CODES = Object.keys(resources.vi.errors);

function expectCodedOrValid(payload: string): void {
  const result = parseCccdQr(payload, TODAY);
  if (result.ok) {
    expect(identitySchema.safeParse(result.value.identity).success).toBe(true);
  } else {
    expect(KNOWN_CODES).toContain(result.error.code);
  }
}

/** Replaces, inserts or deletes characters at random places. */
const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.nat({ max: 3 }),
        fc.oneof(
          fc.string({ maxLength: 3 }),
          fc.constantFrom('|', '\r\n', '0', '9', 'Ữ', '\u0301', ' '),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce(
        (text, [at, remove, insert]) =>
          text.slice(0, at) + insert + text.slice(at + remove),
        base,
      ),
    );

describe('parseCccdQr on hostile input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) =>
        expectCodedOrValid(s),
      ),
    );
  });

  it('never throws on arbitrary pipe-separated fields', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (fields) =>
        expectCodedOrValid(fields.join('|')),
      ),
    );
  });

  it('never throws on mutated valid payloads', () => {
    fc.assert(
      fc.property(
        fc.oneof(mutated(SAMPLE_CCCD_QR), mutated(SAMPLE_CCCD_QR_NO_OLD_ID)),
        (payload) => expectCodedOrValid(payload),
      ),
      { numRuns: 500 },
    );
  });
});
