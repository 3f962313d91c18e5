import type { Browser, CDPSession, Page } from 'playwright-core';

// The dashboard side of the dashboard load benchmark: one logged-in
// Chromium page at 1920×1080, measured in the page (performance.now(),
// requestAnimationFrame) and through the DevTools protocol.

export interface BoardNumbers {
  /** Navigation start → the frame with every kiosk counted. */
  readonly boardMs: number;
  /** Navigation start → the staff socket created; → its snapshot received. */
  readonly socketMs: number;
  readonly snapshotMs: number;
  /** The snapshot frame's length, in characters. */
  readonly snapshotChars: number;
  /** Main-thread task time ÷ wall time over the window (CDP TaskDuration). */
  readonly busyShare: number;
  /** The part of it running JavaScript (CDP ScriptDuration). */
  readonly scriptShare: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** JS heap in use at the end of the window, after a collection. */
  readonly heapMb: number;
  /** Click on a status chip → the next frame painted, per round. */
  readonly filterApplyMs: number[];
  readonly filterClearMs: number[];
}

export interface BoardPage {
  readonly page: Page;
  measure(windowSeconds: number): Promise<BoardNumbers>;
  close(): Promise<void>;
}

// Page scripts are text: this package has no DOM types, and CDP's
// evaluate runs them whatever the page's content security policy says.

/**
 * Collects long tasks (over 50 ms) from the start of the page, and notes
 * when the staff socket opened and when the snapshot frame arrived.
 */
const RECORDER = `
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      window.motcuaSocketAt ??= performance.now();
      this.addEventListener('message', (event) => {
        if (window.motcuaSnapshotAt !== undefined) return;
        if (typeof event.data !== 'string') return;
        if (!event.data.startsWith('42/staff,["dashboard.snapshot"')) return;
        window.motcuaSnapshotAt = performance.now();
        window.motcuaSnapshotBytes = event.data.length;
      });
    }
  };
  window.motcuaLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.motcuaLongTasks.push(entry.duration);
    }
  }).observe({ type: 'longtask' });
`;

/**
 * Resolves, in the animation frame callback of the first frame that shows
 * tiles and counts adding up to \`expected\`, with performance.now() (from
 * the navigation's start).
 */
const boardPainted = (expected: number) => `
  new Promise((resolve) => {
    const check = () => {
      let total = 0;
      const values = document.querySelectorAll(
        '[data-testid^="count-"][data-testid$="-value"]',
      );
      for (const value of values) total += Number(value.textContent);
      const tiles = document.querySelectorAll('[data-testid="kiosk-tile"]');
      if (total === ${String(expected)} && tiles.length > 0) {
        resolve(performance.now());
      } else {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  })
`;

/**
 * Clicks a status chip (a toggle) and times until the frame after the
 * change has been painted: rAF, then a task after that frame.
 */
const clickChipScript = (status: string) => `
  (async () => {
    const chip = document.querySelector('[data-testid="count-${status}"]');
    if (chip === null) throw new Error('no ${status} chip');
    const pressed = chip.getAttribute('aria-pressed');
    const started = performance.now();
    chip.click();
    await new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(resolve, 0)),
    );
    if (chip.getAttribute('aria-pressed') === pressed) {
      throw new Error('the filter did not change');
    }
    return performance.now() - started;
  })()
`;

/** Logs in as `admin` over HTTP, then opens the board: the count must be `count`. */
export async function openBoard(
  browser: Browser,
  url: string,
  password: string,
  count: number,
): Promise<BoardPage & { readonly boardMs: number }> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const login = await context.request.post(`${url}/api/session`, {
    data: { username: 'admin', password },
    headers: { origin: url },
  });
  if (login.status() !== 200) throw new Error(`login ${login.status()}`);
  const page = await context.newPage();
  await page.addInitScript(RECORDER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const boardMs = Number(await page.evaluate(boardPainted(count)));
  const [socketMs, snapshotMs, snapshotChars] = (await page.evaluate(
    '[window.motcuaSocketAt, window.motcuaSnapshotAt, window.motcuaSnapshotBytes]',
  )) as number[];
  const opened = {
    boardMs,
    socketMs: socketMs ?? Number.NaN,
    snapshotMs: snapshotMs ?? Number.NaN,
    snapshotChars: snapshotChars ?? Number.NaN,
  };

  return {
    page,
    boardMs,
    measure: (windowSeconds) => measure(page, cdp, opened, windowSeconds),
    close: () => context.close(),
  };
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((metric) => [metric.name, metric.value]));
}

async function measure(
  page: Page,
  cdp: CDPSession,
  opened: Pick<
    BoardNumbers,
    'boardMs' | 'socketMs' | 'snapshotMs' | 'snapshotChars'
  >,
  windowSeconds: number,
): Promise<BoardNumbers> {
  const before = await metrics(cdp);
  const longBefore = Number(
    await page.evaluate('window.motcuaLongTasks.length'),
  );
  await new Promise((resolve) => setTimeout(resolve, windowSeconds * 1000));
  const after = await metrics(cdp);
  const long = (await page.evaluate(
    `window.motcuaLongTasks.slice(${String(longBefore)})`,
  )) as number[];
  const delta = (name: string) =>
    (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const wall = delta('Timestamp');

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await metrics(cdp)).get('JSHeapUsedSize') ?? Number.NaN;

  const filterApplyMs: number[] = [];
  const filterClearMs: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    filterApplyMs.push(await clickChip(page, 'offline'));
    filterClearMs.push(await clickChip(page, 'offline'));
  }
  return {
    ...opened,
    busyShare: delta('TaskDuration') / wall,
    scriptShare: delta('ScriptDuration') / wall,
    longTasks: long.length,
    longTaskMs: long.reduce((sum, ms) => sum + ms, 0),
    heapMb: heap / 2 ** 20,
    filterApplyMs,
    filterClearMs,
  };
}

async function clickChip(page: Page, status: string): Promise<number> {
  await page.waitForTimeout(300);
  return Number(await page.evaluate(clickChipScript(status)));
}
