import type { Page } from 'playwright-core';
import { devScan, devTap, tapTestId } from './kiosk-page';

// The ways from the attract screen of a fresh page to each screen, for the
// accessibility walk (kiosk-screens.ts) and the other browser tests.

export type Language = 'vi' | 'en';

/** The QR printed on the sample CCCD the simulator's dev panel scans. */
export const SAMPLE_NAME = 'NGUYỄN VĂN AN';
export const SAMPLE_ID = '079090001234';

/**
 * 09:00 on Monday 7 December 2026 in Ho Chi Minh City, a working day: the
 * walk is run with the agent's simulated clock (`MOTCUA_SIM_CLOCK`) and the
 * page's clock at this instant, so walk-in numbers and appointments are
 * open whenever it runs.
 */
export const OFFICE_MORNING = '2026-12-07T02:00:00.000Z';
/** The first open appointment day after `OFFICE_MORNING`. */
export const APPOINTMENT_DAY = '2026-12-08';

export const id = (testId: string) => `[data-testid="${testId}"]`;

export async function waitFor(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible' });
}

export async function toHome(page: Page, language: Language): Promise<void> {
  await tapTestId(page, 'start-button');
  await tapTestId(page, `language-${language}`);
  await waitFor(page, id('service-submit'));
}

export async function toIdentify(page: Page, language: Language) {
  await toHome(page, language);
  await tapTestId(page, 'service-submit');
  await waitFor(page, '.screen--identifying');
}

export async function toProcedures(page: Page, language: Language) {
  await toIdentify(page, language);
  await devTap(page, 'dev-scan-sample');
  await waitFor(page, id('procedure-residence-confirmation'));
}

export async function toForm(page: Page, language: Language) {
  await toProcedures(page, language);
  await tapTestId(page, 'procedure-residence-confirmation');
  await waitFor(page, id('field-fullName'));
}

export async function toReview(page: Page, language: Language) {
  await toForm(page, language);
  await page.fill(id('field-phone'), '0912345678');
  await tapTestId(page, 'form-next');
  await waitFor(page, id('submit-dossier'));
}

export async function toSlip(page: Page, language: Language) {
  await toReview(page, language);
  await tapTestId(page, 'submit-dossier');
  // The optional phone number asks for consent first.
  await tapTestId(page, 'consent-accept');
  await waitFor(page, id('dossier-code'));
}

/** A procedure with documents: the form filled, the ward picked. */
export async function toDocuments(page: Page, language: Language) {
  await toProcedures(page, language);
  await tapTestId(page, 'procedure-temporary-residence');
  await fillResidenceForm(page);
}

/** On the temporary residence form: fills it, picks the ward, goes on. */
export async function fillResidenceForm(page: Page): Promise<void> {
  await page.fill(id('field-newAddress'), '5 Lê Lợi');
  await page.fill(id('field-householdHeadName'), SAMPLE_NAME);
  await page.fill(id('field-relationshipToHead'), 'Con');
  await tapTestId(page, 'field-newWard');
  await page.fill(id('picklist-search'), 'sai gon');
  await tapTestId(page, 'picklist-option-26740');
  await tapTestId(page, 'form-next');
  await waitFor(page, id('attach-scan-proofOfResidence'));
}

export async function toRatingAfterSlip(page: Page, language: Language) {
  await toSlip(page, language);
  await tapTestId(page, 'slip-done');
  await waitFor(page, id('rating-5'));
}

export async function toService(
  page: Page,
  language: Language,
  service: string,
) {
  await toHome(page, language);
  await tapTestId(page, `service-${service}`);
}

export async function toAppointmentTimes(page: Page, language: Language) {
  await toService(page, language, 'queue');
  await tapTestId(page, 'queue-appointment');
  await tapTestId(page, `queue-date-${APPOINTMENT_DAY}`);
  await waitFor(page, id('queue-slot-09:30'));
}

export async function toAppointmentConfirm(page: Page, language: Language) {
  await toAppointmentTimes(page, language);
  await tapTestId(page, 'queue-slot-09:30');
  await waitFor(page, id('queue-confirm'));
}

/** A dossier submitted, its slip's QR scanned from the home menu. */
export async function toLookupResult(page: Page, language: Language) {
  await toSlip(page, language);
  const code = (await page.textContent(id('dossier-code')))?.trim() ?? '';
  await tapTestId(page, 'slip-done');
  await tapTestId(page, 'rating-skip');
  await tapTestId(page, 'done-home');
  await toHome(page, language);
  await devScan(page, code);
}

/**
 * Timers from now on run only when the test moves the page's clock, so a
 * screen that ends by itself (a rating's thanks) stays while it is checked.
 */
export async function holdTimers(page: Page): Promise<void> {
  await page.clock.install({ time: new Date(OFFICE_MORNING) });
}
