import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { VirtualCondition } from './simulator/virtual-printer';
import type { SerialRig } from './test-support/serial-rig';
import { startSerialRig } from './test-support/serial-rig';

let rig: SerialRig | undefined;

afterEach(async () => {
  await rig?.dispose();
  rig = undefined;
});

/** A seeded source of noise bursts, so that a failure can be replayed. */
function noiseSource(seed: number): () => Uint8Array {
  const bursts = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 6 }), {
    seed,
    numRuns: 400,
  });
  let next = 0;
  return () => bursts[next++ % bursts.length] ?? new Uint8Array(0);
}

const CONDITIONS: readonly VirtualCondition[] = [
  'ready',
  'paperNearEnd',
  'paperOut',
  'coverOpen',
];

describe('line noise from the printer between status replies', () => {
  it('never crashes the driver and never reports a wrong status', async () => {
    rig = await startSerialRig({ noise: noiseSource(20260801) });
    const { printer, virtual, published } = rig;
    const outcomes: string[] = [];

    for (let round = 0; round < 40; round++) {
      const condition = CONDITIONS[round % CONDITIONS.length] ?? 'ready';
      virtual.setCondition(condition);
      const result = await printer.status();
      if (result.ok) {
        expect(result.value.state).toBe(condition);
        outcomes.push('right');
      } else {
        expect(['error', 'timeout']).toContain(result.error.code);
        outcomes.push(result.error.code);
      }
    }

    // Published states come from queries or confirmed ASB blocks only.
    for (const status of published) {
      expect([...CONDITIONS, 'disconnected']).toContain(status.state);
    }
    // Noise may cost a query now and then, not most of them.
    const right = outcomes.filter((outcome) => outcome === 'right').length;
    expect(right).toBeGreaterThan(outcomes.length / 2);
  });
});
