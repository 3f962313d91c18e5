import type { RoleHealth } from '@motcua/hardware/device-manager';
import { describe, expect, it } from 'vitest';
import { heartbeatState } from './role-health';

const at = '2026-12-03T08:00:00.000Z';
const health = (state: RoleHealth['state']): RoleHealth =>
  ({ role: 'scanner', state, detail: 'd', since: at }) as RoleHealth;

describe('scanner role health in the heartbeat', () => {
  it('is ready only when the manager says ready', () => {
    expect(heartbeatState(health('ready'))).toBe('ready');
  });

  it('is disconnected while missing, reconnecting or not yet looked for', () => {
    expect(heartbeatState(health('missing'))).toBe('disconnected');
    expect(heartbeatState(health('reconnecting'))).toBe('disconnected');
    expect(heartbeatState(undefined)).toBe('disconnected');
  });

  it('is an error when a technician has to act', () => {
    expect(heartbeatState(health('error'))).toBe('error');
  });
});
