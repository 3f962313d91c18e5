import { SETTLED } from './kiosk-page';
import { decodeEscPos } from '@motcua/hardware/receipt-printer';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKioskSystem } from './use-system';
import { kioskContext, screenshotDir, waitForLog } from './system';

const system = useKioskSystem();

interface PrintedJob {
  lines: string[];
  qrCodes: string[];
  base64: string;
}

async function printedJobs(agentUrl: string): Promise<PrintedJob[]> {
  const response = await fetch(`${agentUrl}/sim/printer/jobs`);
  expect(response.status).toBe(200);
  return (await response.json()) as PrintedJob[];
}

async function identify(page: Page, shots: string): Promise<void> {
  await page.tap('[data-testid="start-button"]');
  await page.tap('[data-testid="language-vi"]');
  await page.tap('[data-testid="service-submit"]');
  await page.screenshot({ path: join(shots, '02-identify.png') });
  await page.tap('[data-testid="dev-panel-toggle"]');
  await page.tap('[data-testid="dev-scan-sample"]');
  await page.tap('[data-testid="dev-panel-toggle"]');
  await expect
    .poll(() => page.textContent('[data-testid="identity-name"]'))
    .toContain('NGUYỄN VĂN AN');
}

describe('the first dossier, from the kiosk screen to central and paper', () => {
  it('shows, prints and stores one and the same dossier code', async () => {
    const shots = screenshotDir('first-dossier');
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await page.locator('[data-testid="start-button"]').waitFor();
    await page.screenshot({ path: join(shots, '01-attract.png') });

    await identify(page, shots);
    await page.screenshot({ path: join(shots, '03-procedures.png') });
    await page.tap('[data-testid="procedure-residence-confirmation"]');

    // The form comes pre-filled from the card.
    await expect
      .poll(() => page.inputValue('[data-testid="field-fullName"]'), SETTLED)
      .toBe('NGUYỄN VĂN AN');
    await page.fill('[data-testid="field-phone"]', '0912345678');
    await page.screenshot({ path: join(shots, '04-form.png') });
    await page.tap('[data-testid="form-next"]');
    await page.screenshot({ path: join(shots, '05-review.png') });
    await page.tap('[data-testid="submit-dossier"]');
    // The phone number is optional: it goes only with the resident's yes.
    await page.tap('[data-testid="consent-accept"]');

    const codeOnScreen = (
      await page.locator('[data-testid="dossier-code"]').textContent()
    )?.trim();
    await page.screenshot({ path: join(shots, '06-slip.png') });
    expect(codeOnScreen).toMatch(/^000\.00\.00\.H29-\d{6}-1\d{3}$/);
    expect(
      await page.locator('[data-testid="return-date"]').textContent(),
    ).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // The slip: decode the bytes the simulated printer received.
    const jobs = await printedJobs(system.agent.url);
    const slip = jobs.at(-1);
    if (slip === undefined) throw new Error('the printer received no job');
    const decoded = decodeEscPos(Buffer.from(slip.base64, 'base64'));
    expect(decoded.qrCodes).toEqual([codeOnScreen]);
    expect(decoded.lines.join('\n')).toContain(codeOnScreen);
    expect(decoded.lines.join('\n')).toContain('NGUYỄN VĂN AN');

    // Central: the agent delivers it, central stores it.
    await waitForLog(
      system.central,
      (l) => l['event'] === 'dossier-received' && l['code'] === codeOnScreen,
    );
    const stored = await fetch(
      `${system.central.url}/api/dossiers/${encodeURIComponent(codeOnScreen ?? '')}`,
    );
    expect(stored.status).toBe(200);
    const record = (await stored.json()) as { code: string };
    expect(record.code).toBe(codeOnScreen);

    // And the staff dashboard lists it.
    const staff = await (await kioskContext(system.browser)).newPage();
    await staff.setViewportSize({ width: 1440, height: 900 });
    await staff.goto(system.central.url);
    await expect
      .poll(() =>
        staff.locator('[data-testid="dossier-code"]').allTextContents(),
      )
      .toContain(codeOnScreen);
    await staff.screenshot({ path: join(shots, '07-dashboard.png') });

    await page.tap('[data-testid="slip-done"]');
    await page.tap('[data-testid="rating-skip"]');
    await page.locator('[data-testid="start-button"]').waitFor();
    await context.close();
  });

  it('tells the resident when a scanned code is not a citizen ID card', async () => {
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await page.tap('[data-testid="start-button"]');
    await page.tap('[data-testid="language-vi"]');
    await page.tap('[data-testid="service-submit"]');
    await page.tap('[data-testid="dev-panel-toggle"]');
    await page.fill('[data-testid="dev-scan-input"]', 'https://example.com');
    await page.tap('[data-testid="dev-scan-submit"]');
    await expect
      .poll(() => page.textContent('[data-testid="identity-error"]'))
      .toContain('không phải mã QR trên thẻ căn cước');
    await context.close();
  });

  it('shows the code on screen when the printer is out of paper', async () => {
    const shots = screenshotDir('paper-out');
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await page.tap('[data-testid="dev-panel-toggle"]');
    await page.tap('[data-testid="dev-printer-paperOut"]');
    await page.tap('[data-testid="dev-panel-toggle"]');
    await identify(page, shots);
    await page.tap('[data-testid="procedure-residence-confirmation"]');
    await page.tap('[data-testid="form-next"]');
    await page.tap('[data-testid="submit-dossier"]');

    const code = (
      await page.locator('[data-testid="dossier-code"]').textContent()
    )?.trim();
    expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-\d{4}$/);
    await expect
      .poll(() =>
        page.getAttribute('[data-testid="print-outcome"]', 'data-outcome'),
      )
      .toBe('paperOut');
    await page.screenshot({ path: join(shots, 'slip-on-screen.png') });

    const jobs = await printedJobs(system.agent.url);
    const codes = jobs.flatMap(
      (job) => decodeEscPos(Buffer.from(job.base64, 'base64')).qrCodes,
    );
    expect(codes).not.toContain(code);

    await page.tap('[data-testid="dev-panel-toggle"]');
    await page.tap('[data-testid="dev-printer-ready"]');
    await context.close();
  });
});
