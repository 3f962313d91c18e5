import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from './test-support/agent-rig';
import {
  startRig,
  startStandInCentral,
  testClock,
} from './test-support/agent-rig';
import { CIVIL_STATUS_COPY } from './test-support/fixtures';
import {
  CENTRAL_PAYEE,
  configPush,
  FILE_PAYEE,
  feeAccount,
  payeeLog,
} from './test-support/payee';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it("falls back to the settings file's account when central's config has none", async () => {
  const clock = testClock('2026-12-03T03:00:00Z');
  central = await startStandInCentral({});
  rig = await startRig({
    centralPort: central.port,
    now: clock.now,
    procedures: [CIVIL_STATUS_COPY],
    settings: { payee: FILE_PAYEE },
  });

  await central.push(configPush(2, { payee: CENTRAL_PAYEE }));
  const fromCentral = await feeAccount(rig);
  await central.push(configPush(3));
  const fromFile = await feeAccount(rig);

  expect(fromCentral).toBe('970436/2222222222');
  expect(fromFile).toBe('970418/1111111111');
  expect(payeeLog(rig)).toEqual([
    { source: 'settingsFile', reason: 'start' },
    { source: 'central', reason: 'centralConfig' },
    { source: 'settingsFile', reason: 'centralConfig' },
  ]);
});
