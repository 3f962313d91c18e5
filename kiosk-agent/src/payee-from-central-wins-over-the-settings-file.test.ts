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

it("takes central's idle timeout and payee over the settings file, also after a restart", async () => {
  central = await startStandInCentral({});
  const options = payeeRigOptions(central.port);
  rig = await startRig(options);
  const before = await feeAccount(rig);

  // Seq 1 is the rig's catalog: central's config comes next.
  const ack = await central.push(
    configPush(2, { idleTimeoutSeconds: 120, payee: CENTRAL_PAYEE }),
  );
  const after = await feeAccount(rig);
  const applied = { ...rig.agent.settings };

  await rig.close();
  rig = await startRig({ ...options, dir: rig.dir });
  const afterRestart = await feeAccount(rig);

  expect(before).toBe('970418/1111111111');
  expect(ack).toEqual({ ok: true });
  expect(applied).toMatchObject({
    idleTimeoutSeconds: 120,
    payee: CENTRAL_PAYEE,
    payeeSource: 'central',
  });
  expect(after).toBe('970436/2222222222');
  expect(afterRestart).toBe('970436/2222222222');
  expect(rig.agent.settings.idleTimeoutSeconds).toBe(120);
  expect(payeeLog(rig)).toEqual([{ source: 'central', reason: 'start' }]);
});
