import { parseCccdQr } from '@motcua/hardware/card-reader';
import type {
  KioskEventKind,
  Logger,
  PrinterStatus,
  VietQrPayee,
} from '@motcua/protocol';
import {
  createLogger,
  DOSSIER_CODE_PATTERN,
  hcmcDay,
  protocolError,
} from '@motcua/protocol';
import { statfsSync } from 'node:fs';
import { join } from 'node:path';
import { commandContext } from './agent-commands';
import { failInterruptedCommands, pushApplier } from './agent-push';
import { pageHandlers } from './agent-page-handlers';
import type { AgentConfig, RuntimeSettings } from './config';
import { DEFAULT_IDLE_TIMEOUT_SECONDS, readSettingsFile } from './config';
import { openDevices } from './devices';
import { diskEvent, printerEvent } from './health';
import type { PayeeCandidates } from './payee';
import { usePayee } from './payee';
import type { LocalApi } from './local-api/local-api';
import { startLocalApi } from './local-api/local-api';
import { openFileSink } from './logs/file-sink';
import { ResidentSession } from './session/resident-session';
import { AttachmentVault } from './store/attachment-vault';
import { DossierStore } from './store/dossier-store';
import { Inbox } from './store/inbox';
import { openStore } from './store/open-store';
import { Outbox } from './store/outbox';
import { TicketStore } from './store/ticket-store';
import type { OutboxItem } from './store/outbox';
import { loadSealer } from './store/sealing';
import { fullJitter } from './sync/backoff';
import type { CentralLink } from './sync/central-link';
import { connectCentral } from './sync/central-link';
import type { Enrollment } from './sync/enroll';
import { enroll, loadEnrollment } from './sync/enroll';
import { loadKioskKey } from './sync/kiosk-key';

export const AGENT_VERSION = '0.2.0';

/** Named delays of the agent's own loops, in milliseconds. */
export const AGENT_DELAYS = {
  printerPoll: 5_000,
  diskCheck: 60_000,
  retention: 60 * 60_000,
} as const;

export interface RunningAgent {
  readonly url: string;
  readonly store: DossierStore;
  readonly outbox: Outbox;
  /** What central or the technician set, as the agent runs with it now. */
  readonly settings: Readonly<RuntimeSettings>;
  close(): Promise<void>;
}

export interface AgentOptions {
  readonly logger?: Logger;
  readonly now?: () => Date;
  /**
   * The clock of what residents ask for (office hours, dossier dates); the
   * agent's own clock by default. Sync keeps the real one, since central
   * checks the handshake's time.
   */
  readonly residentNow?: () => Date;
}

