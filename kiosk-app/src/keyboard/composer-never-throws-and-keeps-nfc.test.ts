import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHAPE_LETTERS, applyShape, applyTone } from './compose';
import { TONES } from './letters';
import { telex } from './telex';

const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const vietnamese = fc.string({
  unit: fc.constantFrom(...'aeiouydwsfrxjzqg nhAĐươéễ\u0301\u0323'),
  maxLength: 30,
});
const text = fc.oneof(anyText, vietnamese);

describe('the composer on any input', () => {
  it('types Telex without throwing and returns NFC', () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = telex(input);
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });

  it('applies tone and shape keys at any cursor and returns NFC', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(40),
        fc.constantFrom(...TONES, 'none' as const),
        fc.constantFrom(...SHAPE_LETTERS),
        (input, cursor, tone, shape) => {
          for (const edit of [
            applyTone(input, cursor, tone),
            applyShape(input, cursor, shape),
          ]) {
            expect(edit.text).toBe(edit.text.normalize('NFC'));
            expect(edit.cursor).toBeLessThanOrEqual(edit.text.length);
          }
        },
      ),
    );
  });
});
