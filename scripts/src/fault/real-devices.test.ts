import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_CCCD_QR } from '@motcua/hardware/card-reader';
import type {
  VirtualPrinter,
  VirtualPrinterJob,
} from '@motcua/hardware/receipt-printer';
import {
  decodeEscPos,
  startVirtualPrinter,
} from '@motcua/hardware/receipt-printer';
import type { ByteLink, PtyPair } from '@motcua/hardware/transport';
import {
  openSerialLink,
  startPtyPair,
  waitForState,
} from '@motcua/hardware/transport';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLog } from '../e2e/system';
import type { RunningService } from '../services';
import { KioskHarness, SAMPLE_APPLICANT, submission } from './kiosk-harness';

// The agent outside simulator mode with a serial receipt printer and a
// serial barcode scanner, found by the device manager through by-id names.
// Each device is a socat pty pair: the agent opens one end through a fake
// /dev/serial/by-id, the test plays the device on the other.

const PRINTER_ID = 'usb-EPSON_TM-T88VI_Receipt_58393-if00-port0';
const SCANNER_ID = 'usb-Honeywell_Xenon_1950g_20135B0B3D-if00';
/** Quick reconnects of the test's own ends, so a replug is short. */
const FAST = { reconnect: { baseMs: 20, capMs: 100 }, watchdogMs: 50 };

interface Receipt {
  dossierCode: string;
  print: string;
}

let harness: KioskHarness;
let printerPair: PtyPair;
let scannerPair: PtyPair;
let byIdDir: string;
let printer: VirtualPrinter;
let scannerEnd: ByteLink;

function agent(): RunningService {
  if (harness.agent === undefined) throw new Error('no agent');
  return harness.agent;
}

function nextJob(): Promise<VirtualPrinterJob> {
  return new Promise((resolve) => {
    const stop = printer.onJob((job) => {
      stop();
      resolve(job);
    });
  });
}

// The same resident submits the same procedure more than once here; a real
// kiosk warns of a likely duplicate, which this test is not about.
async function submit(page: Socket): Promise<Receipt> {
  const answer = (await page.emitWithAck(
    'dossier.submit',
    submission(randomUUID(), { allowDuplicate: true }),
  )) as { receipt?: Receipt };
  if (answer.receipt === undefined) throw new Error('dossier refused');
  return answer.receipt;
}

/** The next `printer-status-changed` to `to`, after lines already seen. */
function printerBecomes(to: string): Promise<Record<string, unknown>> {
  const seen = agent().lines.length;
  return waitForLog(
    agent(),
    (line) =>
      agent().lines.indexOf(line) >= seen &&
      line['event'] === 'printer-status-changed' &&
      line['to'] === to,
  );
}

beforeAll(async () => {
  printerPair = await startPtyPair();
  scannerPair = await startPtyPair();
  byIdDir = mkdtempSync(join(tmpdir(), 'motcua-by-id-'));
  symlinkSync(printerPair.devicePath, join(byIdDir, PRINTER_ID));
  symlinkSync(scannerPair.devicePath, join(byIdDir, SCANNER_ID));

  printer = await startVirtualPrinter({
    serialPath: printerPair.hostPath,
    serialOptions: FAST,
  });
  scannerEnd = openSerialLink({
    path: scannerPair.hostPath,
    baudRate: 9600,
    ...FAST,
  });
  await waitForState(scannerEnd, 'open');

  harness = new KioskHarness();
  const devicesFile = join(harness.dataDir, 'devices.json');
  writeFileSync(
    devicesFile,
    JSON.stringify({
      roles: {
        printer: { kind: 'serial', match: 'usb-EPSON*', baudRate: 115200 },
        scanner: { kind: 'serial', match: 'usb-Honeywell*', baudRate: 9600 },
      },
    }),
  );
  const central = await harness.startCentral();
  // MOTCUA_DEVICES takes over from the harness's network printer.
  await harness.startAgent(central.url, {
    MOTCUA_SIMULATOR: '0',
    MOTCUA_DEVICES: devicesFile,
    MOTCUA_DEVICES_BY_ID_DIR: byIdDir,
  });
  await harness.catalogReady();
});

afterAll(async () => {
  await harness?.stop();
  await scannerEnd?.close();
  await printer?.close();
  await printerPair?.dispose();
  await scannerPair?.dispose();
  if (byIdDir !== undefined) rmSync(byIdDir, { recursive: true, force: true });
});

describe('a kiosk on serial devices found by the device manager', () => {
  it('reads a CCCD QR from the serial scanner into the kiosk page', async () => {
    const page = await harness.page();
    const read = new Promise<{ source: string; identity: object }>((resolve) =>
      page.once('identity.read', resolve),
    );

    const written = await scannerEnd.write(
      new TextEncoder().encode(`${SAMPLE_CCCD_QR}\r\n`),
    );
    expect(written.ok).toBe(true);

    const identity = await read;
    expect(identity.source).toBe('qr');
    expect(identity.identity).toMatchObject({
      idNumber: SAMPLE_APPLICANT.idNumber,
    });
    page.close();
  });

  it('prints the slip on the serial printer, and again after an unplug and replug', async () => {
    const page = await harness.page();

    const firstJob = nextJob();
    const first = await submit(page);
    expect(first.print).toBe('printed');
    expect(decodeEscPos((await firstJob).bytes).qrCodes).toEqual([
      first.dossierCode,
    ]);

    // Unplugged: the dossier is still committed, its slip is not printed.
    const gone = printerBecomes('disconnected');
    await printerPair.stop();
    const unplugged = await submit(page);
    expect(unplugged.print).not.toBe('printed');
    await gone;

    const back = printerBecomes('ready');
    await printerPair.restart();
    await back;

    const laterJob = nextJob();
    const later = await submit(page);
    expect(later.print).toBe('printed');
    expect(decodeEscPos((await laterJob).bytes).qrCodes).toEqual([
      later.dossierCode,
    ]);
    expect(printer.jobs()).toHaveLength(2);
    page.close();
  });

  it('tells central for sure when the scanner is unplugged and back', async () => {
    const central = harness.central;
    if (central === undefined) throw new Error('no central');
    const eventAfter = (mark: number, kind: string) =>
      waitForLog(
        central,
        (l) =>
          l['event'] === 'kiosk-event-received' &&
          central.lines.indexOf(l) >= mark &&
          JSON.stringify(l).includes(kind),
      );

    const lost = eventAfter(central.lines.length, 'device.lost');
    await scannerPair.stop();
    await lost;

    const back = eventAfter(central.lines.length, 'device.back');
    await scannerPair.restart();
    await back;
  });

  it('refuses to start on a device config with a bad field, naming it', async () => {
    const central = harness.central;
    if (central === undefined) throw new Error('no central');
    const other = new KioskHarness();
    const devicesFile = join(other.dataDir, 'devices.json');
    writeFileSync(
      devicesFile,
      JSON.stringify({
        roles: { printer: { kind: 'network', host: '127.0.0.1', port: 0 } },
      }),
    );

    await expect(
      other.startAgent(central.url, {
        MOTCUA_SIMULATOR: '0',
        MOTCUA_DEVICES: devicesFile,
      }),
    ).rejects.toThrow(/roles\.printer\.port: port must be between 1 and 65535/);
    await other.stop();
  });
});
