import { describe, expect, it } from 'vitest';
import { createSimulatedScanner } from './simulator';
import type { BarcodeScanner, Scan } from './types';

function nextScan(scanner: BarcodeScanner): Promise<Scan> {
  return new Promise((resolve) => {
    const stop = scanner.onScan((scan) => {
      stop();
      resolve(scan);
    });
  });
}

describe('simulated barcode scanner', () => {
  it('delivers an injected code after the call returns', async () => {
    const scanner = createSimulatedScanner();
    const heard: Scan[] = [];
    scanner.onScan((scan) => heard.push(scan));

    scanner.inject('HS-260801-0001', ']Q1');
    expect(heard).toEqual([]);

    expect(await nextScan(scanner)).toEqual({
      data: 'HS-260801-0001',
      symbology: ']Q1',
    });
    expect(heard).toHaveLength(1);
  });

  it('keeps the order of several scans', async () => {
    const scanner = createSimulatedScanner();
    const heard: string[] = [];
    const third = new Promise<void>((resolve) => {
      scanner.onScan((scan) => {
        heard.push(scan.data);
        if (heard.length === 3) resolve();
      });
    });

    ['a', 'b', 'c'].forEach((data) => scanner.inject(data));
    await third;
    expect(heard).toEqual(['a', 'b', 'c']);
  });

  it('stops delivering to a listener that unsubscribed', async () => {
    const scanner = createSimulatedScanner();
    const heard: string[] = [];
    const stop = scanner.onScan((scan) => heard.push(scan.data));
    stop();

    scanner.inject('ignored');
    await nextScan(scanner);
    expect(heard).toEqual([]);
  });

  it('delivers nothing after close, even a scan already on its way', async () => {
    const scanner = createSimulatedScanner();
    const heard: string[] = [];
    scanner.onScan((scan) => heard.push(scan.data));

    scanner.inject('late');
    await scanner.close();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(heard).toEqual([]);
  });
});
