import { EventEmitter } from 'node:events';
import type { HidTransport, Scan } from '@motcua/hardware/barcode-scanner';
import type {
  HealthListener,
  RoleHealth,
} from '@motcua/hardware/device-manager';
import { ok } from '@motcua/protocol';
import { describe, expect, it } from 'vitest';
import { connectHidRoleScanner } from './hid-role-scanner';

const SPEC = { kind: 'hid', vendorId: 0x0c2e, productId: 0x0b61 } as const;
const at = '2026-12-03T08:00:00.000Z';

class FakeHid extends EventEmitter implements HidTransport {
  closed = false;
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** One scanned-data report in the default HID POS layout. */
function report(text: string): Uint8Array {
  const bytes = new Uint8Array(64);
  const data = new TextEncoder().encode(text);
  bytes[0] = 0x02;
  bytes[1] = data.length;
  bytes.set(new TextEncoder().encode(']Q1'), 2);
  bytes.set(data, 5);
  return bytes;
}

function fakeManager() {
  const listeners = new Set<HealthListener>();
  let last: RoleHealth | undefined;
  return {
    health: () => (last === undefined ? [] : [last]),
    onHealth(listener: HealthListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(state: RoleHealth['state']) {
      last = { role: 'scanner', state, detail: 'HID', since: at } as RoleHealth;
      for (const listener of listeners) listener(last);
    },
  };
}

function nextScan(scanner: { onScan: (l: (s: Scan) => void) => () => void }) {
  return new Promise<Scan>((resolve) => {
    const stop = scanner.onScan((scan) => {
      stop();
      resolve(scan);
    });
  });
}

describe('a HID scanner behind the device manager', () => {
  it('opens the device once the role is ready and reopens it after a replug', async () => {
    const manager = fakeManager();
    const opened: FakeHid[] = [];
    const scanner = connectHidRoleScanner({
      spec: SPEC,
      manager,
      open: async () => {
        const device = new FakeHid();
        opened.push(device);
        return ok(device);
      },
    });
    expect(opened).toHaveLength(0);

    manager.report('ready');
    await Promise.resolve();
    const first = nextScan(scanner);
    opened[0]?.emit('data', report('0123'));
    expect(await first).toEqual({ data: '0123', symbology: ']Q1' });

    opened[0]?.emit('error', new Error('device unplugged'));
    expect(opened[0]?.closed).toBe(true);
    manager.report('missing');
    manager.report('ready');
    await Promise.resolve();
    expect(opened).toHaveLength(2);

    const second = nextScan(scanner);
    opened[1]?.emit('data', report('4567'));
    expect((await second).data).toBe('4567');
    await scanner.close();
    expect(opened[1]?.closed).toBe(true);
  });
});
