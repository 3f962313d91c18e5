import { describe, expect, it } from 'vitest';
import { formatCodeInput, isCompleteCode } from './code-input';

describe('a dossier code typed on the kiosk', () => {
  it('gets its dots and dashes from the kiosk as the digits come', () => {
    expect(formatCodeInput('000')).toBe('000');
    expect(formatCodeInput('0000')).toBe('000.0');
    expect(formatCodeInput('0000000h29')).toBe('000.00.00.H29');
    expect(formatCodeInput('00000000H292612030001')).toBe(
      '000.00.00.H29-261203-0001',
    );
  });

  it('keeps a whole code as it is, and stops at its length', () => {
    const code = '000.00.00.H29-261203-0001';
    expect(formatCodeInput(code)).toBe(code);
    expect(formatCodeInput(`${code}99`)).toBe(code);
    expect(isCompleteCode(formatCodeInput(code))).toBe(true);
  });

  it('leaves out what cannot stand where it was typed', () => {
    expect(formatCodeInput('a00')).toBe('00');
    expect(formatCodeInput('0000000' + '9')).toBe('000.00.00');
    expect(formatCodeInput('000 00 00 ấ')).toBe('000.00.00.A');
  });

  it('is not complete until every position is filled', () => {
    expect(isCompleteCode('000.00.00.H29-261203-000')).toBe(false);
    expect(isCompleteCode('')).toBe(false);
  });
});
