import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import { openKiosk, tapTestId } from './kiosk-page';
import { toHome, toIdentify } from './kiosk-screens';
import { devScan } from './kiosk-page';
import { useKioskSystem } from './use-system';
import { kioskContext } from './system';

/** Assisted mode stretches every session timer by this much. */
const ASSISTED = 3;

/**
 * Replaces the browser's speechSynthesis before the page loads with one that
 * records each utterance (text and language) in `window.__spoken`. Runs in
 * the page, so it is a string: the scripts package has no DOM types.
 */
const RECORDING_SYNTH = `
  window.__spoken = [];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); },
      cancel() {},
      getVoices() { return []; },
      addEventListener() {},
    },
  });
`;

interface Spoken {
  text: string;
  lang: string;
}

function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate('window.__spoken') as Promise<Spoken[]>;
}

const system = useKioskSystem();

describe('a resident who turns on assisted mode', () => {
  it('hears the screen, a scan error and the idle countdown in English', async () => {
    const context = await kioskContext(system.browser);
    await context.addInitScript(RECORDING_SYNTH);
    const { page } = await openKiosk(context, system.agent.url);

    await toHome(page, 'en');
    await tapTestId(page, 'a11y-assisted');
    await expect
      .poll(() => spoken(page))
      .toContainEqual({
        text: 'What would you like to do? Tap one of the services below.',
        lang: 'en-US',
      });

    await tapTestId(page, 'service-submit');
    await devScan(page, 'https://example.com');
    await expect
      .poll(() => spoken(page))
      .toContainEqual({
        text: 'That code is not the QR code of a citizen ID card.',
        lang: 'en-US',
      });

    // The idle timer restarts on the fake clock with the next tap.
    await page.clock.install();
    await page.tap('.screen__heading');
    await page.clock.fastForward(DELAYS.IDLE_WARNING);
    expect(await page.locator('[data-testid="idle-warning"]').count()).toBe(0);
    await page.clock.fastForward(DELAYS.IDLE_WARNING * (ASSISTED - 1));
    await page.locator('[data-testid="idle-warning"]').waitFor();

    const seconds = (DELAYS.IDLE_EXPIRY * ASSISTED) / 1000;
    await expect
      .poll(() => spoken(page))
      .toContainEqual({
        text: `Are you still there? This session ends in ${String(seconds)} seconds.`,
        lang: 'en-US',
      });
    await page.clock.runFor(10_000);
    await expect
      .poll(() => spoken(page))
      .toContainEqual({
        text: `${String(seconds - 10)} seconds left.`,
        lang: 'en-US',
      });
    await context.close();
  });

  it('keeps working in a browser with no voice at all', async () => {
    const context = await kioskContext(system.browser);
    const { page } = await openKiosk(context, system.agent.url);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await toIdentify(page, 'vi');
    await tapTestId(page, 'a11y-assisted');
    await tapTestId(page, 'a11y-speak');
    await devScan(page, 'https://example.com');
    await page.locator('[data-testid="identity-error"]').waitFor();

    expect(
      await page.getAttribute('[data-testid="a11y-assisted"]', 'aria-pressed'),
    ).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
