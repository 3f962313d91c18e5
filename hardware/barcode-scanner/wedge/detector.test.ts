import { describe, expect, it } from 'vitest';
import { createManualScheduler } from '../scheduler';
import type { WedgeOutput } from './burst';
import { createWedgeDetector } from './detector';

function rig() {
  const scheduler = createManualScheduler();
  const outputs: WedgeOutput[] = [];
  const detector = createWedgeDetector({
    scheduler,
    onOutput: (o) => outputs.push(o),
  });
  return { scheduler, outputs, detector };
}

describe('wedge detector with its timer', () => {
  it('delivers a burst without Enter after 100 ms of silence', () => {
    const { scheduler, outputs, detector } = rig();

    [...'0123456789'].forEach((key, i) => {
      detector.push({ key, at: i * 8 });
      scheduler.advance(8);
    });
    scheduler.advance(91);
    expect(outputs).toEqual([]);

    scheduler.advance(1);
    expect(outputs).toMatchObject([{ kind: 'scan', data: '0123456789' }]);
    expect(scheduler.pending).toBe(0);
  });

  it('releases a typed key once the gap has passed', () => {
    const { scheduler, outputs, detector } = rig();

    detector.push({ key: 'a', at: 0 });
    scheduler.advance(100);

    expect(outputs).toEqual([{ kind: 'typed', keys: [{ key: 'a', at: 0 }] }]);
  });

  it('delivers an Enter-ended scan at once, with no timer left', () => {
    const { scheduler, outputs, detector } = rig();

    [...'HS-2608', 'Enter'].forEach((key, i) =>
      detector.push({ key, at: i * 8 }),
    );

    expect(outputs).toMatchObject([{ kind: 'scan', data: 'HS-2608' }]);
    expect(scheduler.pending).toBe(0);
  });

  it('releases held keys on flush and nothing after dispose', () => {
    const { scheduler, outputs, detector } = rig();

    detector.push({ key: 'x', at: 0 });
    detector.flush();
    detector.push({ key: 'y', at: 1 });
    detector.dispose();
    scheduler.advance(1000);

    expect(outputs).toEqual([{ kind: 'typed', keys: [{ key: 'x', at: 0 }] }]);
  });
});
