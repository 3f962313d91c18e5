import { SETTLED } from './kiosk-page';
import { parseVietQr } from '@motcua/protocol';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useKioskSystem } from './use-system';
import { kioskContext, screenshotDir, waitForLog } from './system';

const id = (testId: string) => `[data-testid="${testId}"]`;

const system = useKioskSystem({
  // The simulated glass holds a printed page, then a blank one (the
  // resident laid the paper upside down), then a printed one again.
  agentEnv: {
    MOTCUA_SIM_GLASS: 'text,blank,text',
    // Off by default in the simulator; on here for the duplicate warning.
    MOTCUA_DUPLICATE_WINDOW_MINUTES: '60',
  },
});

async function identify(page: Page): Promise<void> {
  await page.tap(id('start-button'));
  await page.tap(id('language-vi'));
  await page.tap(id('service-submit'));
  await page.tap(id('dev-panel-toggle'));
  await page.tap(id('dev-scan-sample'));
  await page.tap(id('dev-panel-toggle'));
  await page.locator(id('identity-name')).waitFor();
}

interface SentDossier {
  fields: Record<string, string>;
  attachments?: { requirementId: string; attachmentId: string }[];
}

/** Every `dossier.submit` the page sends to the agent, as sent. */
function recordSubmits(page: Page): SentDossier[] {
  const sent: SentDossier[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      // socket.io event frames: 42<ack id>["dossier.submit",{…}]
      const match = /^42\d*(\[.*\])$/s.exec(String(payload));
      if (match?.[1] === undefined) return;
      const [name, body] = JSON.parse(match[1]) as [string, SentDossier];
      if (name === 'dossier.submit') sent.push(body);
    });
  });
  return sent;
}

async function delivered(code: string): Promise<void> {
  await waitForLog(
    system.central,
    (l) => l['event'] === 'dossier-received' && l['code'] === code,
  );
}

