import { z } from 'zod';
import { localized, text } from './text';

/** Which identity datum pre-fills a form field. */
export const prefillSchema = z.enum([
  'fullName',
  'idNumber',
  'dateOfBirth',
  'sex',
  'address',
]);
export type Prefill = z.infer<typeof prefillSchema>;

export const formFieldSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, {
    message: 'must be a camelCase identifier',
  }),
  /**
   * `province`: a code of the 34 provinces (2 digits); `ward`: a code of
   * the city's commune-level units (5 digits). Both are chosen from
   * pick-lists, never typed.
   */
  kind: z.enum([
    'text',
    'date',
    'phone',
    'idNumber',
    'select',
    'longText',
    'province',
    'ward',
  ]),
  label: localized,
  required: z.boolean(),
  maxLength: z.number().int().min(1).max(500),
  prefill: prefillSchema.optional(),
  /** Dates only: `past` (1900 to today, the default) or `future`. */
  dateRange: z.enum(['past', 'future']).optional(),
  options: z
    .array(z.strictObject({ value: text(60, 1), label: localized }))
    .max(100)
    .optional(),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const attachmentRequirementSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
  label: localized,
  required: z.boolean(),
});

export const procedureSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  /** National procedure code, e.g. `1.004194`. */
  code: text(40, 1),
  category: z.enum(['civilStatus', 'residence', 'certification', 'business']),
  name: localized,
  /** Legal processing time in working days; 0 means same day. */
  processingDays: z.number().int().min(0).max(60),
  feeVnd: z.number().int().min(0).max(100_000_000),
  fields: z.array(formFieldSchema).max(40),
  attachments: z.array(attachmentRequirementSchema).max(20),
});
export type Procedure = z.infer<typeof procedureSchema>;

/** central → agent → app: the procedures this kiosk offers. */
export const catalogSnapshotSchema = z.strictObject({
  seq: z.number().int().min(0),
  procedures: z.array(procedureSchema).max(500),
});
export type CatalogSnapshot = z.infer<typeof catalogSnapshotSchema>;
