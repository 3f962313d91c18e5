import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import type { KioskPage } from './kiosk-page';
import { devScan, devTap, tapTestId } from './kiosk-page';
import type { Language } from './kiosk-routes';
import {
  APPOINTMENT_DAY,
  holdTimers,
  id,
  toAppointmentConfirm,
  toAppointmentTimes,
  toDocuments,
  toForm,
  toHome,
  toIdentify,
  toLookupResult,
  toProcedures,
  toRatingAfterSlip,
  toReview,
  toService,
  toSlip,
} from './kiosk-routes';

export type { Language } from './kiosk-routes';
export {
  fillResidenceForm,
  OFFICE_MORNING,
  SAMPLE_ID,
  SAMPLE_NAME,
  toDocuments,
  toForm,
  toHome,
  toIdentify,
  toProcedures,
  toReview,
} from './kiosk-routes';

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
