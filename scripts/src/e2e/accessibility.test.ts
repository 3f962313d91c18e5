import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devTap, openKiosk, tapTestId } from './kiosk-page';
import type { Language } from './kiosk-screens';
import {
  fillResidenceForm,
  OFFICE_MORNING,
  SCREENS,
  toHome,
} from './kiosk-screens';
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
          // The simulator's dev panel is a chunk of its own: checked too.
          await kiosk.page
            .locator('[data-testid="dev-panel-toggle"]')
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

/**
 * Every element of `root` that shows text of its own, with the computed
 * font size (px) and colours, as `getComputedStyle` gives them.
 */
async function textStyles(page: Page, root: string): Promise<TextStyle[]> {
  return (await page.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(root)});
    if (root === null) throw new Error('no ${root}');
    return [root, ...root.querySelectorAll('*')]
      .filter((el) => [...el.childNodes].some(
        (n) => n.nodeType === 3 && n.textContent.trim() !== '',
      ) || el.tagName === 'INPUT')
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const s = getComputedStyle(el);
        return {
          name: el.getAttribute('data-testid') ?? el.className ?? el.tagName,
          fontSize: parseFloat(s.fontSize),
          color: s.color,
          background: s.backgroundColor,
          border: s.borderTopColor,
        };
      });
  })()`)) as TextStyle[];
}

interface TextStyle {
  readonly name: string;
  readonly fontSize: number;
  readonly color: string;
  readonly background: string;
  readonly border: string;
}

/** The high-contrast palette of tokens.css (plus transparent). */
const HIGH_CONTRAST = new Set([
  'rgb(255, 255, 255)',
  'rgb(0, 0, 0)',
  'rgb(255, 255, 0)',
  'rgb(92, 92, 92)',
  'rgb(255, 158, 158)',
  'rgba(0, 0, 0, 0)',
]);
/** The smallest scaled text token (24 px caption) at extra large (×1.75). */
const EXTRA_LARGE_MIN_PX = 24 * 1.75;

/** Text that did not grow, or a colour outside the high-contrast palette. */
function offTokens(styles: readonly TextStyle[]): string[] {
  return styles.flatMap((style) => [
    ...(style.fontSize < EXTRA_LARGE_MIN_PX
      ? [`${style.name}: ${String(style.fontSize)}px text`]
      : []),
    ...(['color', 'background', 'border'] as const)
      .filter((key) => !HIGH_CONTRAST.has(style[key]))
      .map((key) => `${style.name}: ${key} ${style[key]}`),
  ]);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return describeViolations(result.violations);
}

describe('extra-large text and high contrast', () => {
  it('reach the form, the pick-list and the documents step, with no axe violation', async () => {
    const shots = screenshotDir(join('kiosk', 'vi'));
    const context = await kioskContext(browser);
    await context.clock.setFixedTime(new Date(OFFICE_MORNING));
    const { page } = await openKiosk(context, system.agent.url);
    try {
      await toHome(page, 'vi');
      await tapTestId(page, 'a11y-text-size');
      await tapTestId(page, 'a11y-text-size');
      await tapTestId(page, 'a11y-contrast');
      await page
        .locator('[data-testid="a11y-text-size"][data-size="extraLarge"]')
        .waitFor();
      await tapTestId(page, 'service-submit');
      await page.locator('.screen--identifying').waitFor();
      await devTap(page, 'dev-scan-sample');
      await tapTestId(page, 'procedure-temporary-residence');
      await page.locator('[data-testid="field-newAddress"]').waitFor();

      const form = await textStyles(page, '.form');
      const formAxe = await axeViolations(page);
      await page.screenshot({ path: join(shots, 'xl-contrast-form.png') });

      // The pick-list with the ward already chosen: its pressed option too.
      await tapTestId(page, 'field-newWard');
      await page.fill('[data-testid="picklist-search"]', 'sai gon');
      await tapTestId(page, 'picklist-option-26740');
      await tapTestId(page, 'field-newWard');
      await page.fill('[data-testid="picklist-search"]', 'sai gon');
      const pressed = page.locator(
        '[data-testid="picklist-option-26740"][aria-pressed="true"]',
      );
      await pressed.waitFor();
      const pickList = await textStyles(page, '[data-testid="picklist"]');
      const pickListAxe = await axeViolations(page);
      await page.screenshot({ path: join(shots, 'xl-contrast-picklist.png') });
      await tapTestId(page, 'picklist-option-26740');

      await fillResidenceForm(page);
      const documents = await textStyles(page, '.documents');
      const documentsAxe = await axeViolations(page);
      await page.screenshot({
        path: join(shots, 'xl-contrast-documents.png'),
      });

      for (const styles of [form, pickList, documents]) {
        expect(styles.length).toBeGreaterThan(3);
      }
      expect(offTokens(form)).toEqual([]);
      expect(offTokens(pickList)).toEqual([]);
      expect(offTokens(documents)).toEqual([]);
      // Black on yellow, where the pressed option was white on yellow.
      expect(
        pickList.find((s) => s.name === 'picklist-option-26740'),
      ).toMatchObject({
        color: 'rgb(0, 0, 0)',
        background: 'rgb(255, 255, 0)',
      });
      expect([...formAxe, ...pickListAxe, ...documentsAxe]).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
