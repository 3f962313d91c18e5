import type { Logger, ProtocolError, Result } from '@motcua/protocol';
import { err, ok, parseMessage, protocolError } from '@motcua/protocol';
import type { Db } from '../store/open-store';
import type { KioskKey } from './kiosk-key';

export interface Enrollment {
  readonly kioskId: string;
  readonly ward: string;
  readonly address: string;
}

export function loadEnrollment(db: Db): Enrollment | undefined {
  const row = db
    .prepare('SELECT kiosk_id, ward, address FROM kiosk_identity LIMIT 1')
    .get() as { kiosk_id: string; ward: string; address: string } | undefined;
  return row === undefined
    ? undefined
    : { kioskId: row.kiosk_id, ward: row.ward, address: row.address };
}

/**
 * Claims the kiosk's slot at central with a one-time token and this kiosk's
 * public key. The token is spent whatever happens next, so a refusal is
 * final until a technician brings a new one.
 */
export async function enroll(options: {
  readonly centralUrl: string;
  readonly token: string;
  readonly key: KioskKey;
  readonly agentVersion: string;
  readonly db: Db;
  readonly now: () => Date;
  readonly logger: Logger;
}): Promise<Result<Enrollment, ProtocolError>> {
  let body: unknown;
  try {
    const response = await fetch(`${options.centralUrl}/api/kiosk/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: options.token,
        publicKey: options.key.publicKey,
        agentVersion: options.agentVersion,
      }),
      signal: AbortSignal.timeout(15_000),
    });
    body = await response.json();
  } catch (error) {
    return err(
      protocolError(
        'enroll.unreachable',
        `Central could not be reached: ${String(error)}`,
      ),
    );
  }

  const answer = parseMessage('kiosk.enrolled', body);
  if (!answer.ok) return err(answer.error);
  if (!answer.value.ok) {
    options.logger.log('enrollment-refused', 'failure', {
      error: answer.value.error,
    });
    return err(answer.value.error);
  }

  const enrollment: Enrollment = {
    kioskId: answer.value.kioskId,
    ward: answer.value.ward,
    address: answer.value.address,
  };
  const save = options.db.transaction(() => {
    options.db.prepare('DELETE FROM kiosk_identity').run();
    options.db
      .prepare(
        `INSERT INTO kiosk_identity (kiosk_id, ward, address, enrolled_at)
         VALUES (?, ?, ?, ?)`,
      )
      .run(
        enrollment.kioskId,
        enrollment.ward,
        enrollment.address,
        options.now().toISOString(),
      );
  });
  save();
  options.logger.log('enrolled', 'success', { kioskId: enrollment.kioskId });
  return ok(enrollment);
}
