import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { TestCentral } from '../testing/harness';
import {
  connectKiosk,
  enrollKiosk,
  startTestCentral,
} from '../testing/harness';
import { blobChunk, blobHead, makeBlob } from '../testing/blobs';

let central: TestCentral;

afterEach(async () => {
  await central.dispose();
});

it('resumes after a cut at the offset central reports, then is complete', async () => {
  central = await startTestCentral({ allowOpenAdmin: true });
  const key = await enrollKiosk(central);
  const blob = makeBlob(250);
  const first = await connectKiosk(central.url, key, { lastSeq: 3 });
  const start = await blobHead(first.socket, blob.sha256);
  const chunk1 = await blobChunk(
    first.socket,
    blob,
    0,
    blob.bytes.subarray(0, 100),
  );
  first.socket.close();

  const again = await connectKiosk(central.url, key, { lastSeq: 3 });
  const resume = await blobHead(again.socket, blob.sha256);
  const stale = await blobChunk(
    again.socket,
    blob,
    0,
    blob.bytes.subarray(0, 100),
  );
  await blobChunk(again.socket, blob, 100, blob.bytes.subarray(100, 200));
  const last = await blobChunk(
    again.socket,
    blob,
    200,
    blob.bytes.subarray(200),
  );
  const repeat = await blobChunk(
    again.socket,
    blob,
    0,
    blob.bytes.subarray(0, 100),
  );
  const done = await blobHead(again.socket, blob.sha256);
  again.socket.close();
  const served = await fetch(`${central.url}/api/blobs/${blob.sha256}`);

  expect(start).toEqual({ offset: 0, complete: false });
  expect(chunk1).toEqual({ ok: true, offset: 100, complete: false });
  expect(resume).toEqual({ offset: 100, complete: false });
  expect(stale).toMatchObject({
    ok: false,
    error: { code: 'blob.offset_mismatch' },
    offset: 100,
  });
  expect(last).toEqual({ ok: true, offset: 250, complete: true });
  expect(repeat).toEqual({ ok: true, offset: 250, complete: true });
  expect(done).toEqual({ offset: 250, complete: true });
  expect(Buffer.from(await served.arrayBuffer())).toEqual(blob.bytes);
});

it('drops bytes that do not hash to the name and starts again at 0', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const blob = makeBlob(120);
  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });
  const corrupt = Buffer.from(blob.bytes);
  corrupt[60] = (corrupt[60] ?? 0) ^ 0xff;

  await blobChunk(kiosk.socket, blob, 0, corrupt.subarray(0, 60));
  const answer = await blobChunk(kiosk.socket, blob, 60, corrupt.subarray(60));
  const head = await blobHead(kiosk.socket, blob.sha256);
  kiosk.socket.close();

  expect(answer).toMatchObject({
    ok: false,
    error: { code: 'blob.hash_mismatch' },
    offset: 0,
  });
  expect(head).toEqual({ offset: 0, complete: false });
  expect(existsSync(join(central.dataDir, 'blobs', blob.sha256))).toBe(false);
});

it('refuses a blob larger than MAX_BLOB_BYTES and a chunk past the size', async () => {
  central = await startTestCentral();
  const key = await enrollKiosk(central);
  const blob = makeBlob(50);
  const kiosk = await connectKiosk(central.url, key, { lastSeq: 3 });

  const huge = await blobChunk(
    kiosk.socket,
    { sha256: blob.sha256, size: 21 * 1024 * 1024 },
    0,
    blob.bytes,
  );
  const overrun = await blobChunk(
    kiosk.socket,
    { sha256: blob.sha256, size: 40 },
    0,
    blob.bytes,
  );
  kiosk.socket.close();

  expect(huge).toMatchObject({
    ok: false,
    error: { field: 'size' },
    offset: 0,
  });
  expect(overrun).toMatchObject({
    ok: false,
    error: { code: 'blob.too_long' },
    offset: 0,
  });
});
