import { decodeEscPos } from '@motcua/hardware/receipt-printer';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../fault/kiosk-harness';
import {
  OFFLINE_AFTER_SECONDS,
  accessibilityProblems,
} from './dashboard-system';
import { screenshotDir, waitForLog } from './system';
import { useDashboardSystem } from './use-system';

// Central staff at their desk, in a real Chromium against a real central
// and a real agent whose devices are simulated.

const KIOSK = 'KIOSK-DEV-01';
const tile = `[data-testid="kiosk-tile"][data-kiosk-id="${KIOSK}"]`;

const system = useDashboardSystem();
let operator: Page;
/** The dossier the kiosk took during the run. */
let dossierCode: string | undefined;
const shots = screenshotDir('dashboard');

async function printedJobs(): Promise<{ base64: string }[]> {
  const response = await fetch(`${system.agent.url}/sim/printer/jobs`);
  expect(response.status).toBe(200);
  return (await response.json()) as { base64: string }[];
}

beforeAll(async () => {
  operator = await system.staffPage('operator');
});

describe('the staff dashboard with a live simulated kiosk', () => {
  it('prints a test slip on the kiosk when the operator asks', async () => {
    await operator.locator(`${tile}[data-status="ok"]`).waitFor();
    await operator.screenshot({ path: join(shots, 'board.png') });
    expect(await accessibilityProblems(operator)).toEqual([]);

    const before = (await printedJobs()).length;
    await operator.click(tile);
    await operator.locator('[data-testid="kiosk-detail"]').waitFor();
    await operator.click('[data-testid="command-printTestSlip"]');
    await operator
      .locator('[data-testid="command-result"][data-status="done"]')
      .waitFor();
    await operator.screenshot({ path: join(shots, 'detail.png') });
    expect(await accessibilityProblems(operator)).toEqual([]);

    const jobs = await printedJobs();
    expect(jobs.length).toBe(before + 1);
    const slip = decodeEscPos(Buffer.from(jobs.at(-1)?.base64 ?? '', 'base64'));
    expect(slip.qrCodes).toEqual([KIOSK]);
  });

  it('raises a paper-out alert in the feed, which the operator acknowledges', async () => {
    await system.simPrinter('paperOut');
    await operator.click('[data-testid="tab-alerts"]');
    const row = operator.locator(
      `[data-testid="alert-row"][data-rule="paperOut"][data-kiosk-id="${KIOSK}"]`,
    );
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('open');
    expect(await row.locator('[data-testid="alert-rule"]').textContent()).toBe(
      'Máy in hết giấy',
    );
    await operator.screenshot({ path: join(shots, 'alerts.png') });
    expect(await accessibilityProblems(operator)).toEqual([]);

    await row.locator('[data-testid="alert-acknowledge"]').click();
    await operator
      .locator(
        `[data-testid="alert-row"][data-rule="paperOut"][data-state="acknowledged"]`,
      )
      .waitFor();
    // Paper back in: the alert resolves itself and moves to the history.
    await system.simPrinter('ready');
    await operator.click('[data-testid="alerts-history"]');
    await operator
      .locator(
        `[data-testid="alert-row"][data-rule="paperOut"][data-state="resolved"]`,
      )
      .waitFor();
  });

  it('puts a new dossier on the deadline board and in the ward figures', async () => {
    const answer = await system.ask(
      'dossier.submit',
      submission(crypto.randomUUID()),
    );
    const receipt = answer['receipt'] as { dossierCode: string } | undefined;
    if (receipt === undefined) throw new Error(JSON.stringify(answer));
    dossierCode = receipt.dossierCode;
    await waitForLog(
      system.central,
      (l) =>
        l['event'] === 'dossier-received' && l['code'] === receipt.dossierCode,
    );
    const rated = await system.ask('rating.submit', {
      score: 5,
      dossierCode: receipt.dossierCode,
    });
    expect(rated['ok']).toBe(true);
    await waitForLog(system.central, (l) => l['event'] === 'rating-received');

    await operator.click('[data-testid="tab-deadlines"]');
    const row = operator.locator(
      `[data-testid="case-row"][data-code="${receipt.dossierCode}"]`,
    );
    await row.waitFor();
    expect(await row.locator('[data-testid="case-due"]').textContent()).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    // The applicant's name comes masked.
    expect(await row.textContent()).not.toContain('NGUYỄN VĂN AN');
    // The operator takes the case up: received → in progress.
    await row
      .locator('[data-testid="case-next-status"]')
      .selectOption('inProgress');
    await row.locator('[data-testid="case-apply-status"]').click();
    await row
      .locator('[data-testid="case-status"]', { hasText: 'Đang xử lý' })
      .waitFor();
    await operator.screenshot({ path: join(shots, 'deadlines.png') });
    expect(await accessibilityProblems(operator)).toEqual([]);

    await operator.click('[data-testid="tab-figures"]');
    await operator
      .locator('[data-testid="figures-row"]', { hasText: 'Phường Sài Gòn' })
      .waitFor();
    await operator.locator('[data-testid="chart-daily"]').waitFor();
    await operator.screenshot({ path: join(shots, 'figures.png') });
    expect(await accessibilityProblems(operator)).toEqual([]);
  });

  it('shows a viewer the kiosk detail without command buttons', async () => {
    const viewer = await system.staffPage('viewer');
    await viewer.goto(`${system.central.url}/#/kiosk/${KIOSK}`);
    await viewer.locator('[data-testid="kiosk-detail"]').waitFor();
    await viewer.locator('[data-testid="device-table"]').waitFor();
    expect(
      await viewer.locator('[data-testid="command-buttons"]').count(),
    ).toBe(0);
    expect(await viewer.locator('[data-testid^="command-print"]').count()).toBe(
      0,
    );
    expect(
      await viewer.locator('[data-testid="alert-acknowledge"]').count(),
    ).toBe(0);
    await viewer.screenshot({ path: join(shots, 'viewer-detail.png') });
    await viewer.click('[data-testid="logout"]');
    await viewer.locator('[data-testid="login-form"]').waitFor();
    await viewer.context().close();
  });

  it('shows the kiosk offline within the offline time once the agent stops', async () => {
    await operator.click('[data-testid="tab-board"]');
    // The board lists the latest dossiers too, masked.
    await operator
      .locator('[data-testid="dossier-code"]', { hasText: dossierCode })
      .waitFor();
    await operator.locator(`${tile}:not([data-status="offline"])`).waitFor();
    await system.agent.stop();
    // Bounded by the configured offline time, plus central's check period
    // (a quarter of it) and the board's redraw, with room for a slow host.
    await operator
      .locator(`${tile}[data-status="offline"]`)
      .waitFor({ timeout: (OFFLINE_AFTER_SECONDS + 10) * 1000 });
    expect(
      await operator
        .locator(`${tile} [data-testid="kiosk-status"]`)
        .textContent(),
    ).toBe('Mất kết nối');
    await operator.click('[data-testid="language-toggle"]');
    expect(
      await operator
        .locator(`${tile} [data-testid="kiosk-status"]`)
        .textContent(),
    ).toBe('Offline');
    await operator.screenshot({ path: join(shots, 'board-offline.png') });
  });
});
