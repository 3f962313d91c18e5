import { catalogSnapshotSchema } from '@motcua/protocol';
import { afterEach, expect, it } from 'vitest';
import type { KioskClient, TestCentral } from '../testing/harness';
import { connectKiosk, startTestCentral } from '../testing/harness';

let central: TestCentral;
let kiosk: KioskClient;

afterEach(async () => {
  kiosk.socket.close();
  await central.dispose();
});

it('sends a valid catalog snapshot with seq 1 as soon as a kiosk connects', async () => {
  central = await startTestCentral();
  kiosk = await connectKiosk(central.url);

  const snapshot = await kiosk.catalog;

  expect(catalogSnapshotSchema.safeParse(snapshot).success).toBe(true);
  expect(snapshot.seq).toBe(1);
  expect(snapshot.procedures.map((p) => p.id)).toContain(
    'residence-confirmation',
  );
});
