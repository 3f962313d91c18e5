import type { Page } from 'playwright-core';
import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import type { KioskPage } from './kiosk-page';
import { devScan, devTap, tapTestId } from './kiosk-page';

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
const APPOINTMENT_DAY = '2026-12-08';

/**
 * One screen of the kiosk and how to get there from the attract screen of
 * a freshly loaded page. Adding a screen to the walk is one entry here.
 */
export interface ScreenEntry {
  readonly name: string;
  readonly reach: (kiosk: KioskPage, language: Language) => Promise<void>;
  /** Visible once the screen is ready to be checked. */
  readonly ready: string;
  /** Undoes what `reach` changed in the shared agent (the printer). */
  readonly after?: (kiosk: KioskPage) => Promise<void>;
}

const id = (testId: string) => `[data-testid="${testId}"]`;

async function waitFor(page: Page, selector: string): Promise<void> {
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

async function toSlip(page: Page, language: Language) {
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

async function toRatingAfterSlip(page: Page, language: Language) {
  await toSlip(page, language);
  await tapTestId(page, 'slip-done');
  await waitFor(page, id('rating-5'));
}

async function toService(page: Page, language: Language, service: string) {
  await toHome(page, language);
  await tapTestId(page, `service-${service}`);
}

async function toAppointmentTimes(page: Page, language: Language) {
  await toService(page, language, 'queue');
  await tapTestId(page, 'queue-appointment');
  await tapTestId(page, `queue-date-${APPOINTMENT_DAY}`);
  await waitFor(page, id('queue-slot-09:30'));
}

async function toAppointmentConfirm(page: Page, language: Language) {
  await toAppointmentTimes(page, language);
  await tapTestId(page, 'queue-slot-09:30');
  await waitFor(page, id('queue-confirm'));
}

/** A dossier submitted, its slip's QR scanned from the home menu. */
async function toLookupResult(page: Page, language: Language) {
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
async function holdTimers(page: Page): Promise<void> {
  await page.clock.install({ time: new Date(OFFICE_MORNING) });
}

export const SCREENS: readonly ScreenEntry[] = [
  { name: 'attract', reach: async () => undefined, ready: id('start-button') },
  {
    name: 'language',
    reach: ({ page }) => tapTestId(page, 'start-button'),
    ready: id('language-vi'),
  },
  {
    name: 'home',
    reach: ({ page }, lang) => toHome(page, lang),
    ready: id('service-submit'),
  },
  {
    name: 'identify',
    reach: ({ page }, lang) => toIdentify(page, lang),
    ready: '.screen--identifying',
  },
  {
    name: 'identify-error',
    reach: async ({ page }, lang) => {
      await toIdentify(page, lang);
      await devScan(page, 'https://example.com');
    },
    ready: id('identity-error'),
  },
  {
    name: 'identify-manual',
    reach: async ({ page }, lang) => {
      await toIdentify(page, lang);
      await tapTestId(page, 'identify-manual');
      await tapTestId(page, 'manual-full-name');
    },
    ready: '.osk',
  },
  {
    name: 'identify-manual-error',
    reach: async ({ page }, lang) => {
      await toIdentify(page, lang);
      await tapTestId(page, 'identify-manual');
      await tapTestId(page, 'manual-submit');
    },
    ready: id('manual-errors'),
  },
  {
    name: 'procedures',
    reach: ({ page }, lang) => toProcedures(page, lang),
    ready: id('procedure-residence-confirmation'),
  },
  {
    name: 'form',
    reach: ({ page }, lang) => toForm(page, lang),
    ready: id('field-fullName'),
  },
  {
    name: 'form-keyboard',
    reach: async ({ page }, lang) => {
      await toForm(page, lang);
      await tapTestId(page, 'field-fullName');
    },
    ready: '.osk',
  },
  {
    name: 'form-error',
    reach: async ({ page }, lang) => {
      await toForm(page, lang);
      // Too short for a phone number.
      await page.fill(id('field-phone'), '09123');
      await tapTestId(page, 'form-next');
    },
    ready: id('form-errors'),
  },
  {
    name: 'review',
    reach: ({ page }, lang) => toReview(page, lang),
    ready: id('submit-dossier'),
  },
  {
    name: 'form-numpad',
    reach: async ({ page }, lang) => {
      await toForm(page, lang);
      await tapTestId(page, 'field-phone');
    },
    ready: id('numpad'),
  },
  {
    name: 'picklist',
    reach: async ({ page }, lang) => {
      await toProcedures(page, lang);
      await tapTestId(page, 'procedure-temporary-residence');
      await tapTestId(page, 'field-newWard');
    },
    ready: id('picklist-search'),
  },
  {
    name: 'attachments',
    reach: ({ page }, lang) => toDocuments(page, lang),
    ready: id('attach-scan-proofOfResidence'),
  },
  {
    name: 'attachments-scanned',
    reach: async ({ page }, lang) => {
      await toDocuments(page, lang);
      await tapTestId(page, 'attach-scan-proofOfResidence');
    },
    // Scanned, with its preview or the "no preview" note.
    ready: `${id('attach-document-proofOfResidence')}[data-state="scanned"]`,
  },
  {
    name: 'consent',
    reach: async ({ page }, lang) => {
      await toReview(page, lang);
      await tapTestId(page, 'submit-dossier');
    },
    ready: id('consent-text'),
  },
  {
    name: 'submitting',
    reach: async (kiosk, lang) => {
      await toReview(kiosk.page, lang);
      kiosk.holdSubmits();
      await tapTestId(kiosk.page, 'submit-dossier');
      await tapTestId(kiosk.page, 'consent-accept');
    },
    ready: '.screen--submitting',
    after: async (kiosk) => kiosk.releaseSubmits(),
  },
  {
    name: 'slip',
    reach: ({ page }, lang) => toSlip(page, lang),
    ready: id('slip-qr'),
  },
  {
    name: 'slip-paper-out',
    reach: async ({ page }, lang) => {
      await devTap(page, 'dev-printer-paperOut');
      await toSlip(page, lang);
    },
    ready: `${id('print-outcome')}[data-outcome="paperOut"]`,
    after: ({ page }) => devTap(page, 'dev-printer-ready'),
  },
  {
    name: 'rating-after-slip',
    reach: ({ page }, lang) => toRatingAfterSlip(page, lang),
    ready: id('rating-5'),
  },
  {
    name: 'done',
    reach: async ({ page }, lang) => {
      await toRatingAfterSlip(page, lang);
      await tapTestId(page, 'rating-skip');
    },
    ready: id('done-home'),
  },
  {
    name: 'lookup',
    reach: ({ page }, lang) => toService(page, lang, 'lookup'),
    ready: id('lookup-code-input'),
  },
  {
    name: 'lookup-error',
    reach: async ({ page }, lang) => {
      await toService(page, lang, 'lookup');
      await page.fill(id('lookup-code-input'), '12');
      await tapTestId(page, 'lookup-submit');
    },
    ready: id('lookup-error'),
  },
  {
    name: 'lookup-result',
    reach: ({ page }, lang) => toLookupResult(page, lang),
    ready: id('lookup-status'),
  },
  {
    name: 'queue',
    reach: ({ page }, lang) => toService(page, lang, 'queue'),
    ready: id('queue-walkin'),
  },
  {
    name: 'queue-walk-in-ticket',
    reach: async ({ page }, lang) => {
      await toService(page, lang, 'queue');
      await tapTestId(page, 'queue-walkin');
    },
    ready: id('ticket-number'),
  },
  {
    name: 'queue-appointment-date',
    reach: async ({ page }, lang) => {
      await toService(page, lang, 'queue');
      await tapTestId(page, 'queue-appointment');
    },
    ready: id(`queue-date-${APPOINTMENT_DAY}`),
  },
  {
    name: 'queue-appointment-time',
    reach: ({ page }, lang) => toAppointmentTimes(page, lang),
    ready: id('queue-slot-09:30'),
  },
  {
    name: 'queue-appointment-confirm',
    reach: ({ page }, lang) => toAppointmentConfirm(page, lang),
    ready: id('queue-confirm'),
  },
  {
    name: 'queue-appointment-ticket',
    reach: async ({ page }, lang) => {
      await toAppointmentConfirm(page, lang);
      await tapTestId(page, 'queue-confirm');
    },
    ready: id('ticket-when'),
  },
  {
    name: 'rating',
    reach: ({ page }, lang) => toService(page, lang, 'rating'),
    ready: id('rating-5'),
  },
  {
    name: 'rating-thanks',
    reach: async ({ page }, lang) => {
      await toService(page, lang, 'rating');
      await holdTimers(page);
      await tapTestId(page, 'rating-4');
    },
    ready: id('rating-done'),
  },
  {
    name: 'help',
    reach: ({ page }, lang) => toService(page, lang, 'help'),
    ready: id('help-panel'),
  },
  {
    name: 'help-called',
    reach: async ({ page }, lang) => {
      await toService(page, lang, 'help');
      await tapTestId(page, 'help-call');
    },
    // Staff called: the call button gone, "close" enabled again.
    ready: `${id('help-panel')}:not(:has(${id('help-call')})) ${id('help-done')}:enabled`,
  },
  {
    name: 'home-extra-large-high-contrast',
    reach: async ({ page }, lang) => {
      await toHome(page, lang);
      await tapTestId(page, 'a11y-text-size');
      await tapTestId(page, 'a11y-text-size');
      await tapTestId(page, 'a11y-contrast');
    },
    ready: `${id('a11y-text-size')}[data-size="extraLarge"]`,
  },
  {
    name: 'form-error-high-contrast',
    reach: async ({ page }, lang) => {
      await toForm(page, lang);
      await tapTestId(page, 'a11y-contrast');
      await page.fill(id('field-phone'), '09123');
      await tapTestId(page, 'form-next');
    },
    ready: id('form-errors'),
  },
  {
    name: 'idle-warning',
    reach: async ({ page }, lang) => {
      await toHome(page, lang);
      // Timers started from now on run on the fake clock; the tap restarts
      // the idle timer on it.
      await holdTimers(page);
      await page.tap('.screen__heading');
      await page.clock.fastForward(DELAYS.IDLE_WARNING);
    },
    ready: id('idle-warning'),
  },
  {
    name: 'out-of-service',
    reach: async (kiosk, lang) => {
      await toHome(kiosk.page, lang);
      kiosk.cut();
    },
    ready: id('out-of-service'),
  },
];
