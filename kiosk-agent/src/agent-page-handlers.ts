import type { Logger, PrinterStatus, Procedure } from '@motcua/protocol';
import { CALENDAR_2026, protocolError } from '@motcua/protocol';
import { simulatorRoutes } from './agent-sim-routes';
import type { AgentConfig, RuntimeSettings } from './config';
import type { Devices } from './devices';
import { submitDossier } from './intake/submit-dossier';
import type { LocalApiHandlers } from './local-api/local-api';
import { printSlip } from './printing/print-slip';
import { slipLayout } from './printing/slip-layout';
import type { ResidentSession } from './session/resident-session';
import type { DossierStore } from './store/dossier-store';
import type { Inbox } from './store/inbox';

export interface PageHandlerDeps {
  readonly config: AgentConfig;
  readonly kioskId: () => string;
  readonly devices: Devices;
  readonly store: DossierStore;
  readonly inbox: Inbox;
  readonly session: ResidentSession;
  readonly settings: RuntimeSettings;
  readonly printerStatus: () => PrinterStatus;
  /** Asks the printer again, after a print or a simulated change. */
  readonly pollPrinter: () => Promise<void>;
  /** Something was queued for central. */
  readonly wake: () => void;
  readonly now: () => Date;
  readonly logger: Logger;
}

/** What the kiosk page may ask of the agent, one function per message. */
export function pageHandlers(deps: PageHandlerDeps): LocalApiHandlers {
  const {
    config,
    kioskId,
    devices,
    store,
    inbox,
    session,
    settings,
    pollPrinter,
    now,
    logger,
  } = deps;
  const procedures = (): readonly Procedure[] =>
    inbox.catalog()?.procedures ?? [];

  return {
    kioskId: kioskId(),
    simulator: config.simulator,
    printerStatus: deps.printerStatus,
    catalog: () => inbox.catalog(),
    submit: (payload) =>
      submitDossier(
        {
          kioskId: kioskId(),
          store,
          calendar: () => inbox.calendar() ?? CALENDAR_2026,
          procedures,
          attachments: (choices) => session.take(choices),
          print: (dossier, procedure) =>
            printSlip(
              devices.printer,
              devices.profile,
              slipLayout(dossier, procedure, {
                wardName: settings.wardName,
                kioskId: kioskId(),
              }),
            ).finally(() => void pollPrinter()),
          committed: deps.wake,
          now,
          logger,
        },
        payload,
      ),
    endSession: () => {
      session.end();
      logger.log('session-ended', 'success');
    },
    scanDocument: async ({ requirementId }) => {
      const scanned = await devices.scanDocument();
      if (!scanned.ok) return { ok: false, error: scanned.error };
      const held = session.hold(
        requirementId,
        scanned.value.bytes,
        'image/png',
      );
      if (!held.ok) return { ok: false, error: held.error };
      return {
        ok: true,
        attachment: {
          attachmentId: held.value.attachmentId,
          requirementId,
          sha256: held.value.sha256,
          size: held.value.bytes.length,
          mime: held.value.mime,
          pages: scanned.value.pages,
          blank: scanned.value.blank,
        },
      };
    },
    reprint: async ({ code }) => {
      const dossier = store.slipView(code);
      const procedure = procedures().find((p) => p.id === dossier?.procedureId);
      if (dossier === undefined || procedure === undefined) {
        return {
          ok: false,
          error: protocolError(
            'dossier.unknown',
            'No dossier with this code on this kiosk',
            'code',
          ),
        };
      }
      const print = await printSlip(
        devices.printer,
        devices.profile,
        slipLayout(dossier, procedure, {
          wardName: settings.wardName,
          kioskId: kioskId(),
          reprint: true,
        }),
      );
      return { ok: true, print };
    },
    simScan: async ({ data }) => {
      if (devices.simulatedScanner === undefined) {
        return {
          ok: false,
          error: protocolError('simulator.off', 'No simulated scanner'),
        };
      }
      devices.simulatedScanner.inject(data);
      return { ok: true };
    },
    simPrinter: async ({ condition }) => {
      if (devices.virtualPrinter === undefined) {
        return {
          ok: false,
          error: protocolError('simulator.off', 'No simulated printer'),
        };
      }
      devices.virtualPrinter.setCondition(condition);
      await pollPrinter();
      return { ok: true };
    },
    http: (req, res) => simulatorRoutes(config, devices, req, res),
  };
}
