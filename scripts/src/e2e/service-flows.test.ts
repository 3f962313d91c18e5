import { SETTLED } from './kiosk-page';
import { AxeBuilder } from '@axe-core/playwright';
import { decodeEscPos } from '@motcua/hardware/receipt-printer';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKioskSystem } from './use-system';
import { kioskContext, screenshotDir, waitForLog } from './system';

// The services beside submitting a dossier, in real Chromium against the
// real agent (simulator mode) and a real central: a lookup by typed code,
// a walk-in ticket on the simulated printer, a standalone rating and a call
// for staff, each followed to central.

/**
 * 09:00 on Monday 7 December 2026 in Ho Chi Minh City, a working day: the
 * office-hours rules (walk-in numbers until 17:00) hold whenever this runs.
 */
const OFFICE_MORNING = '2026-12-07T02:00:00.000Z';

const system = useKioskSystem({
  agentEnv: { MOTCUA_SIM_CLOCK: OFFICE_MORNING },
});

const id = (testId: string) => `[data-testid="${testId}"]`;

async function openKiosk(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await kioskContext(system.browser);
  const page = await context.newPage();
  // The page counts appointment days from the same morning as the agent.
  await page.clock.setFixedTime(new Date(OFFICE_MORNING));
  await page.goto(system.agent.url);
  await page.locator(id('start-button')).waitFor();
  return { context, page };
}

async function toService(page: Page, service: string): Promise<void> {
  await page.tap(id('start-button'));
  await page.tap(id('language-vi'));
  await page.tap(id(`service-${service}`));
}

/** Axe finds nothing on the screen as it is now (WCAG 2.2 AA tags). */
async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
  expect(found).toEqual([]);
}

async function printedLines(): Promise<string[][]> {
  const response = await fetch(`${system.agent.url}/sim/printer/jobs`);
  expect(response.status).toBe(200);
  const jobs = (await response.json()) as { base64: string }[];
  return jobs.map(
    (job) => decodeEscPos(Buffer.from(job.base64, 'base64')).lines,
  );
}

/** Submits the sample dossier through the screens; returns its code. */
async function submitSampleDossier(page: Page): Promise<string> {
  await toService(page, 'submit');
  await page.tap(id('dev-panel-toggle'));
  await page.tap(id('dev-scan-sample'));
  await page.tap(id('dev-panel-toggle'));
  await page.tap(id('procedure-residence-confirmation'));
  await page.fill(id('field-phone'), '0912345678');
  await page.tap(id('form-next'));
  await page.tap(id('submit-dossier'));
  // The optional phone number may need the resident's consent first.
  const next = page.locator(`${id('dossier-code')}, ${id('consent-accept')}`);
  await next.first().waitFor();
  if (await page.locator(id('consent-accept')).isVisible()) {
    await page.tap(id('consent-accept'));
  }
  const code = (await page.locator(id('dossier-code')).textContent())?.trim();
  if (code === undefined) throw new Error('no dossier code on the slip');
  return code;
}

