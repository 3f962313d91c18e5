import { afterEach, expect, it } from 'vitest';
import { waitForState } from '../../transport';
import type { PtyScannerRig } from './pty-harness';
import { startPtyScanner } from './pty-harness';

let rig: PtyScannerRig | undefined;

afterEach(async () => {
  await rig?.dispose();
  rig = undefined;
});

it('resumes scanning after the scanner is unplugged and plugged back', async () => {
  rig = await startPtyScanner({ suffix: '\r' });
  const { pair, link, host, send, scansReach, errors } = rig;

  await send('HS-0001\r');
  await scansReach(1);

  // Half a frame, then the cable comes out.
  await send('HS-00');
  // Both ends must notice the unplug, or the test's own end would still
  // read "open" from before it and write into a closed pty after replug.
  const lost = Promise.all([
    waitForState(link, 'lost'),
    waitForState(host, 'lost'),
  ]);
  await pair.stop();
  await lost;
  expect(errors).toEqual([
    expect.objectContaining({ code: 'frame_interrupted' }),
  ]);

  const back = Promise.all([
    waitForState(link, 'open'),
    waitForState(host, 'open'),
  ]);
  await pair.restart();
  await back;

  await send('HS-0002\r');
  expect(await scansReach(2)).toEqual([
    { data: 'HS-0001' },
    { data: 'HS-0002' },
  ]);
});
