import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';

/**
 * The kiosk page with a hand on its socket to the agent: messages pass
 * through unchanged, except that a test can hold the page's
 * `dossier.submit` (to see the submitting screen) or cut the link (to see
 * the out-of-service screen).
 */
/**
 * The page renders after a tap, not during it: poll a changed text with
 * this until it settles instead of reading it once.
 */
export const SETTLED = { timeout: 10_000, interval: 50 };

export interface KioskPage {
  readonly page: Page;
  holdSubmits(): void;
  releaseSubmits(): void;
  /** Closes the socket and refuses reconnections from now on. */
  cut(): void;
}

export async function openKiosk(
  context: BrowserContext,
  url: string,
): Promise<KioskPage> {
  const page = await context.newPage();
  let holding = false;
  let cut = false;
  const held: (() => void)[] = [];
  const open = new Set<WebSocketRoute>();

  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) {
      void ws.close({ code: 1011, reason: 'cut by the test' });
      return;
    }
    open.add(ws);
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const forward = () => server.send(message);
      if (holding && String(message).includes('"dossier.submit"')) {
        held.push(forward);
      } else {
        forward();
      }
    });
    server.onMessage((message) => ws.send(message));
    ws.onClose(() => open.delete(ws));
  });

  await page.goto(url);
  await page.locator('[data-testid="start-button"]').waitFor();
  return {
    page,
    holdSubmits: () => {
      holding = true;
    },
    releaseSubmits: () => {
      holding = false;
      for (const forward of held.splice(0)) forward();
    },
    cut: () => {
      cut = true;
      for (const ws of open) void ws.close({ code: 1011, reason: 'cut' });
    },
  };
}

/** Opens the simulator's dev panel, taps one of its buttons, closes it. */
export async function devTap(page: Page, testId: string): Promise<void> {
  await page.tap('[data-testid="dev-panel-toggle"]');
  await page.tap(`[data-testid="${testId}"]`);
  await page.tap('[data-testid="dev-panel-toggle"]');
}

/** Scans `data` as if the resident held it under the simulated scanner. */
export async function devScan(page: Page, data: string): Promise<void> {
  await page.tap('[data-testid="dev-panel-toggle"]');
  await page.fill('[data-testid="dev-scan-input"]', data);
  await page.tap('[data-testid="dev-scan-submit"]');
  await page.tap('[data-testid="dev-panel-toggle"]');
}

export async function tapTestId(page: Page, testId: string): Promise<void> {
  await page.tap(`[data-testid="${testId}"]`);
}
