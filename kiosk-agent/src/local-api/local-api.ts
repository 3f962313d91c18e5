import type {
  CatalogSnapshot,
  DossierSubmitAnswer,
  Logger,
  Payload,
  PrinterStatus,
  ProtocolError,
} from '@motcua/protocol';
import {
  checkProtocolVersion,
  parseMessage,
  PROTOCOL_VERSION,
  protocolError,
} from '@motcua/protocol';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io';
import { createPageHandler } from './serve-page';

type Answer = { ok: true } | { ok: false; error: ProtocolError };

export interface LocalApiHandlers {
  readonly kioskId: string;
  readonly simulator: boolean;
  /** Central's idle timeout, sent to the page in `agent.hello`. */
  idleTimeoutSeconds?(): number;
  printerStatus(): PrinterStatus;
  catalog(): CatalogSnapshot | undefined;
  submit(payload: unknown): Promise<DossierSubmitAnswer>;
  endSession(): void;
  simScan(payload: Payload<'sim.scan'>): Promise<Answer>;
  simPrinter(payload: Payload<'sim.printer'>): Promise<Answer>;
  scanDocument(payload: Payload<'document.scan'>): Promise<unknown>;
  reprint(payload: Payload<'dossier.reprint'>): Promise<unknown>;
  /** Resident services; each validates its own payload. */
  lookup(payload: unknown): Promise<unknown>;
  rate(payload: unknown): unknown;
  takeTicket(payload: unknown): Promise<unknown>;
  listSlots(payload: unknown): unknown;
  requestHelp(payload: unknown): unknown;
  /** Extra HTTP routes (simulator tools); return false when not handled. */
  http?(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export interface LocalApiOptions {
  readonly host: string;
  readonly port: number;
  readonly appDir: string;
  readonly token: string;
  readonly handlers: LocalApiHandlers;
  readonly logger: Logger;
}

export interface LocalApi {
  readonly url: string;
  emit<
    N extends
      | 'identity.read'
      | 'identity.error'
      | 'dossier.scanned'
      | 'printer.status'
      | 'page.reload',
  >(
    event: N,
    payload: Payload<N>,
  ): void;
  /** Kiosk pages connected right now. */
  clients(): number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The kiosk page's only door to the agent: loopback only, same origin only,
 * and the per-boot token in the handshake.
 */
export async function startLocalApi(
  options: LocalApiOptions,
): Promise<LocalApi> {
  if (!LOOPBACK.has(options.host)) {
    throw new Error(`local API must listen on loopback, not ${options.host}`);
  }
  const servePage = createPageHandler(options.appDir, options.token);
  const { handlers, logger } = options;

  const http = createServer((req, res) => {
    void (async () => {
      if (handlers.http !== undefined && (await handlers.http(req, res))) {
        return;
      }
      await servePage(req, res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) =>
    http.listen(options.port, options.host, resolve),
  );
  const { port } = http.address() as AddressInfo;
  const url = `http://${options.host === '::1' ? '[::1]' : options.host}:${port}`;
  const origins = new Set([
    `http://127.0.0.1:${port}`,
    `http://localhost:${port}`,
    `http://[::1]:${port}`,
  ]);

  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: 1e6,
  });

  io.use((socket, next) => {
    const refusal = refuse(socket, origins, options.token);
    if (refusal === undefined) {
      next();
      return;
    }
    logger.log('client-refused', 'failure', { error: refusal });
    next(Object.assign(new Error(refusal.message), { data: refusal }));
  });

  io.on('connection', (socket) => {
    logger.log('client-connected', 'success', { client: 'kiosk-page' });
    socket.emit('agent.hello', {
      kioskId: handlers.kioskId,
      simulator: handlers.simulator,
      protocolVersion: PROTOCOL_VERSION,
      ...(handlers.idleTimeoutSeconds === undefined
        ? {}
        : { idleTimeoutSeconds: handlers.idleTimeoutSeconds() }),
    });
    socket.emit('printer.status', handlers.printerStatus());
    bindHandlers(socket, handlers, logger);
    socket.on('disconnect', () =>
      logger.log('client-disconnected', 'n/a', { client: 'kiosk-page' }),
    );
  });

  return {
    url,
    emit(event, payload) {
      io.emit(event, payload);
    },
    clients() {
      return io.of('/').sockets.size;
    },
    async close() {
      await io.close();
    },
  };
}

function refuse(
  socket: Socket,
  origins: ReadonlySet<string>,
  token: string,
): ProtocolError | undefined {
  const origin = socket.handshake.headers.origin;
  if (origin === undefined || !origins.has(origin)) {
    return protocolError(
      'origin.refused',
      `Origin ${origin ?? '(none)'} may not use the kiosk agent`,
    );
  }
  const auth = socket.handshake.auth as Record<string, unknown>;
  const offered = auth['token'];
  if (typeof offered !== 'string' || !sameSecret(offered, token)) {
    return protocolError(
      'token.invalid',
      'The page token is missing or from an earlier boot; reload the page',
    );
  }
  const version = checkProtocolVersion(auth['protocolVersion']);
  return version.ok ? undefined : version.error;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function bindHandlers(
  socket: Socket,
  handlers: LocalApiHandlers,
  logger: Logger,
): void {
  // Every handler answers through the ack when there is one and never lets
  // a bad payload or a failing handler take the connection down.
  const on = (
    event: string,
    handle: (payload: unknown) => Promise<unknown> | unknown,
  ) => {
    socket.on(event, (payload: unknown, ack?: unknown) => {
      void (async () => {
        let answer: unknown;
        try {
          answer = await handle(payload);
        } catch (error) {
          logger.log('message-rejected', 'failure', {
            message: event,
            reason: error instanceof Error ? error.message : String(error),
          });
          answer = {
            ok: false,
            error: protocolError('internal', 'The agent could not do that'),
          };
        }
        if (typeof ack === 'function') ack(answer);
      })();
    });
  };

  on('catalog.get', () => {
    const catalog = handlers.catalog();
    return catalog === undefined
      ? {
          ok: false,
          error: protocolError(
            'catalog.unavailable',
            'No procedure catalog yet: the kiosk has not reached central',
          ),
        }
      : { ok: true, catalog };
  });
  on('dossier.submit', (payload) => handlers.submit(payload));
  on('session.end', () => {
    handlers.endSession();
    return { ok: true };
  });
  on('document.scan', (payload) => {
    const parsed = parseMessage('document.scan', payload);
    return parsed.ok
      ? handlers.scanDocument(parsed.value)
      : { ok: false, error: parsed.error };
  });
  on('dossier.reprint', (payload) => {
    const parsed = parseMessage('dossier.reprint', payload);
    return parsed.ok
      ? handlers.reprint(parsed.value)
      : { ok: false, error: parsed.error };
  });
  on('dossier.lookup', (payload) => handlers.lookup(payload));
  on('rating.submit', (payload) => handlers.rate(payload));
  on('queue.take', (payload) => handlers.takeTicket(payload));
  on('queue.slots', (payload) => handlers.listSlots(payload));
  on('help.request', (payload) => handlers.requestHelp(payload));
  on('sim.scan', (payload) =>
    simulatorOnly(handlers, 'sim.scan', payload, (p) => handlers.simScan(p)),
  );
  on('sim.printer', (payload) =>
    simulatorOnly(handlers, 'sim.printer', payload, (p) =>
      handlers.simPrinter(p),
    ),
  );
}

async function simulatorOnly<N extends 'sim.scan' | 'sim.printer'>(
  handlers: LocalApiHandlers,
  name: N,
  payload: unknown,
  run: (payload: Payload<N>) => Promise<Answer>,
): Promise<Answer> {
  if (!handlers.simulator) {
    return {
      ok: false,
      error: protocolError('simulator.off', `${name} needs simulator mode`),
    };
  }
  const parsed = parseMessage(name, payload);
  return parsed.ok ? run(parsed.value) : { ok: false, error: parsed.error };
}
