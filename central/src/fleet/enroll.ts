import { createPublicKey } from 'node:crypto';
import type { KioskEnrolled, ProtocolError } from '@motcua/protocol';
import { parseMessage, protocolError } from '@motcua/protocol';
import type { CentralContext } from '../context';
import { initialPushItems } from './publish';
import { hashToken } from './tokens';

export interface EnrollAnswer {
  /** HTTP status: 200, or 4xx for a refusal that a retry will not change. */
  readonly status: number;
  readonly body: KioskEnrolled;
}

/**
 * Handles `kiosk.enroll`: checks the key, then burns the token and binds
 * the key in one transaction, with the kiosk's first push items. A kiosk
 * enrolled again (repaired) gets the new key; `cutKiosk` drops whatever is
 * still connected with the old one.
 */
export async function enrollKiosk(
  context: CentralContext,
  cutKiosk: (kioskId: string) => void,
  input: unknown,
): Promise<EnrollAnswer> {
  const { logger } = context;
  const parsed = parseMessage('kiosk.enroll', input);
  if (!parsed.ok) return refuse(context, 400, parsed.error);
  const { token, publicKey, agentVersion } = parsed.value;

  if (!isEd25519(publicKey)) {
    return refuse(
      context,
      400,
      protocolError(
        'enroll.bad_key',
        'publicKey must be an Ed25519 key, SPKI DER in base64',
        'publicKey',
      ),
    );
  }

  const outcome = await context.store.enroll({
    tokenSha256: hashToken(token),
    publicKey,
    agentVersion,
    at: context.now().toISOString(),
    initialItems: (slot, tx) => initialPushItems(context.published, slot, tx),
  });

  switch (outcome.kind) {
    case 'unknown':
      return refuse(context, 401, tokenError('token_unknown', 'is not known'));
    case 'used':
      return refuse(context, 409, tokenError('token_used', 'was used'));
    case 'expired':
      return refuse(context, 410, tokenError('token_expired', 'has expired'));
    case 'enrolled': {
      const { slot } = outcome;
      cutKiosk(slot.id);
      logger.log('kiosk-enrolled', 'success', {
        kioskId: slot.id,
        agentVersion,
      });
      context.staff.kioskUpdated(context.registry.enrolled(slot.id, slot));
      context.pushes.notify([slot.id]);
      return {
        status: 200,
        body: {
          ok: true,
          kioskId: slot.id,
          ward: slot.ward,
          address: slot.address,
        },
      };
    }
    default: {
      const unexpected: never = outcome;
      throw new Error(`Unexpected outcome ${String(unexpected)}`);
    }
  }
}

function isEd25519(publicKey: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return key.asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

function tokenError(reason: string, what: string): ProtocolError {
  return protocolError(`enroll.${reason}`, `The token ${what}`, 'token');
}

function refuse(
  context: CentralContext,
  status: number,
  error: ProtocolError,
): EnrollAnswer {
  context.logger.log('kiosk-enroll-refused', 'failure', { error });
  return { status, body: { ok: false, error } };
}
