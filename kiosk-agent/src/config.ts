import type { VietQrPayee } from '@motcua/protocol';
import { CHUNK_BYTES, vietQrPayeeSchema } from '@motcua/protocol';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicateWindowMs } from './intake/recent-submissions';
import type { PayeeSource } from './payee';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export type PrinterConfig =
  | { readonly kind: 'simulated'; readonly port: number }
  | { readonly kind: 'network'; readonly host: string; readonly port: number };

export interface AgentConfig {
  readonly kioskId: string;
  readonly wardName: string;
  /** Receiving agency's code, first part of every dossier code. */
  readonly agencyCode: string;
  /** 1–9: this kiosk's block of daily sequence numbers. */
  readonly sequenceBlock: number;
  readonly centralUrl: string;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly appDir: string;
  readonly simulator: boolean;
  readonly printer: PrinterConfig;
  readonly printerProfile: string;
  /** Handed to the page the agent serves; new at every start. */
  readonly pageToken: string;
  /** One-time token from central for the first start (technician). */
  readonly enrollToken: string | undefined;
  /** Chromium's debugging endpoint, for screenshots of the kiosk page. */
  readonly cdpUrl: string | undefined;
  /** Days a delivered dossier's minimal record stays for reprint/status. */
  readonly retentionDays: number;
  /** The technician's settings file, re-read by `reloadConfig`. */
  readonly settingsFile: string | undefined;
  /** Upload chunk size; smaller on slow links (at most CHUNK_BYTES). */
  readonly chunkBytes: number;
  /**
   * `MOTCUA_DEVICES`: a JSON device-config file (printer and scanner roles,
   * see `@motcua/hardware/device-manager`). When set, its roles take over
   * from `MOTCUA_PRINTER_HOST` and the simulated barcode scanner.
   */
  readonly devicesFile: string | undefined;
  /** `MOTCUA_DEVICES_BY_ID_DIR`: stands in for `/dev/serial/by-id`. */
  readonly devicesByIdDir: string | undefined;
  /** `MOTCUA_SCANNER_SUFFIX`: crlf (default), cr, lf or none. */
  readonly scannerSuffix: string | undefined;
  /** `MOTCUA_APPOINTMENTS_PER_SLOT`: bookings per 30-minute slot. */
  readonly appointmentsPerSlot: number;
  /**
   * `MOTCUA_DUPLICATE_WINDOW_MINUTES`: how long the same ID number and
   * procedure count as a likely duplicate; 0 turns the warning off.
   * Defaults to a day on a real kiosk and off in the simulator.
   */
  readonly duplicateWindowMs: number;
  /**
   * Who receives fees paid by VietQR. Only the simulator has a default
   * (DEV_TEST_PAYEE); a real kiosk prints no payment code until the ward's
   * account is in the settings file.
   */
  readonly payee: VietQrPayee | undefined;
}

/**
 * TEST ACCOUNT for development and the simulator only: not a ward's
 * account, and no money must ever be sent to it.
 */
export const DEV_TEST_PAYEE: VietQrPayee = {
  bankBin: '970436',
  accountNumber: '0000000000',
  accountName: 'TAI KHOAN THU NGHIEM MOTCUA',
};

