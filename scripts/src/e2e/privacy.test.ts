import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import { openKiosk, tapTestId } from './kiosk-page';
import { toDocuments } from './kiosk-screens';
import { personalTraces } from './personal-traces';
import { useKioskSystem } from './use-system';
import { kioskContext, waitForLog } from './system';

const system = useKioskSystem();

async function heldDocuments(): Promise<number> {
  const response = await fetch(`${system.agent.url}/sim/session`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { heldDocuments: number }).heldDocuments;
}

/** The DOM as markup, as rendered text and with every field's value. */
async function pageText(page: Page): Promise<string> {
  const values = (await page.evaluate(
    `[...document.querySelectorAll('input, textarea, select')]
      .map((field) => field.value)`,
  )) as string[];
  return [await page.content(), await page.innerText('body'), ...values].join(
    '\n',
  );
}

/** Everything the browser keeps for the page, as one text. */
async function browserStorage(
  page: Page,
  context: BrowserContext,
): Promise<string> {
  const inPage = (await page.evaluate(`(async () => {
    const dump = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k));
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexedDb: dbs.map((d) => d.name),
      caches: await caches.keys(),
    };
  })()`)) as Record<string, string[]>;
  const cookies = await context.cookies();
  return JSON.stringify({ ...inPage, cookies });
}

describe('a resident who walks away in the middle of a dossier', () => {
  it('leaves nothing personal in the page, the browser or the agent', async () => {
    const context = await kioskContext(system.browser);
    const { page } = await openKiosk(context, system.agent.url);

    // Card scanned, form filled, one document scanned at the kiosk.
    await toDocuments(page, 'en');
    await tapTestId(page, 'a11y-text-size');
    await tapTestId(page, 'a11y-contrast');
    await tapTestId(page, 'attach-scan-proofOfResidence');
    await page
      .locator(
        '[data-testid="attach-document-proofOfResidence"][data-state="scanned"]',
      )
      .waitFor();
    expect(await heldDocuments()).toBe(1);
    // Back to the form, which shows the card's data.
    await tapTestId(page, 'back');
    await page.locator('[data-testid="field-fullName"]').waitFor();
    // The checks below can see personal data where it is.
    const before = await page.evaluate('window.__motcuaTest.snapshot()');
    expect(personalTraces(String(before))).not.toEqual([]);
    expect(personalTraces(await pageText(page))).not.toEqual([]);

    // The resident leaves. The next idle timer runs on the fake clock.
    await page.clock.install();
    await page.tap('.screen__heading');
    await page.clock.fastForward(DELAYS.IDLE_WARNING);
    await page.locator('[data-testid="idle-warning"]').waitFor();
    await page.clock.fastForward(DELAYS.IDLE_EXPIRY);
    await page.locator('[data-testid="start-button"]').waitFor();
    await waitForLog(system.agent, (l) => l['event'] === 'session-ended');

    const snapshot = String(
      await page.evaluate('window.__motcuaTest.snapshot()'),
    );
    expect(personalTraces(snapshot)).toEqual([]);
    expect(JSON.parse(snapshot)).toMatchObject({
      value: 'attract',
      context: { language: 'vi' },
    });
    expect(personalTraces(await pageText(page))).toEqual([]);
    expect(personalTraces(await browserStorage(page, context))).toEqual([]);
    expect(await page.evaluate('document.documentElement.dataset')).toEqual({
      textSize: 'normal',
      contrast: 'normal',
      assisted: 'off',
    });
    await expect.poll(heldDocuments).toBe(0);
    await context.close();
  });
});
