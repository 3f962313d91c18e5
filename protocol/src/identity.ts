import { z } from 'zod';
import { isoDate, text } from './text';

export const ID_NUMBER_PATTERN = /^\d{12}$/;

export const sexSchema = z.enum(['male', 'female']);
export type Sex = z.infer<typeof sexSchema>;

/** Where an identity came from: the card's QR, its chip, or typed by hand. */
export const identitySourceSchema = z.enum(['qr', 'chip', 'manual']);
export type IdentitySource = z.infer<typeof identitySourceSchema>;

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
  /**
   * How the kiosk got this identity, so staff can tell typed data from
   * data read off the card. Optional: older messages carry none.
   */
  source: identitySourceSchema.optional(),
});

export type Identity = z.infer<typeof identitySchema>;

/** agent → app: a card was read and its data passed every check. */
export const identityReadSchema = z.strictObject({
  source: identitySourceSchema,
  identity: identitySchema,
});

export type IdentityRead = z.infer<typeof identityReadSchema>;
