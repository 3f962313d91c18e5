import { describe, expect, it } from 'vitest';
import { buildDg13, buildSod, cardFiles, HOLDER } from './chip-test-data';
import { readCccdChip } from './read-chip';
import { accessOf, simulatedCard } from './test-support';

describe('data groups that differ from EF.SOD', () => {
  it('a changed byte in DG13 is chip.hash_mismatch', async () => {
    const card = simulatedCard(HOLDER, (files) => {
      const dg13 = Buffer.from(files.get(0x010d) ?? []);
      const at = dg13.indexOf(Buffer.from('Nguyễn Huệ', 'utf8'));
      dg13[at] = 'M'.charCodeAt(0);
      files.set(0x010d, dg13);
    });
    const read = await readCccdChip(card, accessOf());
    expect(read.ok || read.error).toEqual(
      expect.objectContaining({ code: 'chip.hash_mismatch' }),
    );
    expect(read.ok || read.error.message).toContain('DG13');
  });

  it('another person’s DG13 on the same chip is chip.hash_mismatch', async () => {
    const card = simulatedCard(HOLDER, (files) =>
      files.set(0x010d, buildDg13({ ...HOLDER, fullName: 'Lê Văn Bảy' })),
    );
    const read = await readCccdChip(card, accessOf());
    expect(read.ok || read.error.code).toBe('chip.hash_mismatch');
  });

  it('an EF.SOD without DG13 is chip.hash_missing', async () => {
    const card = simulatedCard(HOLDER, (files) => {
      const dg1 = files.get(0x0101) ?? Buffer.alloc(0);
      files.set(0x011d, buildSod(new Map([[1, dg1]]), 'sha1'));
    });
    const read = await readCccdChip(card, accessOf());
    expect(read.ok || read.error.code).toBe('chip.hash_missing');
  });

  it('SHA-1 hashes are checked too', async () => {
    const files = cardFiles();
    const card = simulatedCard(HOLDER, (edited) => {
      const groups = new Map([
        [1, files.get(0x0101) ?? Buffer.alloc(0)],
        [13, files.get(0x010d) ?? Buffer.alloc(0)],
      ]);
      edited.set(0x011d, buildSod(groups, 'sha1'));
    });
    const read = await readCccdChip(card, accessOf());
    expect(read.ok).toBe(true);
  });
});
