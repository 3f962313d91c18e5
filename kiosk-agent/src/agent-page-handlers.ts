import { previewDataUrl } from '@motcua/hardware/document-scanner';
import type {
  DossierLookup,
  DossierPayment,
  KioskEventKind,
  Logger,
  PrinterStatus,
  Procedure,
} from '@motcua/protocol';
import { CALENDAR_2026, protocolError } from '@motcua/protocol';
import { serviceHandlers } from './agent-service-handlers';
import { simulatorRoutes } from './agent-sim-routes';
import type { AgentConfig, RuntimeSettings } from './config';
import type { Devices } from './devices';
import { dossierPayment } from './intake/payment';
import { RecentSubmissions } from './intake/recent-submissions';
import { submitDossier } from './intake/submit-dossier';
import type { LocalApiHandlers } from './local-api/local-api';
import { printSlip } from './printing/print-slip';
import { slipLayout } from './printing/slip-layout';
import type { ResidentSession } from './session/resident-session';
import type { DossierStore } from './store/dossier-store';
import type { Inbox } from './store/inbox';
import type { Outbox } from './store/outbox';
import type { TicketStore } from './store/ticket-store';

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
  readonly outbox: Outbox;
  readonly tickets: TicketStore;
  /** Central's raw answer to a lookup, or `undefined` when unreachable. */
  readonly askCentral: (lookup: DossierLookup) => Promise<unknown>;
  /** Queues a `kiosk.event` durably and wakes the link. */
  readonly queueEvent: (kind: KioskEventKind, detail?: string) => void;
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
  const duplicateWindow = config.duplicateWindowMs;
  const recent =
    duplicateWindow > 0 ? new RecentSubmissions(duplicateWindow) : undefined;
  const procedures = (): readonly Procedure[] =>
    inbox.catalog()?.procedures ?? [];

  return {
    kioskId: kioskId(),
    simulator: config.simulator,
    // Read at each connection: a page that reconnects gets central's latest.
    idleTimeoutSeconds: () => settings.idleTimeoutSeconds,
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
          print: (dossier, procedure, payment) =>
            printSlip(
              devices.printer,
              devices.profile,
              slipLayout(dossier, procedure, {
                wardName: settings.wardName,
                kioskId: kioskId(),
                ...paymentContext(payment),
              }),
            ).finally(() => void pollPrinter()),
          payment: (code, procedure) =>
            dossierPayment(procedure.feeVnd, code, settings.payee),
          committed: deps.wake,
          now,
          logger,
          ...(recent === undefined ? {} : { recent }),
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
      // The screen shows a small copy; without one it says "scanned".
      const preview = await previewDataUrl(scanned.value.bytes).catch(
        () => undefined,
      );
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
          ...(preview === undefined ? {} : { preview }),
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
          ...paymentContext(
            dossierPayment(procedure.feeVnd, dossier.code, settings.payee),
          ),
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
    ...serviceHandlers(deps),
    http: (req, res) => simulatorRoutes(config, devices, req, res, session),
  };

  function paymentContext(payment: DossierPayment | undefined) {
    if (payment === undefined) return {};
    return settings.payee === undefined
      ? { payment }
      : { payment, payeeName: settings.payee.accountName };
  }
}
