import { z } from 'zod';
import { instant, text } from './text';

export const deviceHealthSchema = z.strictObject({
  role: z.enum(['printer', 'scanner', 'cardReader', 'documentScanner']),
  driver: text(40, 1),
  state: z.enum([
    'ready',
    'paperNearEnd',
    'paperOut',
    'coverOpen',
    'error',
    'disconnected',
  ]),
});
export type DeviceHealth = z.infer<typeof deviceHealthSchema>;

/** agent → central, every 10 s while connected (volatile: may be lost). */
export const kioskHeartbeatSchema = z.strictObject({
  kioskId: text(64, 1),
  sentAt: instant,
  uptimeSeconds: z.number().int().min(0),
  agentVersion: text(40, 1),
  devices: z.array(deviceHealthSchema).max(16),
  outbox: z.strictObject({
    pending: z.number().int().min(0),
    oldestAgeSeconds: z.number().int().min(0).nullable(),
  }),
  freeDiskBytes: z.number().int().min(0),
});
export type KioskHeartbeat = z.infer<typeof kioskHeartbeatSchema>;