/**
 * Embedded defaults run the whole kiosk in simulator mode against a local
 * central; every value can be set through `MOTCUA_*` variables.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AgentConfig {
  const get = (name: string, fallback: string) => env[name] ?? fallback;
  const simulator = get('MOTCUA_SIMULATOR', '1') !== '0';
  const printerHost = env['MOTCUA_PRINTER_HOST'];

  return {
    kioskId: get('MOTCUA_KIOSK_ID', 'KIOSK-DEV-01'),
    wardName: get('MOTCUA_WARD_NAME', 'Phường Sài Gòn'),
    agencyCode: get('MOTCUA_AGENCY_CODE', '000.00.00.H29'),
    sequenceBlock: Number(get('MOTCUA_SEQUENCE_BLOCK', '1')),
    centralUrl: get('MOTCUA_CENTRAL_URL', 'http://127.0.0.1:7400'),
    host: get('MOTCUA_AGENT_HOST', '127.0.0.1'),
    port: Number(get('MOTCUA_AGENT_PORT', '7401')),
    dataDir: resolve(
      get('MOTCUA_AGENT_DATA', resolve(REPO_ROOT, '.data/agent')),
    ),
    appDir: resolve(
      get('MOTCUA_APP_DIR', resolve(REPO_ROOT, 'kiosk-app/dist')),
    ),
    simulator,
    printer:
      printerHost === undefined
        ? {
            kind: 'simulated',
            port: Number(get('MOTCUA_SIM_PRINTER_PORT', '0')),
          }
        : {
            kind: 'network',
            host: printerHost,
            port: Number(get('MOTCUA_PRINTER_PORT', '9100')),
          },
    printerProfile: get('MOTCUA_PRINTER_PROFILE', 'epson-tm-t88vi'),
    pageToken: randomBytes(24).toString('base64url'),
    enrollToken: env['MOTCUA_ENROLL_TOKEN'] || undefined,
    cdpUrl: env['MOTCUA_CDP_URL'],
    retentionDays: Number(get('MOTCUA_RETENTION_DAYS', '30')),
    settingsFile: env['MOTCUA_AGENT_CONFIG'],
    chunkBytes: Number(get('MOTCUA_CHUNK_BYTES', String(CHUNK_BYTES))),
    devicesFile: env['MOTCUA_DEVICES'] || undefined,
    devicesByIdDir: env['MOTCUA_DEVICES_BY_ID_DIR'] || undefined,
    scannerSuffix: env['MOTCUA_SCANNER_SUFFIX'] || undefined,
    appointmentsPerSlot: Number(get('MOTCUA_APPOINTMENTS_PER_SLOT', '4')),
    duplicateWindowMs: duplicateWindowMs(
      env['MOTCUA_DUPLICATE_WINDOW_MINUTES'],
      simulator,
    ),
    payee: simulator ? DEV_TEST_PAYEE : undefined,
  };
}

/** How long the page waits for a resident, until central says otherwise. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 90;

/** Settings that may change while the agent runs. */
export interface RuntimeSettings {
  wardName: string;
  retentionDays: number;
  /**
   * Seconds without a touch before the page asks whether the resident is
   * still there; set by central's `config` item and sent to the page in
   * `agent.hello` (at each connection: a page already open keeps the value
   * it was greeted with until it reconnects or reloads).
   */
  idleTimeoutSeconds: number;
  /** At most this many appointments in one 30-minute slot. */
  appointmentsPerSlot: number;
  /** The ward's account for fees; none means "pay at the counter". */
  payee: VietQrPayee | undefined;
  /** Whose account `payee` is (see payee.ts: central's wins). */
  payeeSource: PayeeSource;
}

/**
 * Reads the technician's settings file (`MOTCUA_AGENT_CONFIG`, JSON), used
 * by the `reloadConfig` command. Unknown keys and bad values are ignored.
 * Keys: `wardName`, `retentionDays`, `appointmentsPerSlot`, and `payee`
 * `{ bankBin, accountNumber, accountName }` (the ward's fee account).
 */
export function readSettingsFile(
  path: string | undefined,
): Partial<RuntimeSettings> {
  if (path === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
  if (raw === null || typeof raw !== 'object') return {};
  const record = raw as Record<string, unknown>;
  const out: Partial<RuntimeSettings> = {};
  const ward = record['wardName'];
  if (typeof ward === 'string' && ward.length > 0) out.wardName = ward;
  const days = record['retentionDays'];
  if (typeof days === 'number' && Number.isInteger(days) && days > 0) {
    out.retentionDays = days;
  }
  const perSlot = record['appointmentsPerSlot'];
  if (
    typeof perSlot === 'number' &&
    Number.isInteger(perSlot) &&
    perSlot > 0 &&
    perSlot <= 100
  ) {
    out.appointmentsPerSlot = perSlot;
  }
  const payee = vietQrPayeeSchema.safeParse(record['payee']);
  if (payee.success) out.payee = payee.data;
  return out;
}
