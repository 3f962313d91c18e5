import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningService } from '../services';
import type { DashboardSystem } from './dashboard-system';
import { logIn, startDashboardSystem } from './dashboard-system';
import type { System, SystemOptions } from './system';
import {
  catalogApplied,
  launchChromium,
  startSystem,
  waitForLog,
} from './system';

/** The running system and browser of one test file, once `beforeAll` ran. */
export interface KioskSystem {
  readonly central: RunningService;
  readonly agent: RunningService;
  readonly browser: Browser;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started yet`);
  return value;
}

/**
 * Starts central, one simulated agent (with `options`) and Chromium before
 * the file's tests, once the agent holds the catalog, and stops them after.
 */
export function useKioskSystem(options: SystemOptions = {}): KioskSystem {
  let system: System | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    system = await startSystem(options);
    browser = await launchChromium();
    await waitForLog(system.agent, catalogApplied);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  return {
    get central() {
      return started(system, 'the system').central;
    },
    get agent() {
      return started(system, 'the system').agent;
    },
    get browser() {
      return started(browser, 'the browser');
    },
  };
}

/** The dashboard system, Chromium and a way in for a staff member. */
export interface DashboardTestSystem extends Omit<DashboardSystem, 'stop'> {
  readonly browser: Browser;
  /** A desktop page of the dashboard, logged in as `username`. */
  staffPage(username: string): Promise<Page>;
}

/**
 * Starts the dashboard system (central with staff accounts, one simulated
 * agent) and Chromium before the file's tests, and stops them after.
 */
export function useDashboardSystem(): DashboardTestSystem {
  let system: DashboardSystem | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    system = await startDashboardSystem();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  const running = () => started(system, 'the dashboard system');
  return {
    get central() {
      return running().central;
    },
    get agent() {
      return running().agent;
    },
    get browser() {
      return started(browser, 'the browser');
    },
    ask: (name, payload) => running().ask(name, payload),
    simPrinter: (condition) => running().simPrinter(condition),
    async staffPage(username) {
      const context = await started(browser, 'the browser').newContext({
        viewport: { width: 1920, height: 1080 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const page = await context.newPage();
      await page.goto(running().central.url);
      await logIn(page, username);
      return page;
    },
  };
}
