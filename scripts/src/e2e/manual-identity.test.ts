import { SETTLED } from './kiosk-page';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKioskSystem } from './use-system';
import { kioskContext, screenshotDir, waitForLog } from './system';

const system = useKioskSystem();

const id = (testId: string) => `[data-testid="${testId}"]`;

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.tap(id(`numpad-${digit}`));
}

/**
 * Types "Lê văn an" (the first letter is capital by default) with the
 * Vietnamese keys of the on-screen keyboard.
 */
async function typeName(page: Page): Promise<void> {
  const keys = [
    'l',
    'e-circumflex',
    'space',
    'v',
    'a-breve',
    'n',
    'space',
    'a',
    'n',
  ];
  for (const key of keys) await page.tap(id(`osk-key-${key}`));
  await page.tap(id('osk-key-done'));
}

/** From the attract screen to the hand-entry form, details typed in. */
async function typeDetails(page: Page, birthDate: string): Promise<void> {
  await page.tap(id('start-button'));
  await page.tap(id('language-vi'));
  await page.tap(id('service-submit'));
  await page.tap(id('identify-manual'));
  await page.tap(id('manual-id-number'));
  await tapDigits(page, '079090001234');
  await page.tap(id('numpad-done'));
  await page.tap(id('manual-full-name'));
  await typeName(page);
  await page.tap(id('manual-birth-date'));
  await tapDigits(page, birthDate);
  await page.tap(id('numpad-done'));
  await page.tap(id('manual-sex-male'));
}

describe('identifying by hand when the card cannot be read', () => {
  it('names a birth-year mismatch, then reaches the procedures once fixed', async () => {
    const shots = screenshotDir('manual-identity');
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await typeDetails(page, '15031985');
    await expect
      .poll(() => page.inputValue(id('manual-birth-date')), SETTLED)
      .toBe('15/03/1985');
    await expect
      .poll(() => page.inputValue(id('manual-full-name')), SETTLED)
      .toBe('Lê văn an');

    await page.tap(id('manual-submit'));
    const mismatch = page.locator(id('manual-error-id-number'));
    await mismatch.waitFor();
    expect(await mismatch.textContent()).toContain(
      'Chữ số thứ 5 và 6 của số định danh là hai số cuối năm sinh',
    );
    expect(
      await page.getAttribute(id('manual-id-number'), 'aria-invalid'),
    ).toBe('true');
    await page.screenshot({ path: join(shots, '01-birth-year-mismatch.png') });

    // Correct the year; what was typed elsewhere is still there.
    await page.tap(id('manual-birth-date'));
    for (let i = 0; i < 4; i += 1) await page.tap(id('numpad-delete'));
    await tapDigits(page, '1990');
    await page.tap(id('numpad-done'));
    await expect
      .poll(() => page.inputValue(id('manual-id-number')), SETTLED)
      .toBe('079090001234');
    await page.tap(id('manual-submit'));

    await page.locator(id('procedure-residence-confirmation')).waitFor();
    await expect
      .poll(() => page.textContent(id('identity-name')), SETTLED)
      .toBe('LÊ VĂN AN');
    await page.screenshot({ path: join(shots, '02-procedures.png') });
    await context.close();
  });

  it('sends the dossier to central marked as typed by hand', async () => {
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await typeDetails(page, '15031990');
    await page.tap(id('manual-submit'));

    await page.tap(id('procedure-residence-confirmation'));
    // Typed details fill the form; the address is not on the card's face.
    await expect
      .poll(() => page.inputValue(id('field-fullName')), SETTLED)
      .toBe('LÊ VĂN AN');
    await expect
      .poll(() => page.inputValue(id('field-address')), SETTLED)
      .toBe('');
    await page.fill(id('field-address'), '12 Lê Lợi, Phường Sài Gòn');
    await page.fill(id('field-phone'), '0912345678');
    await page.tap(id('form-next'));
    await page.tap(id('submit-dossier'));
    await page.tap(id('consent-accept'));
    const code =
      (await page.locator(id('dossier-code')).textContent())?.trim() ?? '';

    await waitForLog(
      system.central,
      (l) => l['event'] === 'dossier-received' && l['code'] === code,
    );
    const stored = await fetch(
      `${system.central.url}/api/dossiers/${encodeURIComponent(code)}`,
    );
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({
      code,
      identitySource: 'manual',
    });
    await context.close();
  });
});
