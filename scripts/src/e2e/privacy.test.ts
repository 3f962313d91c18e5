import { PROTOCOL_VERSION } from '@motcua/protocol';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELAYS } from '../../../kiosk-app/src/flows/submit-dossier/delays';
import { openKiosk, tapTestId } from './kiosk-page';
import { toForm } from './kiosk-screens';
import { personalTraces } from './personal-traces';
import type { System } from './system';
import {
  kioskContext,
  launchChromium,
  startSystem,
  waitForLog,
} from './system';

let system: System;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = await launchChromium();
  await waitForLog(
    system.agent,
    (l) => l['event'] === 'push-applied' && l['kind'] === 'catalog',
  );
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function heldDocuments(): Promise<number> {
  const response = await fetch(`${system.agent.url}/sim/session`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { heldDocuments: number }).heldDocuments;
}

/**
 * Scans a document into the agent's resident session over a second page
 * connection (same token, same origin), as the attachments step does.
 * TODO(privacy-attachments): scan through the page's own attachments step
 * once it exists, instead of this second connection.
 */
async function scanDocument(page: Page): Promise<void> {
  const token = await page.getAttribute(
    'meta[name="motcua-agent-token"]',
    'content',
  );
  const url = system.agent.url;
  const socket: Socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: url },
    auth: { token, protocolVersion: PROTOCOL_VERSION },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('agent.hello', () => resolve());
      socket.once('connect_error', reject);
    });
    const answer = (await socket
      .timeout(10_000)
      .emitWithAck('document.scan', { requirementId: 'proof' })) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(true);
  } finally {
    socket.close();
  }
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
    const context = await kioskContext(browser);
    const { page } = await openKiosk(context, system.agent.url);

    await toForm(page, 'en');
    await tapTestId(page, 'a11y-text-size');
    await tapTestId(page, 'a11y-contrast');
    await page.fill('[data-testid="field-phone"]', '0912345678');
    await scanDocument(page);
    expect(await heldDocuments()).toBe(1);
    // The check below can see personal data where it is.
    const before = await page.evaluate('window.__motcuaTest.snapshot()');
    expect(personalTraces(String(before))).not.toEqual([]);
    expect(personalTraces(await page.content())).not.toEqual([]);

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
    expect(personalTraces(await page.content())).toEqual([]);
    expect(personalTraces(await page.innerText('body'))).toEqual([]);
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
