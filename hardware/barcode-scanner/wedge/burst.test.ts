import { describe, expect, it } from 'vitest';
import type { WedgeKey, WedgeOutput } from './burst';
import { createWedgeBurstDetector } from './burst';

/** Keys for each character of `text`, `stepMs` apart from `startAt`. */
function keysOf(text: string, stepMs: number, startAt = 0): WedgeKey[] {
  return [...text].map((key, i) => ({ key, at: startAt + i * stepMs }));
}

function run(keys: WedgeKey[]): WedgeOutput[] {
  const detector = createWedgeBurstDetector();
  return [...keys.flatMap((k) => detector.push(k)), ...detector.flush()];
}

const summary = (outputs: WedgeOutput[]) =>
  outputs.map((o) =>
    o.kind === 'scan' ? `scan:${o.data}` : `typed:${o.keys.length}`,
  );

describe('wedge burst detector', () => {
  it('reads a 20-character burst at 8 ms ending in Enter as a scan', () => {
    const keys = keysOf('HS-260801-0001-ABCDE', 8);
    const enter = { key: 'Enter', at: 20 * 8 };

    const outputs = run([...keys, enter]);

    expect(outputs).toEqual([
      { kind: 'scan', data: 'HS-260801-0001-ABCDE', keys: [...keys, enter] },
    ]);
  });

  it('reads a burst without Enter as a scan once the line goes quiet', () => {
    const detector = createWedgeBurstDetector();

    const during = keysOf('0123456789', 8).flatMap((k) => detector.push(k));

    expect(during).toEqual([]);
    expect(summary(detector.flush())).toEqual(['scan:0123456789']);
  });

  it('passes a person typing at 150 ms through as typed keys', () => {
    const keys = keysOf('Nguyen Van An', 150);
    const enter = { key: 'Enter', at: 13 * 150 };

    const outputs = run([...keys, enter]);

    expect(outputs.every((o) => o.kind === 'typed')).toBe(true);
    expect(outputs.flatMap((o) => o.keys)).toEqual([...keys, enter]);
  });

  it('passes a fast burst shorter than the minimum length as typed', () => {
    const keys = keysOf('12345', 8);
    const enter = { key: 'Enter', at: 40 };

    expect(run([...keys, enter])).toEqual([
      { kind: 'typed', keys: [...keys, enter] },
    ]);
  });

  it('keeps a burst whole when one slow key is absorbed by the average', () => {
    // 20 keys at 8 ms, but key 11 comes 60 ms late: average stays ~11 ms.
    const keys = keysOf('HS-260801-0001-ABCDE', 8).map((k, i) => ({
      ...k,
      at: k.at + (i >= 10 ? 60 : 0),
    }));

    expect(summary(run(keys))).toEqual(['scan:HS-260801-0001-ABCDE']);
  });

  it('splits a burst at a pause longer than the gap', () => {
    const first = keysOf('HS-2608', 8);
    const second = keysOf('01-0001', 8, 7 * 8 + 250);

    expect(summary(run([...first, ...second]))).toEqual([
      'scan:HS-2608',
      'scan:01-0001',
    ]);
  });

  it('gives typing before a scan back first, then the scan', () => {
    const typed = keysOf('abc', 150);
    const scan = keysOf('HS-260801', 8, 1000);
    const enter = { key: 'Enter', at: 1000 + 9 * 8 };

    const outputs = run([...typed, ...scan, enter]);

    expect(summary(outputs)).toEqual([
      'typed:1',
      'typed:1',
      'typed:1',
      'scan:HS-260801',
    ]);
  });

  it('keeps Shift presses inside the scan but out of its data', () => {
    const keys: WedgeKey[] = [];
    [...'HS-2608'].forEach((key, i) => {
      if (/[A-Z]/.test(key)) keys.push({ key: 'Shift', at: i * 8 });
      keys.push({ key, at: i * 8 + 1 });
    });

    const outputs = run(keys);

    expect(summary(outputs)).toEqual(['scan:HS-2608']);
    expect(outputs[0]?.keys).toEqual(keys);
  });

  it('lets Backspace through at once, ending the burst before it', () => {
    const keys = keysOf('abc', 8);
    const backspace = { key: 'Backspace', at: 30 };

    expect(run([...keys, backspace])).toEqual([
      { kind: 'typed', keys },
      { kind: 'typed', keys: [backspace] },
    ]);
  });

  it('ends a scan at Tab when the scanner is set to send one', () => {
    const detector = createWedgeBurstDetector({ endKeys: ['Enter', 'Tab'] });
    const keys = [...keysOf('0123456789', 8), { key: 'Tab', at: 80 }];

    const outputs = keys.flatMap((k) => detector.push(k));

    expect(summary(outputs)).toEqual(['scan:0123456789']);
  });

  it('follows configured thresholds', () => {
    const detector = createWedgeBurstDetector({
      maxAverageIntervalMs: 50,
      minLength: 3,
    });

    keysOf('123', 40).forEach((k) => detector.push(k));

    expect(summary(detector.flush())).toEqual(['scan:123']);
  });
});
