import { AxeBuilder } from '@axe-core/playwright';
import { PROTOCOL_VERSION } from '@motcua/protocol';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { RunningService } from '../services';
import { REPO_ROOT, startService } from '../services';
import { enrollmentEnv, waitForLog } from './system';

/**
 * Central declares a silent kiosk offline after this many seconds: short,
 * but above the agent's 10 s heartbeat, so that a connected kiosk never
 * looks offline between two heartbeats.
 */
export const OFFLINE_AFTER_SECONDS = 15;

/**
 * The dashboard central serves: `MOTCUA_DASHBOARD_DIR` when set (a private
 * build), else the standard `central/dist/dashboard` of `pnpm build`.
 */
export function dashboardDir(): string {
  const dir =
    process.env['MOTCUA_DASHBOARD_DIR'] ??
    join(REPO_ROOT, 'central/dist/dashboard');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`pnpm build\` first`);
  }
  return dir;
}

/**
 * The smallest kiosk page: the agent writes its per-boot token into it,
 * which is all the test needs to speak to the agent as the page does.
 */
function tokenPageDir(root: string): string {
  const dir = join(root, 'page');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta name="motcua-agent-token" ' +
      'content="__MOTCUA_AGENT_TOKEN__"><title>kiosk</title>\n',
  );
  return dir;
}

export interface DashboardSystem {
  readonly central: RunningService;
  readonly agent: RunningService;
  /** Sends a message to the agent as the kiosk page does; the answer. */
  ask(name: string, payload: object): Promise<Record<string, unknown>>;
  /** Changes the simulated printer as the page's dev panel does. */
  simPrinter(condition: 'ready' | 'paperOut'): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Central with the development staff accounts (admin, operator, viewer;
 * password = name) and a short offline time, and one agent in simulator
 * mode with its own virtual printer.
 */
export async function startDashboardSystem(): Promise<DashboardSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-dashboard-'));
  const enrollment = enrollmentEnv();
  const central = await startService({
    name: 'central',
    entry: 'central/src/main.ts',
    env: {
      MOTCUA_CENTRAL_PORT: '0',
      MOTCUA_CENTRAL_DATA: join(dataDir, 'central'),
      MOTCUA_CENTRAL_DEV_STAFF: '1',
      MOTCUA_OFFLINE_AFTER_SECONDS: String(OFFLINE_AFTER_SECONDS),
      MOTCUA_DASHBOARD_DIR: dashboardDir(),
      ...enrollment.central,
    },
  });
  const agent = await startService({
    name: 'agent',
    entry: 'kiosk-agent/src/main.ts',
    env: {
      MOTCUA_CENTRAL_URL: central.url,
      MOTCUA_AGENT_PORT: '0',
      MOTCUA_AGENT_DATA: join(dataDir, 'agent'),
      MOTCUA_APP_DIR: tokenPageDir(dataDir),
      MOTCUA_SIMULATOR: '1',
      MOTCUA_SIM_FAST: '1',
      ...enrollment.agent,
    },
  });
  await waitForLog(
    agent,
    (l) => l['event'] === 'push-applied' && l['kind'] === 'catalog',
  );
  let page: Socket | undefined;
  const ask = async (name: string, payload: object) => {
    page ??= await connectAsPage(agent.url);
    return (await page.emitWithAck(name, payload)) as Record<string, unknown>;
  };

  return {
    central,
    agent,
    ask,
    async simPrinter(condition) {
      const answer = await ask('sim.printer', { condition });
      if (answer['ok'] !== true) {
        throw new Error(`sim.printer: ${JSON.stringify(answer)}`);
      }
    },
    async stop() {
      page?.close();
      await agent.stop();
      await central.stop();
    },
  };
}

async function connectAsPage(url: string): Promise<Socket> {
  const html = await (await fetch(`${url}/`)).text();
  const token = /name="motcua-agent-token" content="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the agent served no page token');
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { origin: url },
    auth: { token, protocolVersion: PROTOCOL_VERSION },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('agent.hello', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Logs in through the dashboard's form and waits for the account line. */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', username);
  await page.click('[data-testid="login-form"] button[type="submit"]');
  await page
    .locator('[data-testid="staff-account"]', { hasText: username })
    .waitFor();
}

/** WCAG 2.2 AA violations on the page, one line per element. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  if (result.passes.length < 10) throw new Error('axe checked almost nothing');
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`,
    ),
  );
}
