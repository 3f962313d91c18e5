import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../services';
import { startService } from '../services';
import { accessibilityProblems } from './dashboard-system';
import { tokenPageDir } from './page-socket';
import { screenshotDir, waitForLog } from './system';
import { useDashboardSystem } from './use-system';

// The administrator's side of the dashboard in a real Chromium, against a
// real central and real agents: a kiosk's configuration, a new kiosk
// enrolled with a token issued on screen, and its key revoked.

const KIOSK = 'KIOSK-DEV-01';
const NEW_KIOSK = 'KIOSK-NEW-02';
const tileOf = (id: string) =>
  `[data-testid="kiosk-tile"][data-kiosk-id="${id}"]`;

const system = useDashboardSystem();
let admin: Page;
let newAgent: RunningService | undefined;
const shots = screenshotDir('dashboard');

/** A second agent, enrolling with the token the admin was shown. */
async function startNewAgent(token: string): Promise<RunningService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-dashboard-admin-'));
  return startService({
    name: 'agent-2',
    entry: 'kiosk-agent/src/main.ts',
    env: {
      MOTCUA_CENTRAL_URL: system.central.url,
      MOTCUA_AGENT_PORT: '0',
      MOTCUA_AGENT_DATA: join(dataDir, 'agent'),
      MOTCUA_APP_DIR: tokenPageDir(dataDir),
      MOTCUA_SIMULATOR: '1',
      MOTCUA_SIM_FAST: '1',
      MOTCUA_ENROLL_TOKEN: token,
    },
  });
}

beforeAll(async () => {
  admin = await system.staffPage('admin');
});

afterAll(async () => {
  await newAgent?.stop();
});

