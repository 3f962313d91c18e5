import { err, ok } from '@motcua/protocol';
import type { BlankPageOptions } from './blank-page';
import { toScannedPage } from './page-image';
import { validateScanRequest } from './request';
import type { SheetContent } from './simulator-pages';
import { renderSimulatedPage } from './simulator-pages';
import type {
  DocumentScanner,
  ScanError,
  ScanMode,
  ScanRequest,
  ScanSource,
  ScannedPage,
  ScannerDevice,
} from './types';
import { invalidRequest, scanError } from './types';

export interface SimulatedSheet {
  readonly front: SheetContent;
  readonly back: SheetContent;
}

/** A fault stays until `setFault(null)`, as a real jam or open cover does. */
export type SimulatedFault =
  | { readonly code: 'noDevice' | 'busy' | 'noPaper' | 'coverOpen' }
  | { readonly code: 'timeout' | 'failed' }
  /** The feeder jams after this many sides were scanned (0: at once). */
  | { readonly code: 'jammed'; readonly afterPages?: number };

/** Roughly a small sheet-fed office scanner at 300 dpi. */
export const simulatedScanDelays = {
  warmUpMs: 1_200,
  perPageMs: 1_500,
  timeoutMs: 30_000,
} as const;

export interface SimulatorOptions {
  readonly device?: ScannerDevice;
  readonly sources?: readonly ScanSource[];
  readonly modes?: readonly ScanMode[];
  /** Waits; inject one that resolves at once (or on a fake clock) in tests. */
  readonly delay?: (ms: number) => Promise<void>;
  readonly blank?: Partial<BlankPageOptions>;
}

export interface SimulatedScanner extends DocumentScanner {
  /** Replaces the sheets waiting in the feeder; the first is fed first. */
  loadFeeder(sheets: readonly SimulatedSheet[]): void;
  /** Puts a page on the glass, or takes it off with `null`. */
  placeOnGlass(content: SheetContent | null): void;
  setFault(fault: SimulatedFault | null): void;
  /** Sheets still in the feeder. */
  feederCount(): number;
}

export const defaultSimulatedDevice: ScannerDevice = {
  name: 'sim:0',
  vendor: 'motcua',
  model: 'simulated duplex scanner',
  type: 'sheetfed scanner',
};

/** A scanner for tests and the dev panel; each one has its own state. */
export function createSimulatedScanner(
  options: SimulatorOptions = {},
): SimulatedScanner {
  const device = options.device ?? defaultSimulatedDevice;
  const sources = options.sources ?? ['flatbed', 'adf', 'adfDuplex'];
  const modes = options.modes ?? ['color', 'gray', 'lineart'];
  const delay =
    options.delay ??
    ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let feeder: SimulatedSheet[] = [];
  let glass: SheetContent | null = null;
  let fault: SimulatedFault | null = null;
  let scanning = false;

  function refusal(request: ScanRequest): ScanError | undefined {
    if (request.device !== device.name || fault?.code === 'noDevice') {
      return scanError('noDevice', `${request.device} is not connected`);
    }
    if (!sources.includes(request.source)) {
      return invalidRequest(
        'source',
        `${device.name} has no ${request.source}`,
      );
    }
    if (!modes.includes(request.mode)) {
      return invalidRequest(
        'mode',
        `${device.name} cannot scan ${request.mode}`,
      );
    }
    if (scanning || fault?.code === 'busy') {
      return scanError('busy', `${device.name} is already scanning`);
    }
    if (fault?.code === 'coverOpen') {
      return scanError('coverOpen', `${device.name}: the cover is open`);
    }
    const feederEmpty = feeder.length === 0 || fault?.code === 'noPaper';
    if (request.source !== 'flatbed' && feederEmpty) {
      return scanError('noPaper', `${device.name}: the feeder is empty`);
    }
    return undefined;
  }

  /** The sides the request will scan, taking sheets out of the feeder. */
  function takeSides(request: ScanRequest): SheetContent[] {
    if (request.source === 'flatbed') return [glass ?? 'blank'];
    const limit = request.maxPages ?? Number.POSITIVE_INFINITY;
    const sides: SheetContent[] = [];
    for (let sheet = feeder.shift(); sheet; sheet = feeder.shift()) {
      sides.push(sheet.front);
      if (request.source === 'adfDuplex') sides.push(sheet.back);
      if (sides.length >= limit) break;
    }
    return sides.slice(0, limit);
  }

  // Rendering and measuring an A4 page takes a while; pages repeat a lot.
  const rendered = new Map<string, Promise<ScannedPage>>();
  function pageFor(side: SheetContent, request: ScanRequest) {
    const { resolution, pageSize, mode } = request;
    const key = [side, pageSize, resolution, mode].join('/');
    let page = rendered.get(key);
    if (page === undefined) {
      page = renderSimulatedPage(side, pageSize, resolution, mode).then((png) =>
        toScannedPage(png, resolution, options.blank),
      );
      rendered.set(key, page);
    }
    return page;
  }

  async function scanSides(
    request: ScanRequest,
  ): Promise<ReturnType<DocumentScanner['scan']>> {
    await delay(simulatedScanDelays.warmUpMs);
    if (fault?.code === 'timeout') {
      await delay(simulatedScanDelays.timeoutMs);
      return err(scanError('timeout', `${device.name} did not finish in time`));
    }
    if (fault?.code === 'failed') {
      const detail = 'simulated: Error during device I/O';
      return err({ code: 'failed', message: detail, exitCode: 9, detail });
    }

    const pages: ScannedPage[] = [];
    for (const side of takeSides(request)) {
      if (fault?.code === 'jammed' && pages.length >= (fault.afterPages ?? 0)) {
        return err(scanError('jammed', `${device.name}: paper is jammed`));
      }
      await delay(simulatedScanDelays.perPageMs);
      pages.push(await pageFor(side, request));
    }
    return ok(pages);
  }

  return {
    list() {
      return Promise.resolve(ok(fault?.code === 'noDevice' ? [] : [device]));
    },

    async scan(request) {
      const valid = validateScanRequest(request);
      if (!valid.ok) return valid;
      const refused = refusal(request);
      if (refused !== undefined) return err(refused);

      scanning = true;
      try {
        return await scanSides(request);
      } finally {
        scanning = false;
      }
    },

    loadFeeder(sheets) {
      feeder = [...sheets];
    },
    placeOnGlass(content) {
      glass = content;
    },
    setFault(next) {
      fault = next;
    },
    feederCount() {
      return feeder.length;
    },
  };
}
