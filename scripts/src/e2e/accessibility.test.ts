import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKiosk } from './kiosk-page';
import type { Language } from './kiosk-screens';
import { OFFICE_MORNING, SCREENS } from './kiosk-screens';
import type { System } from './system';
import {
  kioskContext,
  launchChromium,
  screenshotDir,
  startSystem,
  waitForLog,
} from './system';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const LANGUAGES: readonly Language[] = ['vi', 'en'];

let system: System;
let browser: Browser;

beforeAll(async () => {
  // A working-day morning, so the queue's screens open (walk-in numbers
  // are refused outside office hours).
  system = await startSystem({
    agentEnv: { MOTCUA_SIM_CLOCK: OFFICE_MORNING },
  });
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

/** One line per violation and element, so a failure says what to fix. */
function describeViolations(
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`,
    ),
  );
}

describe.each(LANGUAGES)('every kiosk screen in %s', (language) => {
  const shots = screenshotDir(join('kiosk', language));
  mkdirSync(shots, { recursive: true });

  it.each(SCREENS.map((screen) => [screen.name, screen] as const))(
    'has no axe violations on the %s screen',
    async (_, screen) => {
      const context = await kioskContext(browser);
      // The page counts appointment days from the agent's morning.
      await context.clock.setFixedTime(new Date(OFFICE_MORNING));
      const kiosk = await openKiosk(context, system.agent.url);
      try {
        try {
          await screen.reach(kiosk, language);
          await kiosk.page
            .locator(screen.ready)
            .first()
            .waitFor({ state: 'visible' });
        } catch (error) {
          // Where the walk got stuck, for whoever reads the failure.
          await kiosk.page.screenshot({
            path: join(shots, `${screen.name}-stuck.png`),
          });
          throw error;
        }

        const result = await new AxeBuilder({ page: kiosk.page })
          .withTags(TAGS)
          .analyze();
        await kiosk.page.screenshot({
          path: join(shots, `${screen.name}.png`),
        });

        expect(describeViolations(result.violations)).toEqual([]);
        // The checks ran on a real page, not an empty one.
        expect(result.passes.length).toBeGreaterThan(10);
      } finally {
        await screen.after?.(kiosk);
        await context.close();
      }
    },
  );
});
