import { z } from 'zod';
import { dossierCodeSchema, printOutcomeSchema } from './dossier';
import { protocolErrorSchema } from './error';
import { instant, isoDate, languageSchema, text } from './text';

// The resident services beside submitting a dossier: status lookup, a queue
// number or an appointment at the ward office, a satisfaction rating. Each
// has an app → agent request and, where central must know, an agent →
// central message (through the outbox, or asked live for a lookup).

const procedureIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);

// ─── Dossier status ──────────────────────────────────────────────────────

/** Where a dossier is on its way through the ward office. */
export const dossierStatusSchema = z.enum([
  'received',
  'inProgress',
  'moreDocuments',
  'done',
  'returned',
]);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

export const dossierStatusViewSchema = z.strictObject({
  code: dossierCodeSchema,
  procedureId: procedureIdSchema,
  status: dossierStatusSchema,
  receivedAt: instant,
  /** The legal due date, from the working-day calendar. */
  dueDate: isoDate,
  updatedAt: instant,
  /** What the ward office asks for, when status is `moreDocuments`. */
  note: text(300).optional(),
});
export type DossierStatusView = z.infer<typeof dossierStatusViewSchema>;

/** app → agent, and agent → central (socket.io with acknowledgement). */
export const dossierLookupSchema = z.strictObject({ code: dossierCodeSchema });
export type DossierLookup = z.infer<typeof dossierLookupSchema>;

/**
 * The answer to a lookup. `source` says who answered: central knows the
 * current status; the kiosk alone knows only that it received the dossier.
 * Error codes: `not_found`, `central_unreachable`.
 */
export const dossierLookupAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    source: z.enum(['central', 'kiosk']),
    dossier: dossierStatusViewSchema,
  }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type DossierLookupAnswer = z.infer<typeof dossierLookupAnswerSchema>;

// ─── Satisfaction rating ─────────────────────────────────────────────────

export const ratingScoreSchema = z.number().int().min(1).max(5);

/** app → agent: one rating, after a dossier or on its own. */
export const ratingSubmitSchema = z.strictObject({
  score: ratingScoreSchema,
  dossierCode: dossierCodeSchema.optional(),
  procedureId: procedureIdSchema.optional(),
});
export type RatingSubmit = z.infer<typeof ratingSubmitSchema>;

/** agent → central through the outbox; acknowledged with `delivery.ack`. */
export const kioskRatingSchema = z.strictObject({
  msgId: z.uuid(),
  at: instant,
  score: ratingScoreSchema,
  dossierCode: dossierCodeSchema.optional(),
  procedureId: procedureIdSchema.optional(),
});
export type KioskRating = z.infer<typeof kioskRatingSchema>;

// ─── Queue number and appointment ────────────────────────────────────────

/** app → agent: a number for the ward office's queue now, or a booking. */
export const queueTakeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('walkIn'),
    procedureId: procedureIdSchema.optional(),
    /** The language of the ticket's instruction line; Vietnamese if absent. */
    language: languageSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('appointment'),
    procedureId: procedureIdSchema.optional(),
    language: languageSchema.optional(),
    date: isoDate,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      message: 'must be a time as HH:mm',
    }),
  }),
]);
export type QueueTake = z.infer<typeof queueTakeSchema>;

export const queueTicketSchema = z.strictObject({
  /** Shown and called out at the counter, such as `A-012` or `H-003`. */
  number: z.string().regex(/^[A-Z]-\d{3,4}$/),
  kind: z.enum(['walkIn', 'appointment']),
  procedureId: procedureIdSchema.optional(),
  /** The day the ticket is for, in Asia/Ho_Chi_Minh. */
  date: isoDate,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  issuedAt: instant,
});
export type QueueTicket = z.infer<typeof queueTicketSchema>;

/** agent → app. Error codes: `slot_full`, `not_working_day`, `past`. */
export const queueTakeAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    ticket: queueTicketSchema,
    print: printOutcomeSchema,
  }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type QueueTakeAnswer = z.infer<typeof queueTakeAnswerSchema>;

/** app → agent: which appointment times are left on a day. */
export const queueSlotsSchema = z.strictObject({ date: isoDate });
export type QueueSlots = z.infer<typeof queueSlotsSchema>;

export const queueSlotSchema = z.strictObject({
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Bookings still possible at this time; 0 when full. */
  free: z.number().int().min(0),
});
export type QueueSlot = z.infer<typeof queueSlotSchema>;

/**
 * agent → app: the day's appointment times, from now on when the day is
 * today. Error codes: `not_working_day`, `past`.
 */
export const queueSlotsAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    date: isoDate,
    slots: z.array(queueSlotSchema).max(48),
  }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type QueueSlotsAnswer = z.infer<typeof queueSlotsAnswerSchema>;

/** agent → central through the outbox; acknowledged with `delivery.ack`. */
export const kioskTicketSchema = z.strictObject({
  msgId: z.uuid(),
  ticket: queueTicketSchema,
});
export type KioskTicket = z.infer<typeof kioskTicketSchema>;

// ─── Help ────────────────────────────────────────────────────────────────

/**
 * app → agent: the resident asked for a person. The agent sends it to
 * central as a `kiosk.event` of kind `help.requested`.
 */
export const helpRequestSchema = z.strictObject({
  reason: z.enum(['callStaff', 'deviceProblem', 'other']),
});
export type HelpRequest = z.infer<typeof helpRequestSchema>;

export const simpleAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type SimpleAnswer = z.infer<typeof simpleAnswerSchema>;
