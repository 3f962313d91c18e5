import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  startTestCentral,
  TEST_SLOT,
} from '../testing/harness';
import { getConfig, putConfig, WARD_PAYEE } from '../testing/kiosk-config';
import { logInAs, TEST_STAFF } from '../testing/staff-client';

let central: TestCentral;
const kiosks: KioskClient[] = [];

afterEach(async () => {
  for (const kiosk of kiosks.splice(0)) kiosk.socket.close();
  await central.dispose();
});

it('pushes the new config to that kiosk, and the ward payee to its ward only', async () => {
  central = await startTestCentral({ staff: TEST_STAFF });
  const { url } = central;
  const connect = async (slot: { kioskId: string; ward: string }) => {
    const kiosk = await connectKiosk(url, await enrollKiosk(central, slot));
    kiosks.push(kiosk);
    await kiosk.pushCount(3);
    return kiosk;
  };
  const changed = await connect(TEST_SLOT);
  const neighbour = await connect({ ...TEST_SLOT, kioskId: 'KIOSK-SG-02' });
  const elsewhere = await connect({
    kioskId: 'KIOSK-BT-01',
    ward: 'Phường Bến Thành',
  });
  const admin = await logInAs(url, 'admin');
  const operator = await logInAs(url, 'operator');

  const answer = await putConfig(url, TEST_SLOT.kioskId, admin, {
    idleTimeoutSeconds: 120,
    payee: WARD_PAYEE,
  });
  const [, , , ownPush] = await changed.pushCount(4);
  const [, , , neighbourPush] = await neighbour.pushCount(4);
  // Nothing was queued for the other ward: its next item is this command.
  await central.central.sendCommand('KIOSK-BT-01', 'reloadPage');
  const [, , , otherPush] = await elsewhere.pushCount(4);
  const read = await getConfig(url, TEST_SLOT.kioskId, operator);

  const config = {
    wardName: TEST_SLOT.ward,
    retentionDays: 30,
    idleTimeoutSeconds: 120,
    payee: WARD_PAYEE,
  };
  expect(answer).toMatchObject({
    status: 200,
    body: {
      config,
      pushed: [
        { kioskId: TEST_SLOT.kioskId, seq: 4 },
        { kioskId: 'KIOSK-SG-02', seq: 4 },
      ],
    },
  });
  expect(ownPush).toEqual({ seq: 4, item: { kind: 'config', config } });
  expect(neighbourPush).toEqual({
    seq: 4,
    item: { kind: 'config', config: { ...config, idleTimeoutSeconds: 90 } },
  });
  expect(otherPush).toMatchObject({ seq: 4, item: { kind: 'command' } });
  expect(read).toMatchObject({
    status: 200,
    body: {
      kioskId: TEST_SLOT.kioskId,
      ward: TEST_SLOT.ward,
      config,
      overrides: { idleTimeoutSeconds: 120, retentionDays: null },
    },
  });
  const logs = central.logs.join('');
  expect(logs).toContain('kiosk-config-changed');
  expect(logs).not.toContain(WARD_PAYEE.accountNumber);
});
