import { expect, test } from 'vitest';
import { healthFromLink } from './role-mapping';

const serial = 'serial:/dev/serial/by-id/usb-X';
const lost = (reason: string) =>
  ({ state: 'lost', reason, retryInMs: 10 }) as const;

test('an open link is ready and a closed one reports nothing', () => {
  expect(healthFromLink({ state: 'open' }, true, serial)).toEqual({
    state: 'ready',
    detail: serial,
  });
  expect(healthFromLink({ state: 'closed' }, true, serial)).toBeUndefined();
});

test('a device never seen is missing; one seen before is reconnecting', () => {
  const absent = lost('connect ECONNREFUSED 10.0.0.5:9100');
  expect(healthFromLink(absent, false, serial)?.state).toBe('missing');
  expect(healthFromLink(absent, true, serial)?.state).toBe('reconnecting');
  expect(healthFromLink(lost('disconnected'), false, serial)?.state).toBe(
    'reconnecting',
  );
});

test('no permission is an error a technician must fix', () => {
  const verdict = healthFromLink(
    lost('EACCES: permission denied'),
    true,
    serial,
  );
  expect(verdict).toEqual({
    state: 'error',
    detail: 'EACCES: permission denied; check udev rules and groups',
  });
});
