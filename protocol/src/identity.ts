import { z } from 'zod';
import { isoDate, text } from './text';

export const ID_NUMBER_PATTERN = /^\d{12}$/;

export const sexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof sexSchema>;

/** What a CCCD card (QR or chip) or manual entry tells about a resident. */
export const identitySchema = z.strictObject({
  idNumber: z
    .string()
    .regex(ID_NUMBER_PATTERN, { message: 'must be 12 digits' }),
  oldIdNumber: z
    .string()
    .regex(/^\d{9}$/, { message: 'must be 9 digits' })
    .optional(),
  fullName: text(100, 1),
  dateOfBirth: isoDate,
  sex: sexSchema,
  address: text(300),
  issueDate: isoDate.optional(),
});

export type Identity = z.infer<typeof identitySchema>;

export const identitySourceSchema = z.enum(['qr', 'chip', 'manual']);

/** agent → app: a card was read and its data passed every check. */
export const identityReadSchema = z.strictObject({
  source: identitySourceSchema,
  identity: identitySchema,
});

export type IdentityRead = z.infer<typeof identityReadSchema>;