describe('the administrator at the staff dashboard', () => {
  it("shows the specific error for a bad BIN, then saves the ward's payee", async () => {
    await admin.goto(`${system.central.url}/#/kiosk/${KIOSK}`);
    const config = admin.locator(
      '[data-testid="kiosk-config"][data-editable="true"]',
    );
    await config.waitFor();
    await admin.fill('[data-testid="config-payee-bankBin"]', '97043');
    await admin.fill('[data-testid="config-payee-accountNumber"]', '0071000');
    await admin.fill(
      '[data-testid="config-payee-accountName"]',
      'UBND PHƯỜNG SÀI GÒN',
    );
    await admin.fill('[data-testid="config-idleTimeoutSeconds"]', '120');
    const configsApplied = () =>
      system.agent.lines.filter(
        (l) => l['event'] === 'push-applied' && l['kind'] === 'config',
      ).length;
    const before = configsApplied();
    await admin.click('[data-testid="config-save"]');
    const binError = admin.locator(
      '[data-testid="config-payee-bankBin-error"]',
    );
    await binError.waitFor();
    expect(await binError.textContent()).toBe('Sai định dạng.');
    expect(
      await admin.getAttribute(
        '[data-testid="config-payee-bankBin"]',
        'aria-invalid',
      ),
    ).toBe('true');
    await admin.screenshot({ path: join(shots, 'config-error.png') });
    expect(await accessibilityProblems(admin)).toEqual([]);

    await admin.fill('[data-testid="config-payee-bankBin"]', '970436');
    await admin.click('[data-testid="config-save"]');
    await admin
      .locator('[data-testid="config-result"][data-status="saved"]')
      .waitFor();
    expect(await binError.count()).toBe(0);
    // The kiosk gets the new configuration item, and nothing before.
    expect(before).toBeGreaterThan(0);
    await waitForLog(system.agent, () => configsApplied() > before);
    // Read back from central after a reload.
    await admin.reload();
    await config.waitFor();
    expect(await admin.inputValue('[data-testid="config-payee-bankBin"]')).toBe(
      '970436',
    );
    expect(
      await admin.inputValue('[data-testid="config-idleTimeoutSeconds"]'),
    ).toBe('120');
  });

  it('issues a token that a second kiosk enrolls with, and revokes it', async () => {
    await admin.click('[data-testid="tab-fleet"]');
    const form = admin.locator('[data-testid="token-form"]');
    await form.locator('input[name="kioskId"]').fill(NEW_KIOSK);
    await form.locator('input[name="ward"]').fill('Phường Sài Gòn');
    await form.locator('input[name="address"]').fill('1 Công xã Paris');
    await form.locator('select[name="validity"]').selectOption('1');
    await admin.click('[data-testid="token-issue"]');
    const tokenText = admin.locator('[data-testid="issued-token"]');
    await tokenText.waitFor();
    const token = (await tokenText.textContent())?.trim() ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await admin.screenshot({ path: join(shots, 'fleet-token.png') });
    expect(await accessibilityProblems(admin)).toEqual([]);

    newAgent = await startNewAgent(token);
    await waitForLog(newAgent, (l) => l['event'] === 'enrolled');
    await admin.click('[data-testid="tab-board"]');
    await admin.locator(`${tileOf(NEW_KIOSK)}[data-status="ok"]`).waitFor();

    await admin.click(tileOf(NEW_KIOSK));
    await admin.locator('[data-testid="kiosk-revoke"]').waitFor();
    await admin.click('[data-testid="revoke-start"]');
    // Cancelling the confirmation sends nothing.
    await admin.click('[data-testid="revoke-cancel"]');
    expect(await admin.locator('[data-testid="revoke-result"]').count()).toBe(
      0,
    );
    await admin.click('[data-testid="revoke-start"]');
    await admin.click('[data-testid="revoke-confirm"]');
    await admin
      .locator('[data-testid="revoke-result"][data-status="revoked"]')
      .waitFor();
    await waitForLog(newAgent, (l) =>
      JSON.stringify(l['error'] ?? '').includes('"kiosk.revoked"'),
    );
    await admin.click('[data-testid="tab-board"]');
    // Revoked on purpose: its own status at once, never a false offline.
    await admin
      .locator(`${tileOf(NEW_KIOSK)}[data-status="revoked"]`)
      .waitFor();
    expect(await admin.textContent('[data-testid="count-revoked-value"]')).toBe(
      '1',
    );
  });

  it('saves ward roles, and names an unknown username', async () => {
    await admin.click('[data-testid="tab-fleet"]');
    const form = admin.locator('[data-testid="roles-form"]');
    await form.locator('input[name="rolesWard"]').fill('Phường Sài Gòn');
    await form.locator('input[name="departmentHead"]').fill('nobody-here');
    await admin.click('[data-testid="roles-save"]');
    await admin.locator('[data-testid="roles-error"]').waitFor();
    await form.locator('input[name="departmentHead"]').fill('operator');
    await form.locator('input[name="agencyHead"]').fill('admin');
    await admin.click('[data-testid="roles-save"]');
    const result = admin.locator('[data-testid="roles-result"]');
    await result.waitFor();
    expect(await result.textContent()).toContain('operator');
  });

  it('shows an operator the configuration read-only and no fleet administration', async () => {
    const operator = await system.staffPage('operator');
    expect(await operator.locator('[data-testid="tab-fleet"]').count()).toBe(0);
    await operator.goto(`${system.central.url}/#/kiosk/${KIOSK}`);
    const config = operator.locator(
      '[data-testid="kiosk-config"][data-editable="false"]',
    );
    await config.waitFor();
    await operator
      .locator('[data-testid="config-payee-bankBin-value"]', {
        hasText: '970436',
      })
      .waitFor();
    expect(await config.locator('input').count()).toBe(0);
    expect(await operator.locator('[data-testid="config-save"]').count()).toBe(
      0,
    );
    expect(await operator.locator('[data-testid="kiosk-revoke"]').count()).toBe(
      0,
    );
    await operator.screenshot({ path: join(shots, 'config-read-only.png') });
    await operator.goto(`${system.central.url}/#/fleet`);
    await operator.locator('[data-testid="fleet-forbidden"]').waitFor();
    expect(await operator.locator('[data-testid="token-form"]').count()).toBe(
      0,
    );
    await operator.context().close();
  });
});