describe('the services beside a dossier', () => {
  it('looks up a just-submitted dossier by its typed code', async () => {
    const shots = screenshotDir('service-flows');
    const { context, page } = await openKiosk();
    const code = await submitSampleDossier(page);
    await waitForLog(
      system.central,
      (l) => l['event'] === 'dossier-received' && l['code'] === code,
    );

    // The rating after the slip is optional; then the session ends.
    await page.tap(id('slip-done'));
    await page.tap(id('rating-skip'));
    await page.tap(id('done-home'));

    await toService(page, 'lookup');
    // Digits and the letter only: the kiosk puts the dots and dashes in.
    for (const char of code.replace(/[.-]/g, '')) {
      await page.tap(id(`osk-key-${char.toLowerCase()}`));
    }
    await expect
      .poll(() => page.inputValue(id('lookup-code-input')), SETTLED)
      .toBe(code);
    await page.screenshot({ path: join(shots, 'lookup-typed.png') });
    await page.tap(id('lookup-submit'));

    const status = page.locator(id('lookup-status'));
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('received');
    await expect
      .poll(() => page.textContent(id('lookup-code')), SETTLED)
      .toBe(code);
    await expect
      .poll(
        () => page.getAttribute(id('lookup-source'), 'data-source'),
        SETTLED,
      )
      .toBe('central');
    await expect
      .poll(() => page.textContent(id('lookup-due')), SETTLED)
      .toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.screenshot({ path: join(shots, 'lookup-result.png') });
    await expectAccessible(page);

    // The slip's QR held to the (simulated) scanner looks it up at once.
    await page.tap(id('lookup-another'));
    await page.locator(id('lookup-code-input')).waitFor();
    await page.tap(id('dev-panel-toggle'));
    await page.fill(id('dev-scan-input'), code);
    await page.tap(id('dev-scan-submit'));
    await page.tap(id('dev-panel-toggle'));
    await expect.poll(() => page.textContent(id('lookup-code'))).toBe(code);
    await context.close();
  });

  it('tells the resident when no dossier has the code', async () => {
    const { context, page } = await openKiosk();
    await toService(page, 'lookup');
    await page.fill(id('lookup-code-input'), '000.00.00.H29-010101-9999');
    await page.tap(id('lookup-submit'));
    await expect
      .poll(() => page.getAttribute(id('lookup-error'), 'data-code'))
      .toBe('not_found');
    await expect
      .poll(() => page.textContent(id('lookup-error')), SETTLED)
      .toContain('Không tìm thấy hồ sơ');
    await context.close();
  });

  it('prints a walk-in ticket and shows its number', async () => {
    const shots = screenshotDir('service-flows');
    const { context, page } = await openKiosk();
    const before = (await printedLines()).length;
    await toService(page, 'queue');
    await page.tap(id('queue-walkin'));

    const number = (
      await page.locator(id('ticket-number')).textContent()
    )?.trim();
    expect(number).toMatch(/^[A-Z]-\d{3,4}$/);
    await expect
      .poll(
        () => page.getAttribute(id('ticket-print'), 'data-outcome'),
        SETTLED,
      )
      .toBe('printed');
    await page.screenshot({ path: join(shots, 'ticket.png') });
    await expectAccessible(page);

    const jobs = await printedLines();
    expect(jobs.length).toBe(before + 1);
    expect(jobs.at(-1)?.join('\n')).toContain(number);
    await waitForLog(system.central, (l) => l['event'] === 'ticket-received');
    await context.close();
  });

  it('books an appointment on an open day and a free time', async () => {
    const shots = screenshotDir('service-flows');
    const { context, page } = await openKiosk();
    await toService(page, 'queue');
    await page.tap(id('queue-appointment'));

    // Monday 7 December: Saturday 12 and Sunday 13 are closed.
    await page.locator(id('queue-date-2026-12-08')).waitFor();
    expect(await page.isDisabled(id('queue-date-2026-12-12'))).toBe(true);
    expect(await page.isDisabled(id('queue-date-2026-12-13'))).toBe(true);
    await page.screenshot({ path: join(shots, 'queue-date.png') });
    await expectAccessible(page);
    await page.tap(id('queue-date-2026-12-08'));

    await page.screenshot({ path: join(shots, 'queue-time.png') });
    await expectAccessible(page);
    await page.tap(id('queue-slot-09:30'));
    await page.screenshot({ path: join(shots, 'queue-confirm.png') });
    await page.tap(id('queue-confirm'));

    const when = page.locator(id('ticket-when'));
    await when.waitFor();
    expect(await when.textContent()).toContain('08/12/2026');
    expect(await when.textContent()).toContain('09:30');
    await expect
      .poll(() => page.textContent(id('ticket-number')), SETTLED)
      .toMatch(/^[A-Z]-\d{3,4}$/);
    await context.close();
  });

  it('sends a standalone rating on to central', async () => {
    const shots = screenshotDir('service-flows');
    const { context, page } = await openKiosk();
    await toService(page, 'rating');
    await page.screenshot({ path: join(shots, 'rating.png') });
    await expectAccessible(page);
    await page.tap(id('rating-4'));
    await page.locator(id('rating-done')).waitFor();

    await waitForLog(
      system.central,
      (l) => l['event'] === 'rating-received' && l['score'] === 4,
    );
    await page.tap(id('rating-done'));
    await page.locator(id('done-home')).waitFor();
    await context.close();
  });

  it('calls staff from the help button and central hears of it', async () => {
    const shots = screenshotDir('service-flows');
    const { context, page } = await openKiosk();
    await toService(page, 'queue');
    await page.tap(id('help-open'));
    await page.tap(id('help-call'));
    await expect
      .poll(() => page.textContent(id('help-status')))
      .toContain('Cán bộ phường đã nhận được yêu cầu');
    await page.screenshot({ path: join(shots, 'help-called.png') });
    await expectAccessible(page);

    await waitForLog(
      system.central,
      (l) =>
        l['event'] === 'kiosk-event-received' && l['kind'] === 'help.requested',
    );
    // Closing help returns to the same screen.
    await page.tap(id('help-done'));
    await page.locator(id('queue-walkin')).waitFor();
    await context.close();
  });
});
