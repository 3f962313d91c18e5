import type { Scan } from '@motcua/hardware/barcode-scanner';
import { createSimulatedScanner } from '@motcua/hardware/barcode-scanner';
import { describe, expect, it } from 'vitest';
import { mergeScanners } from './merged-scanner';

describe('a merged scanner', () => {
  it('delivers scans from every scanner until unsubscribed', async () => {
    const real = createSimulatedScanner();
    const panel = createSimulatedScanner();
    const merged = mergeScanners([real, panel]);
    const seen: Scan[] = [];

    const both = new Promise<void>((resolve) => {
      const stop = merged.onScan((scan) => {
        seen.push(scan);
        if (seen.length < 2) return;
        stop();
        resolve();
      });
    });
    real.inject('from the counter');
    panel.inject('from the dev panel');
    await both;

    // The simulator delivers on the next turn; this one runs after it.
    real.inject('after unsubscribing');
    await new Promise<void>((resolve) => setImmediate(resolve));

    expect(seen.map((scan) => scan.data)).toEqual([
      'from the counter',
      'from the dev panel',
    ]);
    await merged.close();
  });
});
