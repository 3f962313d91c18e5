import { z } from 'zod';
import { procedureSchema } from './catalog';
import { protocolErrorSchema } from './error';
import { instant, isoDate, text } from './text';
import { vietQrPayeeSchema } from './vietqr';

const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a lowercase SHA-256 hex' });

/** Attachments travel in chunks of at most this many bytes. */
export const CHUNK_BYTES = 256 * 1024;
/** No single attachment or upload may be larger. */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

// ─── Enrollment ──────────────────────────────────────────────────────────

/** agent → central (HTTP POST /api/kiosk/enroll): claim a kiosk slot. */
export const kioskEnrollSchema = z.strictObject({
  token: z.string().min(16).max(128),
  /** Ed25519 public key, SPKI DER, base64. */
  publicKey: z.string().min(40).max(200),
  agentVersion: text(40, 1),
});
export type KioskEnroll = z.infer<typeof kioskEnrollSchema>;

export const kioskEnrolledSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    kioskId: text(64, 1),
    ward: text(100, 1),
    address: text(300),
  }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type KioskEnrolled = z.infer<typeof kioskEnrolledSchema>;

/** What the kiosk signs with its key on every (re)connect. */
export function kioskProofText(kioskId: string, signedAt: string): string {
  return `motcua-kiosk-auth:v1:${kioskId}:${signedAt}`;
}

/** The `/kiosk` handshake: proof of the enrolled key, and where sync stands. */
export const kioskHandshakeSchema = z.strictObject({
  kioskId: text(64, 1),
  protocolVersion: z.number().int(),
  signedAt: instant,
  /** Ed25519 signature of `kioskProofText`, base64. */
  signature: z.string().min(40).max(200),
  /** Last central → kiosk sequence number applied. */
  lastSeq: z.number().int().min(0),
});
export type KioskHandshake = z.infer<typeof kioskHandshakeSchema>;

// ─── Central → kiosk ─────────────────────────────────────────────────────

export const calendarSchema = z.strictObject({
  version: text(40, 1),
  daysOff: z.array(isoDate).max(400),
  workingSaturdays: z.array(isoDate).max(100),
});
export type CalendarData = z.infer<typeof calendarSchema>;

export const kioskConfigSchema = z.strictObject({
  wardName: text(100, 1),
  /** Minutes of printer status polling and heartbeat cadence stay local. */
  retentionDays: z.number().int().min(1).max(365),
  idleTimeoutSeconds: z.number().int().min(30).max(600),
  /**
   * The ward's account for fees paid by VietQR. Absent: the kiosk keeps
   * the account of its own settings file, if any.
   */
  payee: vietQrPayeeSchema.optional(),
});
export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export const commandNameSchema = z.enum([
  'printTestSlip',
  'reloadPage',
  'reloadConfig',
  'uploadLogs',
  'captureScreenshot',
]);
export type CommandName = z.infer<typeof commandNameSchema>;

export const pushItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('catalog'),
    procedures: z.array(procedureSchema).max(500),
  }),
  z.strictObject({ kind: z.literal('calendar'), calendar: calendarSchema }),
  z.strictObject({ kind: z.literal('config'), config: kioskConfigSchema }),
  z.strictObject({
    kind: z.literal('command'),
    commandId: z.uuid(),
    name: commandNameSchema,
    issuedAt: instant,
  }),
]);
export type PushItem = z.infer<typeof pushItemSchema>;

/**
 * central → agent (`central.push`, acknowledged): one item of the kiosk's
 * ordered stream. The kiosk applies items in `seq` order, stores the last
 * applied, and sends it as `lastSeq` when it reconnects; central replays
 * what came after.
 */
export const centralPushSchema = z.strictObject({
  seq: z.number().int().min(1),
  item: pushItemSchema,
});
export type CentralPush = z.infer<typeof centralPushSchema>;

// ─── Kiosk → central, through the outbox ─────────────────────────────────

export const kioskEventKindSchema = z.enum([
  'printer.paperNearEnd',
  'printer.paperOut',
  'printer.coverOpen',
  'printer.error',
  'printer.ready',
  'device.lost',
  'device.back',
  'disk.low',
  'disk.ok',
  /** The resident pressed "call staff"; `detail` says why. */
  'help.requested',
  /** Central refused an outbox item for good; `detail` says which and why. */
  'outbox.deadLettered',
]);
export type KioskEventKind = z.infer<typeof kioskEventKindSchema>;

/** agent → central: a change that matters, delivered durably. */
export const kioskEventSchema = z.strictObject({
  msgId: z.uuid(),
  kind: kioskEventKindSchema,
  at: instant,
  detail: text(300).optional(),
});
export type KioskEvent = z.infer<typeof kioskEventSchema>;

export const blobRefSchema = z.strictObject({
  sha256: sha256Schema,
  size: z.number().int().min(0).max(MAX_BLOB_BYTES),
  mime: z.enum(['image/png', 'image/jpeg', 'application/pdf', 'text/plain']),
});
export type BlobRef = z.infer<typeof blobRefSchema>;

/** agent → central: how a command went; logs or screenshots as a blob. */
export const commandResultSchema = z.strictObject({
  msgId: z.uuid(),
  commandId: z.uuid(),
  ok: z.boolean(),
  detail: text(500).optional(),
  blob: blobRefSchema.optional(),
});
export type CommandResult = z.infer<typeof commandResultSchema>;

/** agent → central: how far central already has a blob (resume point). */
export const blobHeadSchema = z.strictObject({ sha256: sha256Schema });

export const blobHeadAnswerSchema = z.strictObject({
  offset: z.number().int().min(0),
  complete: z.boolean(),
});

/** agent → central: one chunk of a blob, at the offset central reported. */
export const blobChunkSchema = z.strictObject({
  sha256: sha256Schema,
  size: z.number().int().min(1).max(MAX_BLOB_BYTES),
  offset: z.number().int().min(0),
  bytes: z.instanceof(Uint8Array).refine((b) => b.length <= CHUNK_BYTES, {
    message: `must be at most ${String(CHUNK_BYTES)} bytes`,
    params: { code: 'too_long' },
  }),
});

export const blobChunkAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    offset: z.number().int().min(0),
    complete: z.boolean(),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: protocolErrorSchema,
    /** Where central wants the next chunk to start. */
    offset: z.number().int().min(0),
  }),
]);

/** central → agent: the acknowledgement of any outbox item. */
export const deliveryAckSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), duplicate: z.boolean() }),
  z.strictObject({
    ok: z.literal(false),
    error: protocolErrorSchema,
    retryable: z.boolean(),
  }),
]);
export type DeliveryAck = z.infer<typeof deliveryAckSchema>;

export { sha256Schema };
