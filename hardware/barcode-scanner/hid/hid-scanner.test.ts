import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Scan, ScanError } from '../types';
import { loadReports } from './fixtures/load';
import type { HidTransport } from './hid-scanner';
import { connectHidScanner } from './hid-scanner';
import { hidPosUnnumberedLayout } from './layouts';

/** Stands in for node-hid's HIDAsync: tests emit its events by hand. */
class FakeHid extends EventEmitter implements HidTransport {
  closed = false;

  report(bytes: Uint8Array | undefined): void {
    this.emit('data', Buffer.from(bytes ?? new Uint8Array()));
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function rig(options: { layout?: typeof hidPosUnnumberedLayout } = {}) {
  const device = new FakeHid();
  const scanner = connectHidScanner({ transport: device, ...options });
  const scans: Scan[] = [];
  const errors: ScanError[] = [];
  scanner.onScan((scan) => scans.push(scan));
  scanner.onError((error) => errors.push(error));
  return { device, scanner, scans, errors };
}

describe('HID POS scanner', () => {
  it('delivers a code from a single report', () => {
    const { device, scans } = rig();

    loadReports('single').forEach((r) => device.report(r));

    expect(scans).toEqual([{ data: 'HS-260801-0001', symbology: ']C0' }]);
  });

  it('joins a code sent over two reports', () => {
    const { device, scans } = rig();

    loadReports('multi').forEach((r) => device.report(r));

    expect(scans).toHaveLength(1);
    expect(scans[0]?.data).toHaveLength(100);
    expect(scans[0]?.data.startsWith('HS-260801-0001|ABCDEF')).toBe(true);
    expect(scans[0]?.symbology).toBe(']Q1');
  });

  it('decodes a Vietnamese QR whose letter is split across reports', () => {
    const { device, scans, errors } = rig();

    loadReports('qr-vietnamese').forEach((r) => device.report(r));

    expect(errors).toEqual([]);
    expect(scans).toEqual([
      {
        data:
          '079090001234||Nguyễn Văn An|17051990|Nam|' +
          '1234 Lê Lợi, Phường Bến Thành, Quận 1|01082021',
        symbology: ']Q1',
      },
    ]);
  });

  it('reads a device without report ids through its layout', () => {
    const { device, scans } = rig({ layout: hidPosUnnumberedLayout });

    loadReports('unnumbered').forEach((r) => device.report(r));

    expect(scans).toEqual([{ data: 'HS-260801-0001', symbology: ']C0' }]);
  });

  it('reports each faulty report and still reads the next good one', () => {
    const { device, scans, errors } = rig();

    loadReports('faulty').forEach((r) => device.report(r));
    loadReports('single').forEach((r) => device.report(r));

    expect(errors.map((e) => e.code)).toEqual([
      'truncated_report',
      'unexpected_report_id',
      'length_out_of_range',
      'invalid_symbology',
    ]);
    expect(scans).toEqual([{ data: 'HS-260801-0001', symbology: ']C0' }]);
  });

  it('drops the rest of a code after a bad report inside it', () => {
    const { device, scans, errors } = rig();
    const [first, second] = loadReports('qr-vietnamese');
    const broken = Uint8Array.from(first ?? []);
    broken[1] = 0x40; // length beyond the data area; "more" still set

    device.report(broken);
    device.report(second);
    loadReports('single').forEach((r) => device.report(r));

    // The second half alone would be a wrong, shorter code: not delivered.
    expect(errors.map((e) => e.code)).toEqual(['length_out_of_range']);
    expect(scans).toEqual([{ data: 'HS-260801-0001', symbology: ']C0' }]);
  });

  it('lets a report of another id pass without cutting a code', () => {
    const { device, scans } = rig();
    const [first, second] = loadReports('multi');
    const [, otherId] = loadReports('faulty');

    device.report(first);
    device.report(otherId);
    device.report(second);

    expect(scans).toHaveLength(1);
    expect(scans[0]?.data).toHaveLength(100);
  });

  it('reports a device error and forgets a half-received code', () => {
    const { device, scans, errors } = rig();
    const [first] = loadReports('multi');

    device.report(first);
    device.emit('error', new Error('could not read from HID device'));
    loadReports('single').forEach((r) => device.report(r));

    expect(errors).toEqual([
      {
        code: 'transport_error',
        message: 'could not read from HID device (a code was cut short)',
      },
    ]);
    expect(scans).toEqual([{ data: 'HS-260801-0001', symbology: ']C0' }]);
  });

  it('closes the device and delivers nothing afterwards', async () => {
    const { device, scanner, scans } = rig();

    await scanner.close();
    loadReports('single').forEach((r) => device.report(r));

    expect(device.closed).toBe(true);
    expect(scans).toEqual([]);
  });
});
