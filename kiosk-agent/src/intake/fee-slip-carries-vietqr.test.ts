import { parseVietQr } from '@motcua/protocol';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import type { AgentRig } from '../test-support/agent-rig';
import { freePort, startRig, testClock } from '../test-support/agent-rig';
import { CIVIL_STATUS_COPY, submission } from '../test-support/fixtures';

const SLIPS = fileURLToPath(
  new URL('../../../artifacts/slips/', import.meta.url),
);

let rig: AgentRig | undefined;
afterEach(async () => {
  await rig?.close();
});

it('prints a fee slip whose VietQR gives back the fee and the dossier code', async () => {
  const clock = testClock('2026-12-03T03:00:00Z');
  rig = await startRig({
    centralPort: await freePort(),
    now: clock.now,
    procedures: [CIVIL_STATUS_COPY],
    settings: {
      payee: {
        bankBin: '970418',
        accountNumber: '1234567890',
        accountName: 'UBND PHUONG SAI GON',
      },
    },
  });

  const answer = (await rig.ask(
    'dossier.submit',
    submission({ procedureId: 'civil-status-copy' }),
  )) as {
    ok: true;
    receipt: {
      dossierCode: string;
      payment?: { amountVnd: number; vietQr?: string };
    };
  };
  expect(answer.ok).toBe(true);
  const { dossierCode, payment } = answer.receipt;
  expect(payment?.amountVnd).toBe(8_000);

  // The code the page shows and the one on paper are the same, and read
  // back to the ward's account, the fee and the dossier code.
  const [job] = await rig.printed();
  expect(job?.qrCodes).toEqual([dossierCode, payment?.vietQr]);
  expect(parseVietQr(job?.qrCodes[1] ?? '')).toEqual({
    ok: true,
    value: {
      bankBin: '970418',
      accountNumber: '1234567890',
      dynamic: true,
      amountVnd: 8_000,
      purpose: dossierCode,
    },
  });
  const printed = job?.lines.join(' ') ?? '';
  expect(printed).toContain('Lệ phí: 8.000 VND');
  expect(printed).toContain('Số tiền lệ phí: 8.000 VND');
  expect(printed).toContain('Quét VietQR bằng ứng dụng ngân hàng để nộp phí');
  expect(printed).toContain('Người nhận: UBND PHUONG SAI GON');

  // The picture of the slip, for people to look at.
  const png = Buffer.from(
    await (await fetch(`${rig.agent.url}/sim/printer/last.png`)).arrayBuffer(),
  );
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  mkdirSync(SLIPS, { recursive: true });
  writeFileSync(`${SLIPS}fee-slip.png`, png);
});
