import { afterEach, expect, it } from 'vitest';
import { waitForLog } from '../e2e/system';
import { KioskHarness } from './kiosk-harness';

// The ward's fee account set by staff at central reaches the real agent
// through its stream, beats the one in its settings file, and is still
// the one in use after the agent restarts.

let harness: KioskHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const payeeFrom =
  (source: string, reason: string) => (line: Record<string, unknown>) =>
    line['event'] === 'payee-selected' &&
    line['payeeSource'] === source &&
    line['reason'] === reason;

it("uses central's ward account once pushed, and again after a restart", async () => {
  harness = new KioskHarness();
  const central = await harness.startCentral(0, {
    MOTCUA_CENTRAL_OPEN_ADMIN: '1',
  });
  const agent = await harness.startAgent(central.url);
  await harness.catalogReady();
  await waitForLog(agent, payeeFrom('simulatorTestAccount', 'start'));

  const answer = await fetch(`${central.url}/api/kiosks/KIOSK-DEV-01/config`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      idleTimeoutSeconds: 180,
      payee: {
        bankBin: '970415',
        accountNumber: '113366668888',
        accountName: 'UBND PHƯỜNG SÀI GÒN',
      },
    }),
  });
  const applied = await waitForLog(
    agent,
    payeeFrom('central', 'centralConfig'),
  );
  await agent.stop();
  const again = await harness.startAgent(central.url);
  const atStart = await waitForLog(again, payeeFrom('central', 'start'));

  expect(answer.status).toBe(200);
  expect(applied['bankBin']).toBe('970415');
  expect(atStart['bankBin']).toBe('970415');
  expect(
    again.lines.map((line) => JSON.stringify(line)).join('\n'),
  ).not.toContain('113366668888');
});
