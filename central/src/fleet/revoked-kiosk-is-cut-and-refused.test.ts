import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  nextEvent,
  postJson,
  startTestCentral,
} from '../testing/harness';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('cuts the live socket at once and refuses the next handshake', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key);
  const cut = nextEvent<string>(kiosk.socket, 'disconnect');

  const revoked = await central.central.revokeKiosk(key.kioskId);

  expect(revoked).toBe(true);
  expect(await cut).toBe('io server disconnect');
  await expect(connectKiosk(central.url, key)).rejects.toMatchObject({
    code: 'kiosk.revoked',
  });
});

it('revokes over HTTP only when open admin is allowed', async () => {
  central = await startTestCentral({ allowOpenAdmin: true });
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key);
  const cut = nextEvent<string>(kiosk.socket, 'disconnect');

  const answer = await postJson(
    `${central.url}/api/kiosks/${key.kioskId}/revoke`,
    {},
  );
  const unknown = await postJson(`${central.url}/api/kiosks/NOPE/revoke`, {});

  expect(answer).toEqual({ status: 200, body: { ok: true } });
  expect(await cut).toBe('io server disconnect');
  expect(unknown.status).toBe(404);
});

it('refuses the admin routes with 401 when open admin is off and no one is logged in', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);

  const answers = await Promise.all([
    postJson(`${central.url}/api/kiosks/${key.kioskId}/revoke`, {}),
    postJson(`${central.url}/api/enrollment-tokens`, {
      kioskId: 'KIOSK-Q1-02',
      ward: 'Phường Bến Thành',
    }),
    postJson(`${central.url}/api/kiosks/${key.kioskId}/commands`, {
      name: 'reloadPage',
    }),
    fetch(`${central.url}/api/blobs/${'0'.repeat(64)}`),
  ]);

  expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
  const kiosk = await connectKiosk(central.url, key);
  expect(kiosk.socket.connected).toBe(true);
  kiosk.socket.close();
});
