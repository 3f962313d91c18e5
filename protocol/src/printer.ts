import { z } from 'zod';
import { instant } from './text';

/** agent → app and central: the receipt printer's state, tagged by `state`. */
export const printerStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('ready'), at: instant }),
  z.strictObject({ state: z.literal('paperNearEnd'), at: instant }),
  z.strictObject({ state: z.literal('paperOut'), at: instant }),
  z.strictObject({ state: z.literal('coverOpen'), at: instant }),
  z.strictObject({
    state: z.literal('error'),
    at: instant,
    detail: z.string().max(200),
  }),
  z.strictObject({ state: z.literal('disconnected'), at: instant }),
]);
export type PrinterStatus = z.infer<typeof printerStatusSchema>;
export type PrinterState = PrinterStatus['state'];