describe('a dossier with a document, a fee and optional data', () => {
  it('scans, warns of a blank page, asks consent and shows the VietQR', async () => {
    const shots = screenshotDir('dossier-with-attachments');
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    const sent = recordSubmits(page);
    await page.goto(system.agent.url);
    await identify(page);

    // The fee is on the procedure list.
    const procedure = page.locator(id('procedure-temporary-residence'));
    expect(await procedure.textContent()).toContain('15.000');
    await page.screenshot({ path: join(shots, '01-procedures.png') });
    await procedure.tap();
    await expect
      .poll(() => page.textContent(id('step-indicator')), SETTLED)
      .toBe('Bước 4/6');

    // Numbers come from the number pad; a landline is named as such.
    await page.tap(id('field-phone'));
    for (const digit of '0283829112') await page.tap(id(`numpad-${digit}`));
    await page.tap(id('numpad-delete'));
    await page.tap(id('numpad-1'));
    await expect
      .poll(() => page.inputValue(id('field-phone')), SETTLED)
      .toBe('0283829111');
    await page.tap(id('numpad-done'));
    await page.fill(id('field-newAddress'), '5 Lê Lợi');
    await page.fill(id('field-householdHeadName'), 'NGUYỄN VĂN BÌNH');
    await page.fill(id('field-relationshipToHead'), 'Con');
    await page.tap(id('form-next'));
    await expect
      .poll(() => page.textContent(id('field-error-phone')), SETTLED)
      .toContain('số máy bàn');
    await expect
      .poll(() => page.textContent(id('field-error-newWard')), SETTLED)
      .toContain('chọn');
    await page.screenshot({ path: join(shots, '02-form-errors.png') });

    // The ward comes from the pick-list, searched without accents.
    await page.tap(id('field-newWard'));
    await page.fill(id('picklist-search'), 'sai gon');
    await page.screenshot({ path: join(shots, '03-picklist.png') });
    await page.tap(id('picklist-option-26740'));
    await expect
      .poll(() => page.textContent(id('field-newWard')), SETTLED)
      .toBe('Phường Sài Gòn');
    await page.fill(id('field-phone'), '0912345678');
    await page.tap(id('form-next'));

    // Documents: "next" is blocked until the required one is scanned.
    await expect
      .poll(() => page.textContent(id('step-indicator')), SETTLED)
      .toBe('Bước 5/6');
    await page.tap(id('attach-next'));
    await expect
      .poll(() => page.textContent(id('attach-missing')), SETTLED)
      .toContain('Giấy tờ chứng minh chỗ ở hợp pháp');
    await page.tap(id('attach-scan-proofOfResidence'));
    const preview = page.locator(id('attach-preview-proofOfResidence'));
    expect(await preview.getAttribute('src')).toMatch(
      /^data:image\/jpeg;base64,/,
    );
    // The browser decoded it: a real picture, not a broken image.
    const width = await preview.evaluate(
      (img) => (img as unknown as { naturalWidth: number }).naturalWidth,
    );
    expect(width).toBeGreaterThan(100);
    await page.screenshot({ path: join(shots, '04-scanned.png') });

    // A retake finds a blank page: keep it or scan again.
    await page.tap(id('attach-retake-proofOfResidence'));
    await page.locator(id('attach-blank-proofOfResidence')).waitFor();
    await page.screenshot({ path: join(shots, '05-blank-warning.png') });
    await page.tap(id('attach-retake-proofOfResidence'));
    await preview.waitFor();
    expect(
      await page.locator(id('attach-blank-proofOfResidence')).count(),
    ).toBe(0);
    await page.tap(id('attach-next'));

    // Review: a section per part, each with its edit link; the fee too.
    await expect
      .poll(() => page.textContent(id('step-indicator')), SETTLED)
      .toBe('Bước 6/6');
    for (const section of [
      'identity',
      'procedure',
      'form',
      'attachments',
      'fee',
    ]) {
      await page.locator(id(`review-edit-${section}`)).waitFor();
    }
    await expect
      .poll(() => page.textContent(id('review-fee')), SETTLED)
      .toContain('15.000');
    await expect
      .poll(() => page.textContent(id('review-form')), SETTLED)
      .toContain('Phường Sài Gòn');
    await page.screenshot({ path: join(shots, '06-review.png') });
    await page.tap(id('review-edit-attachments'));
    await preview.waitFor();
    await page.tap(id('attach-next'));

    // The optional phone number goes only with a yes.
    await page.tap(id('submit-dossier'));
    await page.locator(id('consent-text')).waitFor();
    await page.screenshot({ path: join(shots, '07-consent.png') });
    await page.tap(id('consent-accept'));

    const code = (await page.textContent(id('dossier-code')))?.trim() ?? '';
    expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-\d{4}$/);
    await expect
      .poll(() => page.textContent(id('payment-amount')), SETTLED)
      .toContain('15.000');
    const payload = await page.getAttribute(id('payment-qr'), 'data-payload');
    const parsed = parseVietQr(payload ?? '');
    expect(parsed.ok && parsed.value.amountVnd).toBe(15_000);
    await page.screenshot({ path: join(shots, '08-slip-vietqr.png') });

    expect(sent).toHaveLength(1);
    expect(sent[0]?.fields).toMatchObject({
      phone: '0912345678',
      newWard: '26740',
    });
    expect(sent[0]?.attachments?.map((a) => a.requirementId)).toEqual([
      'proofOfResidence',
    ]);
    await delivered(code);
    await context.close();
  });

  let declinedCode = '';

  it('submits without the phone number when the resident says no', async () => {
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    const sent = recordSubmits(page);
    await page.goto(system.agent.url);
    await identify(page);
    await page.tap(id('procedure-residence-confirmation'));
    await page.fill(id('field-phone'), '0912345678');
    await page.tap(id('form-next'));
    await page.tap(id('submit-dossier'));

    await page.tap(id('consent-decline'));

    const code = (await page.textContent(id('dossier-code')))?.trim() ?? '';
    expect(await page.locator(id('payment')).count()).toBe(0);
    expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-\d{4}$/);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.fields).not.toHaveProperty('phone');
    expect(sent[0]?.fields).toHaveProperty('fullName', 'NGUYỄN VĂN AN');
    await delivered(code);
    declinedCode = code;
    await context.close();
  });

  it('warns of a likely duplicate with the earlier code', async () => {
    expect(declinedCode).not.toBe('');
    const context = await kioskContext(system.browser);
    const page = await context.newPage();
    await page.goto(system.agent.url);
    await identify(page);
    await page.tap(id('procedure-residence-confirmation'));
    await page.tap(id('form-next'));
    await page.tap(id('submit-dossier'));

    await expect
      .poll(() => page.textContent(id('submit-error')), SETTLED)
      .toContain(declinedCode);
    await page.tap(id('submit-anyway'));

    const code = (await page.textContent(id('dossier-code')))?.trim() ?? '';
    expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-\d{4}$/);
    expect(code).not.toBe(declinedCode);
    await context.close();
  });
});
