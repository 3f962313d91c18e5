import { afterEach, describe, it } from 'vitest';
import { waitForLog } from '../e2e/system';
import { KioskHarness } from './kiosk-harness';

// The kiosk side of enrollment: each refusal reaches the technician's log
// with its own code, and the kiosk keeps working offline meanwhile.

let harness: KioskHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const refusedWith = (code: string) => (line: Record<string, unknown>) =>
  line['event'] === 'enrollment-refused' &&
  JSON.stringify(line['error']).includes(`"${code}"`);

describe('enrolling a kiosk', () => {
  it('refuses a second kiosk bringing an enrollment token already used', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral();
    const first = await harness.startAgent(central.url);
    await waitForLog(first, (l) => l['event'] === 'enrolled');

    const second = await harness.startAgent(central.url, {}, 'second-kiosk');
    await waitForLog(second, refusedWith('enroll.token_used'));
  });

  it('tells a kiosk with no token that it is not enrolled', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral();
    const agent = await harness.startAgent(central.url, {
      MOTCUA_ENROLL_TOKEN: '',
    });
    await waitForLog(agent, refusedWith('enroll.no_token'));
  });

  it('cuts off a revoked kiosk, which is then refused on reconnect', async () => {
    harness = new KioskHarness();
    const central = await harness.startCentral(0, {
      MOTCUA_CENTRAL_OPEN_ADMIN: '1',
    });
    const agent = await harness.startAgent(central.url);
    await waitForLog(agent, (l) => l['event'] === 'central-connected');

    await fetch(`${central.url}/api/kiosks/KIOSK-DEV-01/revoke`, {
      method: 'POST',
    });
    await waitForLog(
      agent,
      (l) =>
        l['event'] === 'central-disconnected' &&
        JSON.stringify(l['error'] ?? '').includes('"kiosk.revoked"'),
    );
  });
});
