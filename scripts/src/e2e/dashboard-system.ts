import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import type { RunningService } from '../services';
import { REPO_ROOT } from '../services';
import { connectAsPage, tokenPageDir } from './page-socket';
import { catalogApplied, startEnrolledPair, waitForLog } from './system';

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
  const { central, agent } = await startEnrolledPair(dataDir, {
    central: {
      MOTCUA_CENTRAL_DEV_STAFF: '1',
      MOTCUA_OFFLINE_AFTER_SECONDS: String(OFFLINE_AFTER_SECONDS),
      MOTCUA_DASHBOARD_DIR: dashboardDir(),
    },
    agent: { MOTCUA_APP_DIR: tokenPageDir(dataDir) },
  });
  await waitForLog(agent, catalogApplied);
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
