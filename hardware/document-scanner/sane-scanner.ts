import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { BlankPageOptions } from './blank-page';
import { toScannedPage } from './page-image';
import { validateScanRequest } from './request';
import type { RunOptions } from './run-process';
import { runProcess } from './run-process';
import { buildScanArgs } from './sane-args';
import { scanErrorFrom } from './sane-errors';
import { listDevices } from './sane-list';
import { parseSaneOptions } from './sane-options';
import type {
  DocumentScanner,
  ScanError,
  ScanRequest,
  ScannedPage,
} from './types';
import { scanError } from './types';

export interface SaneScannerOptions {
  /** The scanimage binary; a path or a name on PATH. */
  readonly command?: string;
  /** Added to the environment (e.g. SANE_CONFIG_DIR); LC_ALL is forced. */
  readonly env?: Readonly<Record<string, string>>;
  /** Longest one scan may take, every page of a feeder batch included. */
  readonly scanTimeoutMs?: number;
  /** Longest listing devices or reading a device's options may take. */
  readonly queryTimeoutMs?: number;
  /** After a timeout, SIGTERM; after this much longer, SIGKILL. */
  readonly killGraceMs?: number;
  /** Device-specific scanimage options, appended after the mapped ones. */
  readonly extraArgs?: (device: string) => readonly string[];
  readonly blank?: Partial<BlankPageOptions>;
  /** Where the per-scan temporary folder is made. */
  readonly tempRoot?: string;
}

/** Named so a kiosk profile can see and override them in one place. */
export const saneScannerDelays = {
  scanTimeoutMs: 180_000,
  queryTimeoutMs: 30_000,
  killGraceMs: 3_000,
} as const;

/** A driver for any scanner SANE supports, through `scanimage`. */
export function createSaneScanner(
  options: SaneScannerOptions = {},
): DocumentScanner {
  const command = options.command ?? 'scanimage';
  // English status texts, whatever the kiosk's locale.
  const env = { ...process.env, ...options.env, LC_ALL: 'C' };
  const killGraceMs = options.killGraceMs ?? saneScannerDelays.killGraceMs;
  const query: RunOptions = {
    env,
    killGraceMs,
    timeoutMs: options.queryTimeoutMs ?? saneScannerDelays.queryTimeoutMs,
  };
  const scanning = new Set<string>();

  async function scanPages(
    request: ScanRequest,
    mappedArgs: readonly string[],
  ): Promise<Result<ScannedPage[], ScanError>> {
    const { device, resolution } = request;
    const batch = request.source !== 'flatbed';
    const folder = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'scan-'));
    try {
      const output = batch
        ? [`--batch=${join(folder, 'page-%d.png')}`]
        : ['--output-file', join(folder, 'page-1.png')];
      const args = [
        ...['--device-name', device, '--format=png'],
        ...mappedArgs,
        ...(options.extraArgs?.(device) ?? []),
        ...output,
      ];
      const outcome = await runProcess(command, args, {
        env,
        killGraceMs,
        timeoutMs: options.scanTimeoutMs ?? saneScannerDelays.scanTimeoutMs,
      });

      const files = await pageFiles(folder);
      if (outcome.timedOut || outcome.exitCode !== 0 || files.length === 0) {
        return err(scanErrorFrom(outcome, device));
      }
      return ok(await readPages(files, resolution));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  async function readPages(
    files: readonly string[],
    dpi: number,
  ): Promise<ScannedPage[]> {
    const pages: ScannedPage[] = [];
    for (const file of files) {
      pages.push(await toScannedPage(await readFile(file), dpi, options.blank));
    }
    return pages;
  }

  return {
    list() {
      return listDevices(command, query);
    },

    async scan(request) {
      const valid = validateScanRequest(request);
      if (!valid.ok) return valid;
      const { device } = request;
      if (scanning.has(device)) {
        return err(scanError('busy', `${device} is already scanning`));
      }

      scanning.add(device);
      try {
        // The device's own option list says which sources and modes exist.
        const described = await runProcess(
          command,
          ['--device-name', device, '--all-options'],
          query,
        );
        if (described.timedOut || described.exitCode !== 0) {
          return err(scanErrorFrom(described, device));
        }
        const mapped = buildScanArgs(
          request,
          parseSaneOptions(described.stdout),
        );
        if (!mapped.ok) return mapped;

        const args = [...mapped.value];
        if (request.source !== 'flatbed' && request.maxPages !== undefined) {
          args.push(`--batch-count=${request.maxPages}`);
        }
        return await scanPages(request, args);
      } catch (error) {
        // A page scanimage wrote but we cannot decode, or a full disk.
        const message = error instanceof Error ? error.message : String(error);
        return err({
          code: 'failed',
          message: `scanned pages of ${device} could not be read`,
          exitCode: null,
          detail: message.slice(0, 300),
        });
      } finally {
        scanning.delete(device);
      }
    },
  };
}

/** The page files scanimage wrote, in page order. */
async function pageFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .map((name) => /^page-(\d+)\.png$/.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => join(folder, match[0]));
}
