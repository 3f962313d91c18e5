import { afterEach, expect, it } from 'vitest';
import type { DossierLookupAnswer } from '@motcua/protocol';
import type { Desk } from '../testing/desk';
import { emitAck, startDesk } from '../testing/desk';
import { deliver, sampleDelivery } from '../testing/harness';
import { staffFetch } from '../testing/staff-client';

let desk: Desk;

afterEach(async () => {
  await desk.close();
});

it('answers a kiosk lookup with the current status from central, and not_found for an unknown code', async () => {
  desk = await startDesk(new Date('2026-12-03T03:00:00Z'));
  const { central, kiosk, operator } = desk;
  const delivery = sampleDelivery();
  const code = delivery.dossier.code;
  await deliver(kiosk.socket, delivery);
  const lookup = (payload: unknown) =>
    emitAck<DossierLookupAnswer>(kiosk, 'dossier.lookup', payload);

  expect(await lookup({ code })).toEqual({
    ok: true,
    source: 'central',
    dossier: {
      code,
      procedureId: 'residence-confirmation',
      status: 'received',
      receivedAt: '2026-12-03T02:15:00.000Z',
      dueDate: '2026-12-04',
      updatedAt: '2026-12-03T03:00:00.000Z',
    },
  });

  desk.clock.advance(60_000);
  await staffFetch(`${central.url}/api/dossiers/${code}/status`, {
    ...operator,
    method: 'POST',
    body: { status: 'moreDocuments', note: 'Mang theo CCCD bản chính' },
  });
  expect(await lookup({ code })).toMatchObject({
    ok: true,
    dossier: {
      status: 'moreDocuments',
      note: 'Mang theo CCCD bản chính',
      updatedAt: '2026-12-03T03:01:00.000Z',
    },
  });

  expect(await lookup({ code: '000.00.00.H29-261203-0099' })).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
  const malformed = await lookup({ code: 'not a code' });
  expect(malformed.ok).toBe(false);
  expect(malformed).not.toMatchObject({ error: { code: 'not_found' } });
});
