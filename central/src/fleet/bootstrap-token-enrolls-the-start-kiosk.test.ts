import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import {
  connectKiosk,
  makeDataDir,
  startTestCentral,
} from '../testing/harness';
import type { TestCentral } from '../testing/harness';
import { makeKioskKey, postEnroll } from '../testing/kiosk-client';

const bootstrapEnrollment = {
  kioskId: 'KIOSK-DEV-01',
  ward: 'Phường Sài Gòn',
  address: '86 Lê Thánh Tôn',
  token: 'development-bootstrap-token',
};

let central: TestCentral | undefined;
let dataDir: string;

afterEach(async () => {
  await central?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

it('lets the kiosk enroll with the token given at boot, once', async () => {
  dataDir = await makeDataDir();
  central = await startTestCentral({ dataDir, bootstrapEnrollment });
  const key = makeKioskKey();
  const enroll = (publicKey: string) =>
    postEnroll(central?.url ?? '', {
      token: bootstrapEnrollment.token,
      publicKey,
      agentVersion: '0.1.0',
    });

  const first = await enroll(key.publicKey);
  await central.stop();
  // The next boot gives the same token again; it stays burnt.
  central = await startTestCentral({ dataDir, bootstrapEnrollment });
  const second = await enroll(makeKioskKey().publicKey);
  const kiosk = await connectKiosk(central.url, {
    ...key,
    kioskId: 'KIOSK-DEV-01',
  });
  kiosk.socket.close();

  expect(first.body).toEqual({
    ok: true,
    kioskId: 'KIOSK-DEV-01',
    ward: 'Phường Sài Gòn',
    address: '86 Lê Thánh Tôn',
  });
  expect(second.body).toMatchObject({
    ok: false,
    error: { code: 'enroll.token_used' },
  });
  expect(central.logs.join('')).not.toContain(bootstrapEnrollment.token);
});
