import { chromium } from 'playwright-core';

/**
 * Screenshot of the kiosk page through the browser's debugging endpoint
 * (Chromium started with `--remote-debugging-port` on loopback). Returns a
 * reason instead of an image when that is not possible.
 */
export async function captureKioskPage(
  cdpUrl: string | undefined,
  pageUrl: string,
): Promise<Buffer | string> {
  if (cdpUrl === undefined) {
    return 'no browser debugging endpoint configured (MOTCUA_CDP_URL)';
  }
  const browser = await chromium.connectOverCDP(cdpUrl, { timeout: 10_000 });
  try {
    const pages = browser.contexts().flatMap((context) => context.pages());
    const page = pages.find((candidate) => candidate.url().startsWith(pageUrl));
    if (page === undefined) return 'the kiosk page is not open in the browser';
    return await page.screenshot({ type: 'png' });
  } finally {
    // Disconnects without closing the kiosk's browser.
    await browser.close();
  }
}