/** Starts the kiosk agent: store, devices, local API and sync. */
export async function startAgent(
  config: AgentConfig,
  options: AgentOptions = {},
): Promise<RunningAgent> {
  const now = options.now ?? (() => new Date());
  const logs = openFileSink({ dir: join(config.dataDir, 'logs') });
  const logger =
    options.logger ??
    createLogger({
      source: 'agent',
      write: (line) => {
        process.stdout.write(line);
        logs.write(line);
      },
    });
  const startedAt = now();

  // Store: checked durable before anything else happens.
  const db = openStore(config.dataDir);
  logger.log('store-opened', 'success', { dataDir: config.dataDir });
  const sealer = loadSealer(config.dataDir);
  const vault = new AttachmentVault(config.dataDir, sealer);
  const outbox = new Outbox(db);
  const inbox = new Inbox(db);
  const tickets = new TicketStore(db, outbox);
  const store = new DossierStore(db, sealer, vault, outbox, {
    agencyCode: config.agencyCode,
    sequenceBlock: config.sequenceBlock,
  });
  const fromCentral = inbox.config();
  const { payee: filePayee, ...fromFile } = readSettingsFile(
    config.settingsFile,
  );
  const settings: RuntimeSettings = {
    wardName: fromCentral?.wardName ?? config.wardName,
    retentionDays: fromCentral?.retentionDays ?? config.retentionDays,
    idleTimeoutSeconds:
      fromCentral?.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
    appointmentsPerSlot: config.appointmentsPerSlot,
    payee: undefined,
    payeeSource: 'none',
    ...fromFile,
  };
  // The fee account: central's (as last applied), else the settings file.
  const payees = (settingsFile: VietQrPayee | undefined): PayeeCandidates => ({
    central: inbox.config()?.payee,
    settingsFile,
    simulator: config.payee,
  });
  usePayee(settings, payees(filePayee), logger, 'start');

  const devices = await openDevices(config, { logger });
  const session = new ResidentSession();
  let enrollment: Enrollment | undefined = loadEnrollment(db);
  const kioskId = () => enrollment?.kioskId ?? config.kioskId;
  let link: CentralLink | undefined;
  // Set once the local API listens; devices may report before that.
  const page: { api?: LocalApi } = {};
  let closed = false;

  const queueEvent = (kind: KioskEventKind, detail?: string) => {
    const at = now();
    outbox.enqueue('kiosk.event', kind, at, {
      kind,
      at: at.toISOString(),
      ...(detail === undefined ? {} : { detail }),
    });
    logger.log('kiosk-event-queued', 'n/a', { kind });
    link?.wake();
  };

  const commands = commandContext({
    devices,
    endSession: () => session.end(),
    api: () => {
      if (page.api === undefined) throw new Error('local API not started');
      return page.api;
    },
    logs,
    vault,
    settings,
    settingsFile: config.settingsFile,
    payees,
    cdpUrl: config.cdpUrl,
    kioskId,
    now,
    logger,
  });

  const pushDeps = {
    db,
    inbox,
    outbox,
    settings,
    payees: () => payees(readSettingsFile(config.settingsFile).payee),
    commands,
    wake: () => link?.wake(),
    now,
    logger,
  };
  failInterruptedCommands(pushDeps);
  const applyPush = pushApplier(pushDeps);

  const delivered = (item: OutboxItem) => {
    if (item.kind === 'dossier.deliver') {
      // The acknowledgement and the purge are one transaction.
      store.markDelivered(item.ref, now(), () => outbox.markAcked(item));
      logger.log('personal-data-purged', 'success', { dossierId: item.ref });
      return;
    }
    outbox.markAcked(item);
    if (item.kind === 'command.result' && item.payload !== null) {
      const blob = (JSON.parse(item.payload) as { blob?: { sha256: string } })
        .blob;
      if (blob !== undefined) vault.remove(blob.sha256);
    }
  };

  let printerStatus: PrinterStatus = {
    state: 'disconnected',
    at: now().toISOString(),
  };
  let diskLow = false;
  let printerPolled = false;

  const startLink = (current: Enrollment) => {
    link = connectCentral({
      centralUrl: config.centralUrl,
      kioskId: current.kioskId,
      key,
      store,
      outbox,
      inbox,
      blob: (sha256) => vault.read(sha256),
      delivered,
      // Said once, through the outbox; an event refused in turn is not
      // reported again, so this cannot loop.
      deadLettered: (item, error) => {
        if (item.kind === 'kiosk.event') return;
        queueEvent(
          'outbox.deadLettered',
          `${item.kind} ${item.ref}: ${error.code}`.slice(0, 300),
        );
      },
      applyPush,
      skipPush: (payload) => {
        const seq = (payload as { seq?: unknown } | null)?.seq;
        if (typeof seq === 'number' && Number.isInteger(seq) && seq > 0) {
          inbox.skip(seq);
        }
      },
      chunkBytes: config.chunkBytes,
      logger,
      now,
      heartbeat: () => ({
        kioskId: current.kioskId,
        uptimeSeconds: Math.floor(
          (now().getTime() - startedAt.getTime()) / 1000,
        ),
        agentVersion: AGENT_VERSION,
        devices: [
          {
            role: 'printer',
            driver: devices.printerDriver,
            state: printerStatus.state,
          },
          ...devices.deviceHealth(),
          {
            role: 'documentScanner',
            driver: devices.documentDriver,
            state: 'ready',
          },
        ],
        outbox: outbox.backlog(now()),
        freeDiskBytes: freeDisk(config.dataDir),
      }),
    });
  };

  // Enrollment: once, with the technician's token; retried only while
  // central cannot be reached (a refused token is final).
  const key = loadKioskKey(config.dataDir);
  const enrollLoop = async (attempt = 0): Promise<void> => {
    if (closed || enrollment !== undefined) return;
    if (config.enrollToken === undefined) {
      logger.log('enrollment-refused', 'failure', {
        error: protocolError(
          'enroll.no_token',
          'Not enrolled and no enrollment token (MOTCUA_ENROLL_TOKEN)',
        ),
      });
      return;
    }
    const result = await enroll({
      centralUrl: config.centralUrl,
      token: config.enrollToken,
      key,
      agentVersion: AGENT_VERSION,
      db,
      now,
      logger,
    });
    if (result.ok) {
      enrollment = result.value;
      if (!closed) startLink(result.value);
    } else if (result.error.code === 'enroll.unreachable' && !closed) {
      setTimeout(() => void enrollLoop(attempt + 1), fullJitter(attempt));
    }
  };
  if (enrollment === undefined) void enrollLoop();
  else startLink(enrollment);

  const pollPrinter = async (): Promise<void> => {
    const result = await devices.printer.status();
    const next: PrinterStatus = result.ok
      ? result.value
      : { state: 'disconnected', at: now().toISOString() };
    if (next.state === printerStatus.state) {
      printerPolled = true;
      return;
    }
    logger.log('printer-status-changed', 'n/a', {
      from: printerStatus.state,
      to: next.state,
    });
    // At boot only a problem is news; "ready" after "unknown" is not.
    const event =
      printerPolled || next.state !== 'ready'
        ? printerEvent(printerStatus.state, next.state)
        : undefined;
    printerPolled = true;
    printerStatus = next;
    page.api?.emit('printer.status', printerStatus);
    if (event !== undefined) queueEvent(event, 'printer');
  };

  const api = await startLocalApi({
    host: config.host,
    port: config.port,
    appDir: config.appDir,
    token: config.pageToken,
    logger,
    handlers: pageHandlers({
      config,
      kioskId,
      devices,
      store,
      inbox,
      session,
      settings,
      printerStatus: () => printerStatus,
      pollPrinter,
      outbox,
      tickets,
      askCentral: (lookup) => link?.lookup(lookup) ?? Promise.resolve(),
      queueEvent,
      wake: () => link?.wake(),
      now: options.residentNow ?? now,
      logger,
    }),
  });

  page.api = api;

  devices.scanner.onScan(({ data }) => {
    // A slip's QR holds only its dossier code: for the status lookup.
    const code = data.trim();
    if (DOSSIER_CODE_PATTERN.test(code)) {
      logger.log('dossier-code-scanned', 'success');
      page.api?.emit('dossier.scanned', { code });
      return;
    }
    const read = parseCccdQr(data, now());
    if (read.ok) {
      logger.log('identity-read', 'success', { source: 'qr' });
      page.api?.emit('identity.read', {
        source: 'qr',
        identity: read.value.identity,
      });
    } else {
      logger.log('identity-rejected', 'failure', { error: read.error });
      page.api?.emit('identity.error', { error: read.error });
    }
  });

  await pollPrinter();
  const checkDisk = () => {
    const change = diskEvent(diskLow, freeDisk(config.dataDir));
    diskLow = change.low;
    if (change.event !== undefined) queueEvent(change.event);
  };
  const purgeOld = () => {
    const before = new Date(
      now().getTime() - settings.retentionDays * 24 * 60 * 60 * 1000,
    );
    store.dropDeliveredBefore(before);
    tickets.dropBefore(hcmcDay(before).date);
  };
  checkDisk();
  purgeOld();
  // Other devices: a scanner lost or back is news for central too.
  const lastHealth = new Map(
    devices.deviceHealth().map((health) => [health.role, health.state]),
  );
  const watchDevices = () => {
    for (const health of devices.deviceHealth()) {
      const before = lastHealth.get(health.role);
      lastHealth.set(health.role, health.state);
      if (before === undefined || before === health.state) continue;
      if (health.state === 'disconnected' || health.state === 'error') {
        queueEvent('device.lost', `${health.role}: ${health.state}`);
      } else if (before === 'disconnected' || before === 'error') {
        queueEvent('device.back', health.role);
      }
    }
  };

  const timers = [
    setInterval(() => void pollPrinter(), AGENT_DELAYS.printerPoll),
    setInterval(watchDevices, AGENT_DELAYS.printerPoll),
    setInterval(checkDisk, AGENT_DELAYS.diskCheck),
    setInterval(purgeOld, AGENT_DELAYS.retention),
  ];
  for (const timer of timers) timer.unref();

  logger.log('service-listening', 'success', {
    service: 'agent',
    url: api.url,
    simulator: config.simulator,
  });

  return {
    url: api.url,
    store,
    outbox,
    settings,
    async close() {
      closed = true;
      logger.log('service-stopping', 'n/a', { service: 'agent' });
      for (const timer of timers) clearInterval(timer);
      session.end();
      await link?.close();
      await api.close();
      await devices.close();
      db.close();
      logs.close();
    },
  };
}

function freeDisk(path: string): number {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return 0;
  }
}
