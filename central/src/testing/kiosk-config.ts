import type { TestCentral } from './harness';
import { connectKiosk, enrollKiosk } from './harness';
import type { StaffLogin } from './staff-client';
import { staffFetch } from './staff-client';

// Staff requests of the kiosk configuration scenarios.

export const WARD_PAYEE = {
  bankBin: '970418',
  accountNumber: '1234567890',
  accountName: 'UBND PHƯỜNG SÀI GÒN',
} as const;

export function putConfig(
  url: string,
  kioskId: string,
  login: StaffLogin,
  body: unknown,
) {
  return staffFetch(`${url}/api/kiosks/${kioskId}/config`, {
    ...login,
    method: 'PUT',
    body,
  });
}

export function getConfig(url: string, kioskId: string, login: StaffLogin) {
  return staffFetch(`${url}/api/kiosks/${kioskId}/config`, login);
}

/**
 * A kiosk of `central`, enrolled and connected, once its first three
 * pushes (catalog, calendar, config) have come: the next push is a change.
 */
export async function settledKiosk(central: TestCentral) {
  const key = await enrollKiosk(central);
  const kiosk = await connectKiosk(central.url, key);
  await kiosk.pushCount(3);
  return { kioskId: key.kioskId, kiosk };
}
