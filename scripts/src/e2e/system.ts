import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { RunningService } from '../services';
import { REPO_ROOT, startService } from '../services';

export const CHROMIUM = process.env['MOTCUA_CHROMIUM'] ?? '/usr/bin/chromium';
export const ARTIFACTS = join(REPO_ROOT, 'artifacts');

export interface System {
  readonly central: RunningService;
  readonly agent: RunningService;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** Extra environment for the agent (faults, printer address). */
  readonly agentEnv?: Record<string, string>;
  /** Where central listens; a free port by default. */
  readonly centralPort?: number;
}

/** Environment that enrolls KIOSK-DEV-01 with a fresh one-time token. */
export function enrollmentEnv(): {
  central: Record<string, string>;
  agent: Record<string, string>;
} {
  const token = randomBytes(32).toString('base64url');
  return {
    central: {
      MOTCUA_BOOTSTRAP_KIOSK: 'KIOSK-DEV-01',
      MOTCUA_BOOTSTRAP_WARD: 'Phường Sài Gòn',
      MOTCUA_BOOTSTRAP_ADDRESS: '86 Lê Thánh Tôn, Phường Sài Gòn',
      MOTCUA_BOOTSTRAP_TOKEN: token,
    },
    agent: { MOTCUA_ENROLL_TOKEN: token },
  };
}

/**
 * Central and one agent in simulator mode enrolled to it, with their data
 * under `dataDir`; `extra` adds to (or overrides) each one's environment.
 */
export async function startEnrolledPair(
  dataDir: string,
  extra: { central: Record<string, string>; agent: Record<string, string> },
): Promise<{ central: RunningService; agent: RunningService }> {
  const enrollment = enrollmentEnv();
  const central = await startService({
    name: 'central',
    entry: 'central/src/main.ts',
    env: {
      MOTCUA_CENTRAL_PORT: '0',
      MOTCUA_CENTRAL_DATA: join(dataDir, 'central'),
      ...extra.central,
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
      MOTCUA_SIMULATOR: '1',
      MOTCUA_SIM_FAST: '1',
      ...enrollment.agent,
      ...extra.agent,
    },
  });
  return { central, agent };
}

/** Central and one agent in simulator mode, on free ports and fresh data. */
export async function startSystem(
  options: SystemOptions = {},
): Promise<System> {
  // MOTCUA_APP_DIR (read by the agent too) points at a private build.
  const appDir =
    process.env['MOTCUA_APP_DIR'] ?? join(REPO_ROOT, 'kiosk-app/dist');
  for (const dist of [join(appDir, 'index.html')]) {
    if (!existsSync(dist)) {
      throw new Error(`${dist} is missing: run \`pnpm build\` first`);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const { central, agent } = await startEnrolledPair(dataDir, {
    central: { MOTCUA_CENTRAL_PORT: String(options.centralPort ?? 0) },
    agent: options.agentEnv ?? {},
  });
  return {
    central,
    agent,
    async stop() {
      await agent.stop();
      await central.stop();
    },
  };
}

/** The agent's log line once it holds a procedure catalog from central. */
export const catalogApplied = (line: Record<string, unknown>): boolean =>
  line['event'] === 'push-applied' && line['kind'] === 'catalog';

/** Resolves at the first log line (past or future) that matches. */
export function waitForLog(
  service: RunningService,
  matches: (line: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const seen = service.lines.find(matches);
  if (seen !== undefined) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const stdout = service.child.stdout;
    const onExit = () => {
      stdout?.off('data', onData);
      reject(new Error(`${service.name} exited`));
    };
    // Lines are parsed on the same stream; look again after each chunk.
    const onData = () =>
      setImmediate(() => {
        const found = service.lines.find(matches);
        if (found === undefined) return;
        stdout?.off('data', onData);
        service.child.off('exit', onExit);
        resolve(found);
      });
    service.child.once('exit', onExit);
    stdout?.on('data', onData);
  });
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A portrait 32-inch kiosk panel with a touch screen. */
export function kioskContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

export function screenshotDir(name: string): string {
  const dir = join(ARTIFACTS, 'screenshots', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
