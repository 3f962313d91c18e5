import { z } from 'zod';

// Control characters never belong in a name, address or form field; they are
// how line noise and hostile input usually show up.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A line of human text: normalised to NFC first, then bounded, so that
 * "Nguyễn" typed in NFD and NFC is the same value and the same length.
 */
export function text(max: number, min = 0) {
  return z
    .string()
    .transform((value) => value.normalize('NFC'))
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((value) => !CONTROL.test(value), {
          message: 'must not contain control characters',
          params: { code: 'control_character' },
        }),
    );
}

/** A calendar date as `YYYY-MM-DD` that exists. */
export const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** An instant in UTC, as ISO 8601 with offset. */
export const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 date-time',
});

export const localized = z.strictObject({
  vi: text(500, 1),
  en: text(500, 1),
});

export type Localized = z.infer<typeof localized>;

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;
