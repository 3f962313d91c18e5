import {
  catalogSnapshotSchema,
  parseMessage,
  PROTOCOL_VERSION,
  protocolError,
  protocolErrorSchema,
} from '@motcua/protocol';
import type {
  DossierSubmit,
  HelpRequest,
  MessageName,
  Payload,
  ProtocolError,
  QueueTake,
  RatingSubmit,
  Result,
} from '@motcua/protocol';
import { io } from 'socket.io-client';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import type {
  AgentEvent,
  CatalogOutcome,
  SubmitOutcome,
} from '../flows/submit-dossier/types';

/** How long each request waits for the agent's answer, in milliseconds. */
export const AGENT_TIMEOUTS = {
  catalog: 5_000,
  // The agent commits and prints before it answers: a raster slip on a
  // serial printer takes up to about 4 s.
  submit: 20_000,
  session: 3_000,
  simulator: 3_000,
  // The agent asks central live before it answers from its own records.
  lookup: 10_000,
  rating: 5_000,
  // A ticket is printed before the answer, like a slip.
  queue: 20_000,
  slots: 5_000,
  // A real scanner warms up and may take its own 30 s timeout.
  scan: 45_000,
  help: 5_000,
} as const;

/** Answers to the services' requests; each includes `{ ok: false, error }`. */
type ServiceAnswer =
  | 'dossier.lookedUp'
  | 'rating.submitted'
  | 'queue.taken'
  | 'queue.slotsListed'
  | 'help.requested'
  | 'document.scanned';

export type SimPrinterCondition = Payload<'sim.printer'>['condition'];

export type ConnectionState = 'connecting' | 'connected' | 'refused' | 'lost';

export interface AgentLinkListeners {
  readonly event: (event: AgentEvent) => void;
  readonly connection: (state: ConnectionState) => void;
  /** An incoming message failed its schema; it was not passed on. */
  readonly rejected: (name: string, error: ProtocolError) => void;
  /** Central asked, through the agent, for the page to load afresh. */
  readonly reload?: () => void;
}

export interface AgentLink {
  catalogGet(): Promise<CatalogOutcome>;
  dossierSubmit(request: DossierSubmit): Promise<SubmitOutcome>;
  sessionEnd(): Promise<Result<true, ProtocolError>>;
  dossierLookup(code: string): Promise<Payload<'dossier.lookedUp'>>;
  ratingSubmit(rating: RatingSubmit): Promise<Payload<'rating.submitted'>>;
  queueTake(take: QueueTake): Promise<Payload<'queue.taken'>>;
  queueSlots(date: string): Promise<Payload<'queue.slotsListed'>>;
  helpRequest(request: HelpRequest): Promise<Payload<'help.requested'>>;
  documentScan(requirementId: string): Promise<Payload<'document.scanned'>>;
  simScan(data: string): Promise<Result<true, ProtocolError>>;
  simPrinter(
    condition: SimPrinterCondition,
  ): Promise<Result<true, ProtocolError>>;
  close(): void;
}

const unreachable = (what: string) =>
  protocolError('agent_unreachable', `No answer from the agent to ${what}`);

const badAnswer = (what: string) =>
  protocolError(
    'invalid_message',
    `The agent's answer to ${what} is not valid`,
  );

/**
 * The page's only line to the agent: socket.io on the page's own origin.
 * Every incoming payload and answer is checked against its schema.
 */
