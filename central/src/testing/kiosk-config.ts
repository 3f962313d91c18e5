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
