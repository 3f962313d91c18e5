import { z } from 'zod';
import { catalogSnapshotSchema } from './catalog';
import {
  dossierCodeSchema,
  dossierDeliveredSchema,
  printOutcomeSchema,
  dossierDeliverSchema,
  dossierSubmitAnswerSchema,
  dossierSubmitSchema,
} from './dossier';
import { fromZodError, protocolError, protocolErrorSchema } from './error';
import type { ProtocolError } from './error';
import { kioskHeartbeatSchema } from './heartbeat';
import { identityReadSchema } from './identity';
import { printerStatusSchema } from './printer';
import type { Result } from './result';
import { err, ok } from './result';
import {
  dossierLookupAnswerSchema,
  dossierLookupSchema,
  helpRequestSchema,
  kioskRatingSchema,
  kioskTicketSchema,
  queueSlotsAnswerSchema,
  queueSlotsSchema,
  queueTakeAnswerSchema,
  queueTakeSchema,
  ratingSubmitSchema,
  simpleAnswerSchema,
} from './services';
import { simPrinterSchema, simScanSchema } from './sim';
import {
  blobChunkAnswerSchema,
  blobChunkSchema,
  blobHeadAnswerSchema,
  blobHeadSchema,
  centralPushSchema,
  commandResultSchema,
  deliveryAckSchema,
  kioskEnrolledSchema,
  kioskEnrollSchema,
  kioskEventSchema,
  kioskHandshakeSchema,
} from './sync';
import { text } from './text';

/** Bumped when any message changes shape; checked in every handshake. */
export const PROTOCOL_VERSION = 1;

type Direction = 'agent→app' | 'app→agent' | 'agent→central' | 'central→agent';

interface MessageDefinition<S extends z.ZodType> {
  readonly direction: Direction;
  readonly version: number;
  readonly schema: S;
  readonly summary: string;
}

function message<S extends z.ZodType>(
  direction: Direction,
  schema: S,
  summary: string,
): MessageDefinition<S> {
  return { direction, version: PROTOCOL_VERSION, schema, summary };
}

export const agentHelloSchema = z.strictObject({
  kioskId: text(64, 1),
  simulator: z.boolean(),
  protocolVersion: z.number().int(),
  /**
   * Seconds without a touch before the page asks whether the resident is
   * still there (central's kiosk config). Optional: older agents omit it
   * and the page keeps its own default.
   */
  idleTimeoutSeconds: z.number().int().min(30).max(600).optional(),
});

export const identityErrorSchema = z.strictObject({
  error: protocolErrorSchema,
});

export const documentScannedSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    attachment: z.strictObject({
      attachmentId: z.uuid(),
      requirementId: z.string().max(40),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      size: z.number().int().min(1),
      mime: z.enum(['image/png', 'image/jpeg', 'application/pdf']),
      pages: z.number().int().min(1).max(50),
      blank: z.boolean(),
      /** A small JPEG of the first page for the screen, as a data URL. */
      preview: z
        .string()
        .max(400_000)
        .regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/]+=*$/)
        .optional(),
    }),
  }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);

export const dossierReprintedSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), print: printOutcomeSchema }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);

