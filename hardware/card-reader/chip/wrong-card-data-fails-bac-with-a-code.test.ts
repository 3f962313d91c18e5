import { describe, expect, it } from 'vitest';
import { readCccdChip } from './read-chip';
import { accessOf, simulatedCard } from './test-support';

describe('card data that does not match the chip', () => {
  it.each([
    ['birth date', { dateOfBirth: '1990-03-16' }],
    ['expiry date', { dateOfExpiry: '2031-03-15' }],
    ['ID number', { idNumber: '079090001235' }],
  ])(
    'a wrong %s is refused by the card as chip.bac_refused',
    async (_, change) => {
      const card = simulatedCard();
      const read = await readCccdChip(card, { ...accessOf(), ...change });

      expect(read).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'chip.bac_refused',
          sw: 0x6300,
        }),
      });
      // Nothing is read after the refusal.
      expect(card.received).toHaveLength(3);
    },
  );

  it('refuses access data that cannot form a key, before any APDU', async () => {
    const card = simulatedCard();
    const read = await readCccdChip(card, {
      ...accessOf(),
      idNumber: '07909000123',
    });
    expect(read.ok || read.error.code).toBe('chip.access_invalid');
    expect(card.received).toHaveLength(0);
  });
});
