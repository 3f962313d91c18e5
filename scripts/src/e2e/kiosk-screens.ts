import type { Page } from 'playwright-core';
import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import type { KioskPage } from './kiosk-page';
import { devScan, devTap, tapTestId } from './kiosk-page';

export type Language = 'vi' | 'en';

/** The QR printed on the sample CCCD the simulator's dev panel scans. */
export const SAMPLE_NAME = 'NGUYỄN VĂN AN';
export const SAMPLE_ID = '079090001234';

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
    name: 'manual-identity-error',
    reach: async ({ page }, lang) => {
      await toIdentify(page, lang);
      await tapTestId(page, 'identify-manual');
      await tapTestId(page, 'manual-submit');
    },
    ready: id('manual-errors'),
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
    name: 'queue',
    reach: ({ page }, lang) => toService(page, lang, 'queue'),
    ready: id('queue-walkin'),
  },

  {
    name: 'rating',
    reach: ({ page }, lang) => toService(page, lang, 'rating'),
    ready: id('rating-5'),
  },
  {
    name: 'help',
    reach: ({ page }, lang) => toService(page, lang, 'help'),
    ready: id('help-panel'),
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
      await page.clock.install();
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