export function connectAgent(
  token: string,
  listeners: AgentLinkListeners,
  createSocket: (options: Partial<ManagerOptions & SocketOptions>) => Socket = (
    options,
  ) => io(options),
): AgentLink {
  const socket = createSocket({
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
  });

  socket.on('connect', () => listeners.connection('connected'));
  socket.on('disconnect', () => listeners.connection('lost'));
  socket.on('connect_error', () => {
    // An inactive socket was refused (stale token, wrong version) and will
    // not retry by itself; an active one keeps retrying.
    listeners.connection(socket.active ? 'lost' : 'refused');
  });

  socket.on('agent.hello', (input: unknown) => {
    const parsed = parseMessage('agent.hello', input);
    if (!parsed.ok) return listeners.rejected('agent.hello', parsed.error);
    const { kioskId, simulator, idleTimeoutSeconds } = parsed.value;
    listeners.event({
      type: 'agent.hello',
      kioskId,
      simulator,
      ...(idleTimeoutSeconds === undefined ? {} : { idleTimeoutSeconds }),
    });
  });
  socket.on('identity.read', (input: unknown) => {
    const parsed = parseMessage('identity.read', input);
    if (!parsed.ok) return listeners.rejected('identity.read', parsed.error);
    listeners.event({ type: 'identity.read', ...parsed.value });
  });
  socket.on('identity.error', (input: unknown) => {
    const parsed = parseMessage('identity.error', input);
    if (!parsed.ok) return listeners.rejected('identity.error', parsed.error);
    listeners.event({ type: 'identity.error', error: parsed.value.error });
  });
  socket.on('dossier.scanned', (input: unknown) => {
    const parsed = parseMessage('dossier.scanned', input);
    if (!parsed.ok) return listeners.rejected('dossier.scanned', parsed.error);
    listeners.event({ type: 'dossier.scanned', code: parsed.value.code });
  });
  socket.on('page.reload', (input: unknown) => {
    const parsed = parseMessage('page.reload', input);
    if (!parsed.ok) return listeners.rejected('page.reload', parsed.error);
    listeners.reload?.();
  });
  socket.on('printer.status', (input: unknown) => {
    const parsed = parseMessage('printer.status', input);
    if (!parsed.ok) return listeners.rejected('printer.status', parsed.error);
    listeners.event({ type: 'printer.status', status: parsed.value });
  });

  async function request(
    name: string,
    payload: unknown,
    timeoutMs: number,
  ): Promise<Result<unknown, ProtocolError>> {
    try {
      const answer: unknown = await socket
        .timeout(timeoutMs)
        .emitWithAck(name, payload);
      return { ok: true, value: answer };
    } catch {
      return { ok: false, error: unreachable(name) };
    }
  }

  async function simple(
    name: 'session.end' | 'sim.scan' | 'sim.printer',
    payload: unknown,
    timeoutMs: number,
  ): Promise<Result<true, ProtocolError>> {
    const answer = await request(name, payload, timeoutMs);
    if (!answer.ok) return answer;
    return readSimpleAnswer(answer.value, name);
  }

  /**
   * A service request: refused locally with the agent's own codes when it
   * fails its schema, and the answer checked against its own.
   */
  async function ask<A extends ServiceAnswer>(
    name: MessageName,
    payload: unknown,
    answerName: A,
    timeoutMs: number,
  ): Promise<Payload<A>> {
    const failed = (error: ProtocolError) =>
      ({ ok: false, error }) as Payload<A>;
    const outgoing = parseMessage(name, payload);
    if (!outgoing.ok) return failed(outgoing.error);

    const answer = await request(name, outgoing.value, timeoutMs);
    if (!answer.ok) return failed(answer.error);

    const parsed = parseMessage(answerName, answer.value);
    return parsed.ok ? parsed.value : failed(badAnswer(name));
  }

  return {
    async catalogGet() {
      const answer = await request('catalog.get', {}, AGENT_TIMEOUTS.catalog);
      if (!answer.ok) return answer;
      return readCatalogAnswer(answer.value);
    },

    async dossierSubmit(submit) {
      // Refuse locally what the agent would refuse, with the same codes.
      const outgoing = parseMessage('dossier.submit', submit);
      if (!outgoing.ok) return { kind: 'refused', error: outgoing.error };

      const answer = await request(
        'dossier.submit',
        outgoing.value,
        AGENT_TIMEOUTS.submit,
      );
      if (!answer.ok) return { kind: 'unreachable', error: answer.error };

      const parsed = parseMessage('dossier.submitted', answer.value);
      if (!parsed.ok) {
        return { kind: 'unreachable', error: badAnswer('dossier.submit') };
      }
      return parsed.value.ok
        ? { kind: 'accepted', receipt: parsed.value.receipt }
        : { kind: 'refused', error: parsed.value.error };
    },

    sessionEnd: () => simple('session.end', {}, AGENT_TIMEOUTS.session),
    dossierLookup: (code) =>
      ask(
        'dossier.lookup',
        { code },
        'dossier.lookedUp',
        AGENT_TIMEOUTS.lookup,
      ),
    ratingSubmit: (rating) =>
      ask('rating.submit', rating, 'rating.submitted', AGENT_TIMEOUTS.rating),
    queueTake: (take) =>
      ask('queue.take', take, 'queue.taken', AGENT_TIMEOUTS.queue),
    queueSlots: (date) =>
      ask('queue.slots', { date }, 'queue.slotsListed', AGENT_TIMEOUTS.slots),
    helpRequest: (help) =>
      ask('help.request', help, 'help.requested', AGENT_TIMEOUTS.help),
    documentScan: (requirementId) =>
      ask(
        'document.scan',
        { requirementId },
        'document.scanned',
        AGENT_TIMEOUTS.scan,
      ),
    simScan: (data) => simple('sim.scan', { data }, AGENT_TIMEOUTS.simulator),
    simPrinter: (condition) =>
      simple('sim.printer', { condition }, AGENT_TIMEOUTS.simulator),

    close() {
      socket.close();
    },
  };
}

function readCatalogAnswer(answer: unknown): CatalogOutcome {
  if (isOkAnswer(answer)) {
    const catalog = catalogSnapshotSchema.safeParse(answer['catalog']);
    return catalog.success
      ? { ok: true, procedures: catalog.data.procedures }
      : { ok: false, error: badAnswer('catalog.get') };
  }
  return { ok: false, error: readError(answer, 'catalog.get') };
}

function readSimpleAnswer(
  answer: unknown,
  name: string,
): Result<true, ProtocolError> {
  if (isOkAnswer(answer)) return { ok: true, value: true };
  return { ok: false, error: readError(answer, name) };
}

function isOkAnswer(answer: unknown): answer is Record<string, unknown> {
  return (
    typeof answer === 'object' &&
    answer !== null &&
    (answer as Record<string, unknown>)['ok'] === true
  );
}

function readError(answer: unknown, name: string): ProtocolError {
  const error = protocolErrorSchema.safeParse(
    typeof answer === 'object' && answer !== null
      ? (answer as Record<string, unknown>)['error']
      : undefined,
  );
  return error.success ? error.data : badAnswer(name);
}
