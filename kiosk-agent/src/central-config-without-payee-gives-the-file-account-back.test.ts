import { afterEach, expect, it } from 'vitest';
import type { AgentRig, StandInCentral } from './test-support/agent-rig';
import { startRig, startStandInCentral } from './test-support/agent-rig';
import {
  CENTRAL_PAYEE,
  configPush,
  feeAccount,
  payeeLog,
  payeeRigOptions,
} from './test-support/payee';

let rig: AgentRig | undefined;
let central: StandInCentral | undefined;
afterEach(async () => {
  await rig?.close();
  await central?.close();
});

it("falls back to the settings file's account when central's config has none", async () => {
  central = await startStandInCentral({});
  rig = await startRig(payeeRigOptions(central.port));

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
