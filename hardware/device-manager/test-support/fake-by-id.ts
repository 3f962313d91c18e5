import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceManager } from '../manager';
import type { RoleName } from '../config';
import type { RoleHealth, RoleHealthState } from '../health';

/** A stand-in for /dev/serial/by-id whose entries point at socat ptys. */
export interface FakeById {
  readonly dir: string;
  add(name: string, target: string): string;
  dispose(): void;
}

export function createFakeById(): FakeById {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-by-id-'));
  return {
    dir,
    add(name, target) {
      const path = join(dir, name);
      symlinkSync(target, path);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves once `role` reports `state` (at once if it already does). */
export function waitForHealth(
  manager: DeviceManager,
  role: RoleName,
  state: RoleHealthState,
): Promise<RoleHealth> {
  const now = manager.health().find((h) => h.role === role);
  if (now?.state === state) return Promise.resolve(now);
  return new Promise((resolve) => {
    const off = manager.onHealth((health) => {
      if (health.role !== role || health.state !== state) return;
      off();
      resolve(health);
    });
  });
}
