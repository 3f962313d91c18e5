import { describe, expect, it } from 'vitest';
import { kioskConfigChangeSchema } from '../../src/http/kiosk-config';
import type { KioskConfigView } from '../../src/views';
import { changeOf, fieldOf, formOf } from './config-form';

const view: KioskConfigView = {
  kioskId: 'KIOSK-01',
  ward: 'Phường Sài Gòn',
  config: {
    wardName: 'Phường Sài Gòn',
    retentionDays: 30,
    idleTimeoutSeconds: 120,
    payee: {
      bankBin: '970436',
      accountNumber: '0071000',
      accountName: 'UBND PHƯỜNG SÀI GÒN',
    },
  },
  overrides: { idleTimeoutSeconds: 120, retentionDays: null },
};

describe('the kiosk configuration form', () => {
  it('sends only the changed keys, in a shape central accepts', () => {
    const saved = formOf(view);
    expect(saved.retentionDays).toBe('');
    const change = changeOf(saved, {
      ...saved,
      retentionDays: ' 45 ',
      'payee.accountName': 'UBND PHƯỜNG SÀI GÒN (THU PHÍ)',
    });
    expect(change).toEqual({
      retentionDays: 45,
      payee: {
        ...view.config.payee,
        accountName: 'UBND PHƯỜNG SÀI GÒN (THU PHÍ)',
      },
    });
    expect(kioskConfigChangeSchema.safeParse(change).success).toBe(true);
  });

  it('turns blanks into the default and an empty payee into none', () => {
    const saved = formOf(view);
    const change = changeOf(saved, {
      ...saved,
      idleTimeoutSeconds: '',
      'payee.bankBin': '',
      'payee.accountNumber': '',
      'payee.accountName': '',
    });
    expect(change).toEqual({ idleTimeoutSeconds: null, payee: null });
    expect(kioskConfigChangeSchema.safeParse(change).success).toBe(true);
  });

  it('leaves a bad BIN for central to name, on a field the form knows', () => {
    const saved = formOf(view);
    const change = changeOf(saved, { ...saved, 'payee.bankBin': '97043' });
    const parsed = kioskConfigChangeSchema.safeParse(change);
    expect(parsed.success).toBe(false);
    const path = parsed.error?.issues[0]?.path.join('.');
    expect(fieldOf(path)).toBe('payee.bankBin');
    expect(changeOf(saved, saved)).toEqual({});
  });
});
