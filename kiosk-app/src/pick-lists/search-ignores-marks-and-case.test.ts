import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold';
import { HCMC_UNITS } from './hcmc-wards';
import { PROVINCES } from './provinces';
import { filterOptions, sortOptions } from './search';

const names = (options: readonly { name: string }[]) =>
  options.map((option) => option.name);

describe('searching a pick-list', () => {
  it('folds marks, đ and case, from NFC and NFD alike', () => {
    expect(foldVietnamese('Thủ Đức')).toBe('thu duc');
    expect(foldVietnamese('Thủ Đức'.normalize('NFD'))).toBe('thu duc');
    expect(foldVietnamese('  ĐẶC   khu ')).toBe('dac khu');
  });

  it('finds a ward typed without marks', () => {
    expect(names(filterOptions(HCMC_UNITS, 'thu duc'))).toEqual([
      'Phường Thủ Đức',
    ]);
    expect(names(filterOptions(HCMC_UNITS, 'con dao'))).toEqual([
      'Đặc khu Côn Đảo',
    ]);
  });

  it('puts names that start with the query before names that contain it', () => {
    const found = names(filterOptions(HCMC_UNITS, 'binh'));
    expect(found.length).toBeGreaterThan(5);
    const firstContaining = found.findIndex(
      (name) =>
        !foldVietnamese(name)
          .replace(/^(phuong|xa) /, '')
          .startsWith('binh'),
    );
    expect(found.slice(0, firstContaining).length).toBeGreaterThan(0);
    expect(found.slice(firstContaining)).toContain('Phường Tân Bình');
  });

  it('keeps every option for an empty query and only wards for "phuong"', () => {
    expect(filterOptions(HCMC_UNITS, '   ')).toHaveLength(168);
    expect(filterOptions(HCMC_UNITS, 'phuong')).toHaveLength(113);
  });

  it('finds nothing for a name that is not there', () => {
    expect(filterOptions(PROVINCES, 'quang binh')).toEqual([]);
  });

  it('sorts by the bare name in Vietnamese order', () => {
    const sorted = names(sortOptions(PROVINCES));
    expect(sorted[0]).toBe('Tỉnh An Giang');
    expect(sorted.indexOf('Thành phố Đà Nẵng')).toBeGreaterThan(
      sorted.indexOf('Tỉnh Cà Mau'),
    );
  });
});
