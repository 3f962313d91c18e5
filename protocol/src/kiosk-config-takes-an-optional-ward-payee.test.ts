import { expect, it } from 'vitest';
import { parseMessage } from './messages';

const config = {
  wardName: 'Phường Sài Gòn',
  retentionDays: 30,
  idleTimeoutSeconds: 90,
};
const payee = {
  bankBin: '970418',
  accountNumber: '1234567890',
  accountName: 'UBND PHƯỜNG SÀI GÒN',
};
const push = (extra: Record<string, unknown>) =>
  parseMessage('central.push', {
    seq: 4,
    item: { kind: 'config', config: { ...config, ...extra } },
  });

it('accepts a config with or without the ward payee, and refuses a bad BIN', () => {
  expect(push({})).toMatchObject({ ok: true });
  expect(push({ payee })).toMatchObject({
    ok: true,
    value: { item: { config: { payee } } },
  });
  expect(push({ payee: { ...payee, bankBin: '97041' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid_format', field: 'item.config.payee.bankBin' },
  });
});
