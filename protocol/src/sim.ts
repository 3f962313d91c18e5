import { z } from 'zod';

/** app dev panel → agent, simulator mode only: a code held to the scanner. */
export const simScanSchema = z.strictObject({
  data: z.string().max(4096),
});

/** app dev panel → agent, simulator mode only: change the printer's state. */
export const simPrinterSchema = z.strictObject({
  condition: z.enum(['ready', 'paperNearEnd', 'paperOut', 'coverOpen']),
});
