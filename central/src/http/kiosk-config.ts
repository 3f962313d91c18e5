import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  fromZodError,
  kioskConfigSchema,
  vietQrPayeeSchema,
} from '@motcua/protocol';
import type { CentralContext } from '../context';
import { configureKiosk } from '../fleet/configure-kiosk';
import { currentKioskConfig, readOverrides } from '../fleet/kiosk-config-store';
import type { KioskSlot, StaffRole } from '../store/types';
import type { KioskConfigView } from '../views';
import { safeDecode } from './admin';
import { readJsonBody } from './body';
import { sendError, sendJson } from './respond';

const CONFIG = /^\/api\/kiosks\/([^/]+)\/config$/;

/**
 * `PUT /api/kiosks/:id/config`: each key optional, null back to the
 * default. Strict, with the bounds of the `config` item the kiosk checks
 * (made from it: central has no zod of its own).
 */
export const kioskConfigChangeSchema = kioskConfigSchema
  .pick({ idleTimeoutSeconds: true, retentionDays: true, payee: true })
  .extend({
    idleTimeoutSeconds: kioskConfigSchema.shape.idleTimeoutSeconds
      .nullable()
      .optional(),
    retentionDays: kioskConfigSchema.shape.retentionDays.nullable().optional(),
    payee: vietQrPayeeSchema.nullable().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, {
    message: 'Give idleTimeoutSeconds, retentionDays or payee',
    params: { code: 'config.empty' },
  });

/**
 * The role a kiosk configuration route needs, or undefined for any other
 * request: operators read it, only admins change it (it moves money).
 */
export function kioskConfigRouteRole(
  method: string,
  pathname: string,
): StaffRole | undefined {
  if (!CONFIG.test(pathname)) return undefined;
  if (method === 'GET' || method === 'HEAD') return 'operator';
  return method === 'PUT' ? 'admin' : undefined;
}

/** Answers a route `kioskConfigRouteRole` matched, for `username`. */
export async function handleKioskConfig(
  context: CentralContext,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  username: string,
): Promise<void> {
  const kioskId = safeDecode(CONFIG.exec(pathname)?.[1]);
  const slot =
    kioskId === undefined ? undefined : await context.store.findKiosk(kioskId);
  if (slot === undefined) {
    return sendError(response, 404, 'not_found', 'No such kiosk');
  }
  if (request.method !== 'PUT') {
    return sendJson(response, 200, await configView(context, slot));
  }

  const body = await readJsonBody(request);
  if (!body.ok) return sendError(response, body.status, body.code, 'Bad body');
  const change = kioskConfigChangeSchema.safeParse(body.value, {
    reportInput: true,
  });
  if (!change.success) {
    const error = fromZodError(change.error);
    context.logger.log('staff-request-refused', 'failure', {
      path: pathname,
      code: error.code,
      field: error.field,
    });
    return sendJson(response, 400, error);
  }

  const saved = await configureKiosk(context, slot, change.data, username);
  sendJson(response, 200, {
    ...(await configView(context, slot)),
    pushed: saved.pushed,
  });
}

async function configView(
  context: CentralContext,
  slot: KioskSlot,
): Promise<KioskConfigView> {
  return {
    kioskId: slot.id,
    ward: slot.ward,
    config: await currentKioskConfig(context.db, slot),
    overrides: await readOverrides(context.db, slot.id),
  };
}
