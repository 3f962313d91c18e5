import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import { openFileSink } from './file-sink';

const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(40) })}\n`;

describe('the rotating log file', () => {
  it('rotates by size and keeps only the configured number of files', () => {
    const dir = tempDir();
    const sink = openFileSink({ dir, maxBytes: 500, keep: 2 });
    for (let n = 0; n < 60; n += 1) sink.write(line(n));
    sink.close();

    expect(existsSync(`${sink.path}.1`)).toBe(true);
    expect(existsSync(`${sink.path}.2`)).toBe(true);
    expect(existsSync(`${sink.path}.3`)).toBe(false);
    expect(readFileSync(sink.path).length).toBeLessThanOrEqual(500);
    expect(readFileSync(sink.path, 'utf8')).toContain('"n":59');
  });

  it('gives the newest lines whole, across a rotation', () => {
    const dir = tempDir();
    const sink = openFileSink({ dir, maxBytes: 300, keep: 3 });
    for (let n = 0; n < 20; n += 1) sink.write(line(n));
    const tail = sink.tail(400).toString('utf8').trim().split('\n');
    sink.close();

    expect(tail.at(-1)).toContain('"n":19');
    for (const entry of tail) expect(() => JSON.parse(entry)).not.toThrow();
  });
});
