import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RealTimeFilter } from './realtime-filter';

describe('RealTimeFilter', () => {
  it('takes DLE EOT n out of the data and reports n', () => {
    const filter = new RealTimeFilter();
    const out = filter.push(Uint8Array.of(0x41, 0x10, 0x04, 0x02, 0x42));
    expect(out).toEqual({ data: Uint8Array.of(0x41, 0x42), requests: [2] });
  });

  it('holds a request cut across chunks until it is complete', () => {
    const filter = new RealTimeFilter();
    expect(filter.push(Uint8Array.of(0x41, 0x10)).data).toEqual(
      Uint8Array.of(0x41),
    );
    expect(filter.push(Uint8Array.of(0x04))).toEqual({
      data: new Uint8Array(0),
      requests: [],
    });
    expect(filter.push(Uint8Array.of(0x03, 0x43))).toEqual({
      data: Uint8Array.of(0x43),
      requests: [3],
    });
  });

  it('leaves DLE followed by anything else in the data', () => {
    const filter = new RealTimeFilter();
    const out = filter.push(Uint8Array.of(0x10, 0x05, 0x01, 0x10, 0x04, 0x09));
    expect(out).toEqual({
      data: Uint8Array.of(0x10, 0x05, 0x01, 0x10, 0x04, 0x09),
      requests: [],
    });
  });

  it('gives the same result however the stream is chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0x10, 0x04, 0x01, 0x02, 0x41), {
          maxLength: 60,
        }),
        fc.array(fc.nat({ max: 60 })),
        (bytes, cuts) => {
          const whole = new RealTimeFilter().push(Uint8Array.from(bytes));
          const filter = new RealTimeFilter();
          const points = [...new Set(cuts)].sort((a, b) => a - b);
          const data: number[] = [];
          const requests: number[] = [];
          let start = 0;
          for (const end of [...points, bytes.length]) {
            const out = filter.push(Uint8Array.from(bytes.slice(start, end)));
            data.push(...out.data);
            requests.push(...out.requests);
            start = Math.max(start, end);
          }
          expect(requests).toEqual(whole.requests);
          expect(data).toEqual([...whole.data]);
        },
      ),
    );
  });
});
