import { z } from 'zod';
import { protocolErrorSchema } from './error';
import { identitySchema } from './identity';
import { instant, isoDate, languageSchema, text } from './text';

/**
 * National dossier code, `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` (Circular
 * 01/2018/TT-VPCP art. 19): receiving agency, date received, daily sequence.
 */
export const DOSSIER_CODE_PATTERN =
  /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

export const dossierCodeSchema = z.string().regex(DOSSIER_CODE_PATTERN, {
  message: 'must be a dossier code like 000.00.00.H29-261203-0001',
});

export const formValuesSchema = z
  .record(
    z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, {
      message: 'must be a camelCase identifier',
    }),
    text(500),
  )
  .refine((values) => Object.keys(values).length <= 40, {
    message: 'must have at most 40 fields',
    params: { code: 'too_long' },
  });

/** app → agent: a scanned document kept by the agent for this session. */
export const attachmentChoiceSchema = z.strictObject({
  requirementId: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
  attachmentId: z.uuid(),
});

/** A stored attachment: content-addressed, delivered as a blob. */
export const attachmentRecordSchema = z.strictObject({
  requirementId: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z
    .number()
    .int()
    .min(1)
    .max(20 * 1024 * 1024),
  mime: z.enum(['image/png', 'image/jpeg', 'application/pdf']),
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

/** app → agent: the resident pressed "submit". */
export const dossierSubmitSchema = z.strictObject({
  /** Made by the app per attempt, so a retried tap is one dossier. */
  requestId: z.uuid(),
  procedureId: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  language: languageSchema,
  applicant: identitySchema,
  fields: formValuesSchema,
  attachments: z.array(attachmentChoiceSchema).max(20).optional(),
  /**
   * The resident saw the `likely_duplicate` warning (same ID number and
   * procedure on this kiosk recently) and submits again anyway.
   */
  allowDuplicate: z.boolean().optional(),
});
export type DossierSubmit = z.infer<typeof dossierSubmitSchema>;

export const printOutcomeSchema = z.enum([
  'printed',
  'paperOut',
  'coverOpen',
  'printerUnavailable',
]);
export type PrintOutcome = z.infer<typeof printOutcomeSchema>;

/** The fee of a dossier and how to pay it by bank transfer. */
export const dossierPaymentSchema = z.strictObject({
  amountVnd: z.number().int().min(1).max(100_000_000),
  /**
   * VietQR payload (see `vietqr.ts`) for the ward's account, with the
   * amount and the dossier code; absent when the ward has no account set,
   * so the fee is paid at the counter.
   */
  vietQr: z.string().min(20).max(512).optional(),
});
export type DossierPayment = z.infer<typeof dossierPaymentSchema>;

export const dossierReceiptSchema = z.strictObject({
  dossierId: z.uuid(),
  dossierCode: dossierCodeSchema,
  receivedAt: instant,
  returnDate: isoDate,
  print: printOutcomeSchema,
  /** Present when the procedure has a fee. */
  payment: dossierPaymentSchema.optional(),
});
export type DossierReceipt = z.infer<typeof dossierReceiptSchema>;

/** agent → app: the answer to `dossier.submit`. */
export const dossierSubmitAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), receipt: dossierReceiptSchema }),
  z.strictObject({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type DossierSubmitAnswer = z.infer<typeof dossierSubmitAnswerSchema>;

/** The dossier as the kiosk committed it and central stores it. */
export const dossierRecordSchema = z.strictObject({
  id: z.uuid(),
  code: dossierCodeSchema,
  kioskId: text(64, 1),
  procedureId: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  language: languageSchema,
  receivedAt: instant,
  returnDate: isoDate,
  applicant: identitySchema,
  fields: formValuesSchema,
  attachments: z.array(attachmentRecordSchema).max(20).optional(),
});
export type DossierRecord = z.infer<typeof dossierRecordSchema>;

/** agent → central: deliver one committed dossier (at least once). */
export const dossierDeliverSchema = z.strictObject({
  msgId: z.uuid(),
  dossier: dossierRecordSchema,
});
export type DossierDeliver = z.infer<typeof dossierDeliverSchema>;

/** central → agent: the acknowledgement of `dossier.deliver`. */
export const dossierDeliveredSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    dossierId: z.uuid(),
    /** True when central already had it: the retry changed nothing. */
    duplicate: z.boolean(),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: protocolErrorSchema,
    /** False when central will never accept it: dead-letter it. */
    retryable: z.boolean(),
  }),
]);
export type DossierDelivered = z.infer<typeof dossierDeliveredSchema>;
