import { createHash, randomUUID } from 'node:crypto';
import type { CentralStore } from './types';

/** Makes `kioskId` an enrolled slot with an empty stream (contract tests). */
export async function enrollForTest(
  store: CentralStore,
  kioskId: string,
  at = '2026-12-03T09:00:00.000Z',
): Promise<void> {
  const tokenSha256 = createHash('sha256').update(randomUUID()).digest('hex');
  await store.saveEnrollmentToken({
    tokenSha256,
    kioskId,
    ward: 'Phường Sài Gòn',
    address: '86 Lê Thánh Tôn',
    expiresAt: '2099-01-01T00:00:00.000Z',
  });
  const outcome = await store.enroll({
    tokenSha256,
    publicKey: `key-${kioskId}`,
    agentVersion: '0.1.0',
    at,
    initialItems: () => [],
  });
  if (outcome.kind !== 'enrolled') throw new Error(outcome.kind);
}
