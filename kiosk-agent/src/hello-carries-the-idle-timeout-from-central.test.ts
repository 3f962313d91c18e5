import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from './test-support/agent-rig';
import {
  startRig,
  startStandInCentral,
  testClock,
} from './test-support/agent-rig';
import { configPush } from './test-support/payee';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it("greets the page with central's idle timeout, and the default before it", async () => {
  const clock = testClock('2026-12-03T03:00:00Z');
  central = await startStandInCentral({});
  const options = { centralPort: central.port, now: clock.now };
  rig = await startRig(options);
  const before = await rig.hello;

  // Seq 1 is the rig's catalog: central's config comes next.
  const ack = await central.push(configPush(2, { idleTimeoutSeconds: 150 }));
  await rig.close();
  // A page that connects again (reload or agent restart) gets the new value.
  rig = await startRig({ ...options, dir: rig.dir });
  const after = await rig.hello;

  expect(before).toMatchObject({ kioskId: 'KIOSK-T', idleTimeoutSeconds: 90 });
  expect(ack).toEqual({ ok: true });
  expect(after).toMatchObject({ kioskId: 'KIOSK-T', idleTimeoutSeconds: 150 });
});
