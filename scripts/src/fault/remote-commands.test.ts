import { decodeEscPos } from '@motcua/hardware/receipt-printer';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, waitForLog } from '../e2e/system';
import { SAMPLE_CCCD_QR } from '@motcua/hardware/card-reader';
import { randomUUID } from 'node:crypto';
import { KioskHarness, SAMPLE_APPLICANT, submission } from './kiosk-harness';

// Central staff act on a kiosk from their desk: every command goes through
// the real central, the kiosk's ordered stream, the agent and back.

interface Command {
  commandId: string;
  status: string;
  detail: string | null;
  blob: { sha256: string; mime: string } | null;
}

let harness: KioskHarness;
let browser: Browser;
let settingsFile: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const cdpPort = await freePort();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${String(cdpPort)}`,
    ],
  });
  harness = new KioskHarness();
  settingsFile = join(harness.dataDir, 'agent-settings.json');
  writeFileSync(settingsFile, JSON.stringify({ wardName: 'Phường Sài Gòn' }));
  const central = await harness.startCentral(0, {
    MOTCUA_CENTRAL_OPEN_ADMIN: '1',
  });
  await harness.startAgent(central.url, {
    MOTCUA_CDP_URL: `http://127.0.0.1:${String(cdpPort)}`,
    MOTCUA_AGENT_CONFIG: settingsFile,
  });
  await harness.catalogReady();
});

afterAll(async () => {
  await harness?.stop();
  await browser?.close();
});

/** Sends a command and resolves with central's record once it finished. */
async function run(name: string): Promise<Command> {
  const central = harness.central;
  if (central === undefined) throw new Error('no central');
  const commandId = await harness.command(name);
  await waitForLog(
    central,
    (l) => l['event'] === 'command-finished' && l['commandId'] === commandId,
  );
  const list = (await (
    await fetch(`${central.url}/api/kiosks/KIOSK-DEV-01/commands`)
  ).json()) as Command[];
  const command = list.find((c) => c.commandId === commandId);
  if (command === undefined) throw new Error('command not listed');
  return command;
}

async function blob(sha256: string): Promise<Buffer> {
  const response = await fetch(`${harness.central?.url}/api/blobs/${sha256}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('remote commands from central', () => {
  it('prints a test slip on the kiosk printer', async () => {
    const command = await run('printTestSlip');
    expect(command.status).toBe('done');
    const texts = (harness.printer?.jobs() ?? []).map((job) =>
      decodeEscPos(job.bytes).lines.join('\n'),
    );
    expect(texts.at(-1)).toContain('TRANG IN THỬ');
  });

  it('uploads recent logs, with personal data masked', async () => {
    // Leave personal data in the agent's path: a card read and a dossier.
    const page = await harness.page();
    await page.emitWithAck('sim.scan', { data: SAMPLE_CCCD_QR });
    await page.emitWithAck('dossier.submit', submission(randomUUID()));
    page.close();

    const command = await run('uploadLogs');
    expect(command.status).toBe('done');
    if (command.blob === null) throw new Error('no log attached');
    const logs = (await blob(command.blob.sha256)).toString('utf8');
    const lines = logs.trim().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(logs).toContain('"event":"dossier-committed"');
    expect(logs).not.toContain(SAMPLE_APPLICANT.idNumber);
    expect(logs).not.toContain('NGUYỄN');
    expect(logs).not.toContain('Nguyễn Huệ');
  });

  it('captures a screenshot of the kiosk page', async () => {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(harness.agent?.url ?? '');
    await page.locator('[data-testid="start-button"]').waitFor();

    const command = await run('captureScreenshot');
    expect(command.status).toBe('done');
    if (command.blob === null) throw new Error('no screenshot attached');
    const png = await blob(command.blob.sha256);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // And reloads the page it is showing.
    const reloaded = page.waitForEvent('load');
    const reload = await run('reloadPage');
    expect(reload.status).toBe('done');
    await reloaded;
    await page.close();
  });

  it('tells central for sure when the printer runs out of paper', async () => {
    const central = harness.central;
    if (central === undefined) throw new Error('no central');
    harness.printer?.setCondition('paperOut');
    await waitForLog(
      central,
      (l) =>
        l['event'] === 'kiosk-event-received' &&
        JSON.stringify(l).includes('printer.paperOut'),
    );
    harness.printer?.setCondition('ready');
  });

  it('re-reads its settings file and uses the new ward name', async () => {
    writeFileSync(
      settingsFile,
      JSON.stringify({ wardName: 'Phường Bến Thành' }),
    );
    const command = await run('reloadConfig');
    expect(command).toMatchObject({
      status: 'done',
      detail: 'changed: wardName',
    });

    await run('printTestSlip');
    const text = decodeEscPos(
      harness.printer?.jobs().at(-1)?.bytes ?? new Uint8Array(),
    ).lines.join('\n');
    expect(text).toContain('PHƯỜNG BẾN THÀNH');
  });

  it('reprints a delivered dossier by its code, with the name masked', async () => {
    const central = harness.central;
    if (central === undefined) throw new Error('no central');
    const page = await harness.page();
    const answer = (await page.emitWithAck(
      'dossier.submit',
      submission(randomUUID()),
    )) as { receipt: { dossierCode: string; dossierId: string } };
    const code = answer.receipt.dossierCode;
    await waitForLog(
      central,
      (l) => l['event'] === 'dossier-received' && l['code'] === code,
    );
    await waitForLog(
      harness.agent ?? central,
      (l) =>
        l['event'] === 'personal-data-purged' &&
        l['dossierId'] === answer.receipt.dossierId,
    );

    const reprint = (await page.emitWithAck('dossier.reprint', { code })) as {
      ok: boolean;
      print: string;
    };
    page.close();
    expect(reprint).toEqual({ ok: true, print: 'printed' });
    const slip = decodeEscPos(
      harness.printer?.jobs().at(-1)?.bytes ?? new Uint8Array(),
    );
    expect(slip.qrCodes).toEqual([code]);
    const text = slip.lines.join('\n');
    expect(text).toContain('BẢN IN LẠI');
    expect(text).toContain('N***** V** A*');
    expect(text).not.toContain('NGUYỄN VĂN AN');
  });
});
