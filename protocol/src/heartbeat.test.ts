import { describe, expect, test } from 'vitest';
import { parseMessage } from './messages';

const heartbeat = {
  kioskId: 'ben-thanh-01',
  sentAt: '2026-12-03T02:15:00Z',
  uptimeSeconds: 3600,
  agentVersion: '0.1.0',
  devices: [
    { role: 'printer', driver: 'escpos-usb', state: 'paperNearEnd' },
    { role: 'scanner', driver: 'hid', state: 'ready' },
  ],
  outbox: { pending: 2, oldestAgeSeconds: 45 },
  freeDiskBytes: 12_000_000_000,
};

function refusal(code: string, field?: string) {
  return { ok: false, error: { code, field, message: expect.any(String) } };
}

function heartbeatWith(changes: Record<string, unknown>) {
  return parseMessage('kiosk.heartbeat', { ...heartbeat, ...changes });
}

describe('kiosk.heartbeat', () => {
  test('a heartbeat with two devices parses unchanged', () => {
    expect(parseMessage('kiosk.heartbeat', heartbeat)).toEqual({
      ok: true,
      value: heartbeat,
    });
  });

  test('an empty outbox with no oldest age is accepted', () => {
    const outbox = { pending: 0, oldestAgeSeconds: null };

    expect(heartbeatWith({ outbox })).toMatchObject({
      ok: true,
      value: { outbox },
    });
  });

  test('seventeen devices are too many', () => {
    const devices = Array.from({ length: 17 }, () => heartbeat.devices[1]);

    expect(heartbeatWith({ devices })).toEqual(refusal('too_long', 'devices'));
  });

  test('an unknown device state is an invalid value', () => {
    const devices = [{ role: 'printer', driver: 'escpos', state: 'jammed' }];

    expect(heartbeatWith({ devices })).toEqual(
      refusal('invalid_value', 'devices.0.state'),
    );
  });

  test('an unknown device role is an invalid value', () => {
    const devices = [{ role: 'camera', driver: 'uvc', state: 'ready' }];

    expect(heartbeatWith({ devices })).toEqual(
      refusal('invalid_value', 'devices.0.role'),
    );
  });

  test('a negative uptime is too short', () => {
    expect(heartbeatWith({ uptimeSeconds: -1 })).toEqual(
      refusal('too_short', 'uptimeSeconds'),
    );
  });

  test('an uptime sent as text has the wrong type', () => {
    expect(heartbeatWith({ uptimeSeconds: '3600' })).toEqual(
      refusal('invalid_type', 'uptimeSeconds'),
    );
  });

  test('an outbox without its pending count is refused as required', () => {
    expect(heartbeatWith({ outbox: { oldestAgeSeconds: null } })).toEqual(
      refusal('required', 'outbox.pending'),
    );
  });

  test('an extra key in the outbox is refused with its path', () => {
    const outbox = { pending: 0, oldestAgeSeconds: null, failed: 0 };

    expect(heartbeatWith({ outbox })).toEqual(
      refusal('unknown_field', 'outbox.failed'),
    );
  });

  test('a sent time without a time of day has an invalid format', () => {
    expect(heartbeatWith({ sentAt: '2026-12-03' })).toEqual(
      refusal('invalid_format', 'sentAt'),
    );
  });

  test('an empty kiosk id is too short', () => {
    expect(heartbeatWith({ kioskId: '' })).toEqual(
      refusal('too_short', 'kioskId'),
    );
  });
});
