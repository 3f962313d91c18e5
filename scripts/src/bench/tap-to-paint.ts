/**
 * Tap to next screen painted, p95, against the 100 ms budget in DESIGN.md.
 *
 *   npx tsx scripts/src/bench/tap-to-paint.ts [rounds]
 *
 * Central and an agent in simulator mode serve the built page (kiosk-app/dist,
 * or MOTCUA_APP_DIR) to Debian Chromium at 1080×1920 with touch. Each round
 * taps through several screens: attract, language, the home menu, status
 * lookup, queue, the dossier flow up to the form, the on-screen keypad (ten
 * digits), the text-size control, review, and cancel back to attract.
 *
 * Method, in the page (performance marks, no Node timing): a capturing
 * `pointerdown` listener records the event's timeStamp; after the tap's
 * `click` the first DOM mutation (MutationObserver) requests an animation
 * frame, and the time at that frame's callback, the first frame that can
 * show the change, ends the measure (`performance.measure('tap-to-paint')`).
 * Taps that change nothing in the DOM are not counted. Exits with 1 when
 * p95 is over budget.
 */
import type { Page } from 'playwright-core';
import {
  launchChromium,
  kioskContext,
  startSystem,
  waitForLog,
} from '../e2e/system';
import { devTap, openKiosk, tapTestId } from '../e2e/kiosk-page';
import { percentile, verdict } from './stats';

const BUDGET_MS = 100;

const RECORDER = `
  window.__taps = [];
  let start = null;
  let clicked = false;
  addEventListener('pointerdown', (e) => {
    start = e.timeStamp;
    clicked = false;
    performance.mark('tap-start', { startTime: e.timeStamp });
  }, { capture: true });
  addEventListener('click', () => { clicked = true; }, { capture: true });
  new MutationObserver(() => {
    if (start === null || !clicked) return;
    const began = start;
    start = null;
    requestAnimationFrame(() => {
      const end = performance.now();
      performance.measure('tap-to-paint', { start: began, end });
      window.__taps.push(end - began);
    });
  }).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
`;

let counted = 0;
let skipped = 0;

/** One measured tap: waits until the page recorded it (or 5 s passed). */
async function tap(page: Page, testId: string): Promise<void> {
  await tapTestId(page, testId);
  try {
    await page.waitForFunction(
      `window.__taps.length > ${String(counted)}`,
      undefined,
      {
        timeout: 5_000,
      },
    );
    counted += 1;
  } catch {
    skipped += 1;
  }
}

async function round(page: Page): Promise<void> {
  await tap(page, 'start-button');
  await tap(page, 'language-vi');
  await tap(page, 'service-lookup');
  await tap(page, 'back');
  await tap(page, 'service-queue');
  await tap(page, 'back');
  await tap(page, 'service-submit');
  // The scan comes from the simulator, not a tap: not measured.
  await devTap(page, 'dev-scan-sample');
  counted = Number(await page.evaluate('window.__taps.length'));
  await page
    .locator('[data-testid="procedure-residence-confirmation"]')
    .waitFor();
  await tap(page, 'procedure-residence-confirmation');
  await tap(page, 'field-phone');
  for (const digit of '0912345678') await tap(page, `osk-key-${digit}`);
  await tap(page, 'a11y-text-size');
  await tap(page, 'a11y-text-size');
  await tap(page, 'a11y-text-size');
  await tap(page, 'form-next');
  await tap(page, 'cancel');
  await tap(page, 'cancel-confirm');
  await page.locator('[data-testid="start-button"]').waitFor();
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? '5');
  const system = await startSystem();
  const browser = await launchChromium();
  try {
    await waitForLog(
      system.agent,
      (l) => l['event'] === 'push-applied' && l['kind'] === 'catalog',
    );
    const context = await kioskContext(browser);
    await context.addInitScript(RECORDER);
    const { page } = await openKiosk(context, system.agent.url);
    // One unmeasured round warms up the page (code paths, fonts, catalog).
    await round(page);
    const warmUp = Number(await page.evaluate('window.__taps.length'));
    for (let i = 0; i < rounds; i += 1) await round(page);

    const all = (await page.evaluate('window.__taps')) as number[];
    const times = all.slice(warmUp);
    const stats = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
    };
    const pass = stats.p95 <= BUDGET_MS;
    console.log(
      `taps: ${String(times.length)} measured (${String(skipped)} without a DOM change)`,
    );
    console.log(
      `tap-to-paint p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms (budget p95 ≤ ${String(BUDGET_MS)} ms): ${verdict(pass)}`,
    );
    if (!pass) process.exitCode = 1;
  } finally {
    await browser.close();
    await system.stop();
  }
}

await main();
