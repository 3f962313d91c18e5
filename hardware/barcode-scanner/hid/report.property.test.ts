import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReports } from './fixtures/load';
import type { HidTransport } from './hid-scanner';
import { connectHidScanner } from './hid-scanner';
import { hidPosLayout, hidPosUnnumberedLayout } from './layouts';
import { decodeHidPosReport } from './report';

const layouts = [hidPosLayout, hidPosUnnumberedLayout];

// Random reports, and real ones with a few bytes changed: the latter reach
// the deeper checks that pure noise rarely gets past.
const mutated = fc
  .tuple(
    fc.constantFrom(...loadReports('qr-vietnamese'), ...loadReports('multi')),
    fc.array(fc.tuple(fc.nat({ max: 63 }), fc.integer({ min: 0, max: 255 })), {
      maxLength: 4,
    }),
    fc.nat({ max: 64 }),
  )
  .map(([report, edits, cut]) => {
    const copy = Uint8Array.from(report);
    for (const [at, value] of edits) copy[at] = value;
    return copy.subarray(0, cut === 64 ? 64 : Math.max(cut, 0));
  });
const anyReport = fc.oneof(fc.uint8Array({ maxLength: 80 }), mutated);

describe('HID POS properties', () => {
  it('the decoder never throws and data stays inside the report', () => {
    fc.assert(
      fc.property(anyReport, fc.constantFrom(...layouts), (report, layout) => {
        const chunk = decodeHidPosReport(report, layout);
        if (chunk.ok) {
          expect(chunk.value.data.length).toBeLessThanOrEqual(
            layout.dataCapacity,
          );
        }
      }),
    );
  });

  it('the scanner never throws on any run of reports', () => {
    fc.assert(
      fc.property(
        fc.array(anyReport, { maxLength: 20 }),
        fc.constantFrom(...layouts),
        (reports, layout) => {
          const device = new EventEmitter() as EventEmitter & HidTransport;
          device.close = async () => {};
          const scanner = connectHidScanner({
            transport: device,
            layout,
            maxBytes: 200,
          });
          let delivered = 0;
          scanner.onScan(() => delivered++);
          scanner.onError(() => delivered++);

          reports.forEach((r) => device.emit('data', r));
          expect(delivered).toBeLessThanOrEqual(reports.length);
        },
      ),
    );
  });
});
