import { describe, expect, it } from 'vitest';
import { scannerFraming } from './scanner-framing';

describe('serial scanner framing from MOTCUA_SCANNER_SUFFIX', () => {
  it('ends codes at CR LF when nothing is set', () => {
    expect(scannerFraming(undefined)).toEqual({
      ok: true,
      value: { suffix: '\r\n' },
    });
  });

  it('leaves only the timeout to end codes with none', () => {
    expect(scannerFraming('none')).toEqual({
      ok: true,
      value: { suffix: null },
    });
  });

  it('names the setting when the value is unknown', () => {
    const framing = scannerFraming('tab');
    expect(!framing.ok && framing.error.field).toBe('MOTCUA_SCANNER_SUFFIX');
  });
});
