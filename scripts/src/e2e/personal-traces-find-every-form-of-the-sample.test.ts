import { describe, expect, it } from 'vitest';
import { personalTraces } from './personal-traces';

describe('the privacy check', () => {
  it('finds the name in NFD, in lower case and without diacritics', () => {
    for (const text of [
      'Xin chào NGUYỄN VĂN AN'.normalize('NFD'),
      'nguyễn văn an',
      '<b>NGUYEN VAN AN</b>',
      'Họ tên: Văn An',
    ]) {
      expect(personalTraces(text)).not.toEqual([]);
    }
  });

  it('finds the ID number whole, grouped, masked or in part', () => {
    for (const text of [
      '079090001234',
      '079 090 001 234',
      '•••••••1234',
      '********1234',
      '079******',
      'id ending 001234',
      'old id 025.123.456',
    ]) {
      expect(personalTraces(text)).not.toEqual([]);
    }
  });

  it('passes a clean attract screen and an empty context', () => {
    const clean = JSON.stringify({
      value: 'attract',
      context: { language: 'vi', identity: null, values: {} },
    });
    expect(personalTraces(clean)).toEqual([]);
    expect(
      personalTraces('Chạm để bắt đầu 000.00.00.H29-261203-0001 12/2026'),
    ).toEqual([]);
  });
});
