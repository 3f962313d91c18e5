import { describe, expect, it } from 'vitest';
import { typedDraft } from './test-support';
import type { ManualDraft } from './types';
import { checkManualIdentity } from './validate';

const TODAY = '2026-12-03';

function errorsOf(changes: Partial<ManualDraft>) {
  const checked = checkManualIdentity({ ...typedDraft, ...changes }, TODAY);
  return checked.ok ? {} : checked.errors;
}

describe('checking details typed by hand', () => {
  it('accepts a consistent identity as NFC upper case, marked manual', () => {
    const checked = checkManualIdentity(
      { ...typedDraft, fullName: 'Nguye\u0302\u0303n Va\u0306n An' },
      TODAY,
    );
    expect(checked).toEqual({
      ok: true,
      identity: expect.objectContaining({
        fullName: 'NGUYỄN VĂN AN',
        source: 'manual',
      }),
    });
  });

  it('says what is missing in each empty field', () => {
    expect(
      errorsOf({ idNumber: '', fullName: ' ', birthDate: '', sex: null }),
    ).toEqual({
      idNumber: 'required',
      fullName: 'required',
      birthDate: 'required',
      sex: 'required',
    });
  });

  it.each([
    [{ idNumber: '07909000123' }, { idNumber: 'length' }],
    [{ idNumber: '003090001234' }, { idNumber: 'province' }],
    [{ idNumber: '079290001234' }, { idNumber: 'centurySex' }],
    [{ idNumber: '079091001234' }, { idNumber: 'birthYear' }],
    [{ fullName: 'An 3' }, { fullName: 'characters' }],
    [{ fullName: 'A'.repeat(101) }, { fullName: 'tooLong' }],
    [{ birthDate: '150319' }, { birthDate: 'incomplete' }],
    [{ birthDate: '31021990' }, { birthDate: 'invalid' }],
    [{ birthDate: '01012027' }, { birthDate: 'future' }],
    [{ birthDate: '01011890' }, { birthDate: 'tooOld' }],
  ])('%j → %j', (changes, errors) => {
    expect(errorsOf(changes)).toEqual(errors);
  });

  it('checks the ID number against the birth date only once the date is valid', () => {
    expect(errorsOf({ idNumber: '079091001234', birthDate: '1503' })).toEqual({
      birthDate: 'incomplete',
    });
  });
});
