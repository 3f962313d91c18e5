import { DOSSIER_CODE_PATTERN } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { formatDossierCode } from './dossier-code';

describe('dossier codes', () => {
  it('puts agency, local date and the block-numbered sequence together', () => {
    const code = formatDossierCode(
      '000.00.00.H29',
      new Date('2026-12-03T03:00:00Z'),
      2,
      7,
    );
    expect(code).toBe('000.00.00.H29-261203-2007');
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
  });

  it('dates an evening dossier by the day in Ho Chi Minh City', () => {
    const code = formatDossierCode(
      '000.00.00.H29',
      new Date('2026-12-03T18:00:00Z'),
      1,
      1,
    );
    expect(code).toBe('000.00.00.H29-261204-1001');
  });

  it('refuses numbers outside the kiosk block', () => {
    const at = new Date('2026-12-03T03:00:00Z');
    expect(() => formatDossierCode('000.00.00.H29', at, 1, 1000)).toThrow(
      RangeError,
    );
    expect(() => formatDossierCode('000.00.00.H29', at, 0, 1)).toThrow(
      RangeError,
    );
  });
});
