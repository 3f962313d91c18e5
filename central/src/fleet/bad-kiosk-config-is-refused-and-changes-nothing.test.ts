import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import { startTestCentral } from '../testing/harness';
import {
  getConfig,
  putConfig,
  settledKiosk,
  WARD_PAYEE,
} from '../testing/kiosk-config';
import { logInAs, staffFetch, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('answers each bad change with its code and field, and keeps the config', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;
  const { kioskId, kiosk } = await settledKiosk(central);
  const admin = await logInAs(url, 'admin');
  const put = (body: unknown) => putConfig(url, kioskId, admin, body);

  const answers = [
    await put({ payee: { ...WARD_PAYEE, bankBin: '97041' } }),
    await put({
      idleTimeoutSeconds: 120,
      payee: { ...WARD_PAYEE, bankBin: 'ABCDEF' },
    }),
    await put({ idleTimeoutSeconds: 10 }),
    await put({ idleTimeoutSeconds: 601, payee: WARD_PAYEE }),
    await put({ retentionDays: 2.5 }),
    await put({ idleTimeoutSeconds: 60, wardName: 'Phường Khác' }),
    await put({ payee: { ...WARD_PAYEE, accountNumber: '12-34' } }),
    await put({}),
  ];
  const notJson = await staffFetch(`${url}/api/kiosks/${kioskId}/config`, {
    ...admin,
    method: 'PUT',
    body: undefined,
  });
  const unknownKiosk = await putConfig(url, 'KIOSK-NONE', admin, {
    idleTimeoutSeconds: 60,
  });
  const after = await getConfig(url, kioskId, admin);
  await central.central.sendCommand(kioskId, 'reloadPage');
  const pushes = await kiosk.pushCount(4);
  kiosk.socket.close();

  expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
    [
      400,
      expect.objectContaining({
        code: 'invalid_format',
        field: 'payee.bankBin',
      }),
    ],
    [
      400,
      expect.objectContaining({
        code: 'invalid_format',
        field: 'payee.bankBin',
      }),
    ],
    [
      400,
      expect.objectContaining({
        code: 'too_short',
        field: 'idleTimeoutSeconds',
      }),
    ],
    [
      400,
      expect.objectContaining({
        code: 'too_long',
        field: 'idleTimeoutSeconds',
      }),
    ],
    [
      400,
      expect.objectContaining({ code: 'invalid_type', field: 'retentionDays' }),
    ],
    [
      400,
      expect.objectContaining({ code: 'unknown_field', field: 'wardName' }),
    ],
    [
      400,
      expect.objectContaining({
        code: 'invalid_format',
        field: 'payee.accountNumber',
      }),
    ],
    [400, expect.objectContaining({ code: 'config.empty' })],
  ]);
  expect(notJson).toMatchObject({
    status: 400,
    body: { code: 'invalid_json' },
  });
  expect(unknownKiosk).toMatchObject({
    status: 404,
    body: { code: 'not_found' },
  });
  expect(after.body).toEqual({
    kioskId: kioskId,
    ward: 'Phường Sài Gòn',
    config: {
      wardName: 'Phường Sài Gòn',
      retentionDays: 30,
      idleTimeoutSeconds: 90,
    },
    overrides: { idleTimeoutSeconds: null, retentionDays: null },
  });
  expect(pushes[3]).toMatchObject({ seq: 4, item: { kind: 'command' } });
});