/** Every message that crosses a process, by its dotted name. */
export const messages = {
  'agent.hello': message(
    'agent→app',
    agentHelloSchema,
    'Sent once per connection: who the kiosk is and its mode.',
  ),
  'identity.read': message(
    'agent→app',
    identityReadSchema,
    'A card was read and passed every check.',
  ),
  'identity.error': message(
    'agent→app',
    identityErrorSchema,
    'A card or code was read but could not be accepted.',
  ),
  'catalog.get': message(
    'app→agent',
    z.strictObject({}),
    'Asks for the procedures; answered with catalog.snapshot.',
  ),
  'catalog.snapshot': message(
    'central→agent',
    catalogSnapshotSchema,
    'The procedure catalog, with its sequence number.',
  ),
  'dossier.submit': message(
    'app→agent',
    dossierSubmitSchema,
    'The resident submits a dossier; answered with dossier.submitted.',
  ),
  'dossier.submitted': message(
    'agent→app',
    dossierSubmitAnswerSchema,
    'The dossier is committed (with its code) or refused.',
  ),
  'dossier.deliver': message(
    'agent→central',
    dossierDeliverSchema,
    'One committed dossier, delivered at least once.',
  ),
  'dossier.delivered': message(
    'central→agent',
    dossierDeliveredSchema,
    'Central stored the dossier (or already had it), or refused it.',
  ),
  'printer.status': message(
    'agent→app',
    printerStatusSchema,
    'The receipt printer changed state.',
  ),
  'kiosk.heartbeat': message(
    'agent→central',
    kioskHeartbeatSchema,
    'Periodic health; volatile, a lost one is replaced by the next.',
  ),
  'session.end': message(
    'app→agent',
    z.strictObject({}),
    'The resident left: drop everything kept for the session.',
  ),
  'sim.scan': message(
    'app→agent',
    simScanSchema,
    'Simulator only: a code is held to the scanner.',
  ),
  'kiosk.enroll': message(
    'agent→central',
    kioskEnrollSchema,
    'HTTP: claim a kiosk slot with a one-time token and a public key.',
  ),
  'kiosk.enrolled': message(
    'central→agent',
    kioskEnrolledSchema,
    'HTTP: the slot is bound to the key, or the token was refused.',
  ),
  'kiosk.handshake': message(
    'agent→central',
    kioskHandshakeSchema,
    'socket.io auth on every (re)connect: proof of the key, last seq.',
  ),
  'central.push': message(
    'central→agent',
    centralPushSchema,
    'One item of the ordered catalog/calendar/config/command stream.',
  ),
  'kiosk.event': message(
    'agent→central',
    kioskEventSchema,
    'A health change that matters, delivered through the outbox.',
  ),
  'command.result': message(
    'agent→central',
    commandResultSchema,
    'How a remote command went, delivered through the outbox.',
  ),
  'blob.head': message(
    'agent→central',
    blobHeadSchema,
    'Asks how much of a blob central has; answered with blob.offset.',
  ),
  'blob.offset': message(
    'central→agent',
    blobHeadAnswerSchema,
    'How many bytes of a blob central holds.',
  ),
  'blob.chunk': message(
    'agent→central',
    blobChunkSchema,
    'One chunk of an attachment, log file or screenshot.',
  ),
  'blob.chunked': message(
    'central→agent',
    blobChunkAnswerSchema,
    'Central stored the chunk, or says where to resume.',
  ),
  'delivery.ack': message(
    'central→agent',
    deliveryAckSchema,
    'Acknowledges kiosk.event and command.result.',
  ),
  'document.scan': message(
    'app→agent',
    z.strictObject({
      requirementId: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
    }),
    'Scan a document for this session; answered with the attachment.',
  ),
  'document.scanned': message(
    'agent→app',
    documentScannedSchema,
    'The scanned document, kept by the agent until the session ends.',
  ),
  'dossier.reprint': message(
    'app→agent',
    z.strictObject({ code: dossierCodeSchema }),
    'Print the slip of a dossier again, by its code.',
  ),
  'dossier.reprinted': message(
    'agent→app',
    dossierReprintedSchema,
    'How the reprint went.',
  ),
  'page.reload': message(
    'agent→app',
    z.strictObject({}),
    'Central asked for the kiosk page to reload.',
  ),
  'dossier.lookup': message(
    'app→agent',
    dossierLookupSchema,
    'Status of a dossier by its code; the agent asks central (same name).',
  ),
  'dossier.lookedUp': message(
    'agent→app',
    dossierLookupAnswerSchema,
    'The status, from central or, offline, from the kiosk; or not found.',
  ),
  'dossier.scanned': message(
    'agent→app',
    z.strictObject({ code: dossierCodeSchema }),
    'A dossier code (the QR on a slip) was held to the scanner.',
  ),
  'rating.submit': message(
    'app→agent',
    ratingSubmitSchema,
    'A satisfaction rating, 1–5, after a dossier or on its own.',
  ),
  'rating.submitted': message(
    'agent→app',
    simpleAnswerSchema,
    'The rating is stored for central.',
  ),
  'kiosk.rating': message(
    'agent→central',
    kioskRatingSchema,
    'A rating, delivered through the outbox.',
  ),
  'queue.take': message(
    'app→agent',
    queueTakeSchema,
    'A queue number for now, or an appointment at the ward office.',
  ),
  'queue.taken': message(
    'agent→app',
    queueTakeAnswerSchema,
    'The ticket and how printing it went.',
  ),
  'queue.slots': message(
    'app→agent',
    queueSlotsSchema,
    'Asks which appointment times are left on a day.',
  ),
  'queue.slotsListed': message(
    'agent→app',
    queueSlotsAnswerSchema,
    'The day’s appointment times with the places left, or why none.',
  ),
  'kiosk.ticket': message(
    'agent→central',
    kioskTicketSchema,
    'A queue ticket or appointment, delivered through the outbox.',
  ),
  'help.request': message(
    'app→agent',
    helpRequestSchema,
    'The resident asked for staff; sent on as kiosk.event help.requested.',
  ),
  'help.requested': message(
    'agent→app',
    simpleAnswerSchema,
    'Staff have been told.',
  ),
  'sim.printer': message(
    'app→agent',
    simPrinterSchema,
    'Simulator only: change the simulated printer state.',
  ),
} as const;

export type MessageName = keyof typeof messages;
export type Payload<N extends MessageName> = z.output<
  (typeof messages)[N]['schema']
>;

export function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(messages, name);
}

/**
 * Validates an incoming payload at a boundary. Never throws: garbage of any
 * shape comes back as a specific `ProtocolError`.
 */
export function parseMessage<N extends MessageName>(
  name: N,
  input: unknown,
): Result<Payload<N>, ProtocolError> {
  if (!isMessageName(name)) {
    return err(
      protocolError('unknown_message', `Unknown message ${describe(name)}`),
    );
  }
  const parsed = messages[name].schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return err(fromZodError(parsed.error));
  }
  return ok(parsed.data as Payload<N>);
}

/** Checks the version a peer announced in its handshake. */
export function checkProtocolVersion(
  version: unknown,
): Result<number, ProtocolError> {
  if (version !== PROTOCOL_VERSION) {
    return err(
      protocolError(
        'unsupported_version',
        `Protocol version ${describe(version)} is not supported; ` +
          `this side speaks ${String(PROTOCOL_VERSION)}`,
        'protocolVersion',
      ),
    );
  }
  return ok(PROTOCOL_VERSION);
}

// `String()` throws on objects without a usable `toString` (such as
// `{ "toString": 1 }` from JSON), and a peer chooses what it sends.
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.slice(0, 64));
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    default:
      return value === null ? 'null' : `of type ${typeof value}`;
  }
}
