import { describe, expect, it } from 'vitest';
import { HCMC_UNITS } from './hcmc-wards';
import { PROVINCES } from './provinces';

describe('the pick-list data after the 2025 reform', () => {
  it('has 34 provincial units with unique two-digit codes', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    for (const province of PROVINCES) {
      expect(province.code).toMatch(/^\d{2}$/);
      expect(province.name).toMatch(/^(Tỉnh|Thành phố) \S/u);
    }
    const cities = PROVINCES.filter((p) => p.name.startsWith('Thành phố'));
    // Hà Nội, Hải Phòng, Huế, Đà Nẵng, Đồng Nai, Hồ Chí Minh, Cần Thơ.
    expect(cities).toHaveLength(7);
  });

  it('has the 168 units of Ho Chi Minh City: 113 wards, 54 communes, Côn Đảo', () => {
    expect(HCMC_UNITS).toHaveLength(168);
    const count = (kind: string) =>
      HCMC_UNITS.filter((unit) => unit.kind === kind).length;
    expect(count('ward')).toBe(113);
    expect(count('commune')).toBe(54);
    expect(HCMC_UNITS.filter((u) => u.kind === 'specialZone')).toEqual([
      { code: '26732', name: 'Đặc khu Côn Đảo', kind: 'specialZone' },
    ]);
    expect(new Set(HCMC_UNITS.map((u) => u.code)).size).toBe(168);
  });

  it('writes every name in NFC with five-digit codes', () => {
    for (const unit of [...HCMC_UNITS, ...PROVINCES]) {
      expect(unit.name).toBe(unit.name.normalize('NFC'));
      expect(unit.name).not.toMatch(/\s{2}|^\s|\s$/);
    }
    for (const unit of HCMC_UNITS) expect(unit.code).toMatch(/^\d{5}$/);
  });
});
