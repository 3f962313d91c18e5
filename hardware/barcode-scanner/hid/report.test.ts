import { describe, expect, it } from 'vitest';
import { loadReports } from './fixtures/load';
import { hidPosLayout, hidPosUnnumberedLayout } from './layouts';
import { decodeHidPosReport } from './report';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('HID POS report decoder', () => {
  it('reads a single report: symbology, data and no more to come', () => {
    const [report] = loadReports('single');

    const chunk = decodeHidPosReport(report ?? new Uint8Array(), hidPosLayout);

    expect(chunk.ok).toBe(true);
    if (!chunk.ok) return;
    expect(chunk.value.symbology).toBe(']C0');
    expect(text(chunk.value.data)).toBe('HS-260801-0001');
    expect(chunk.value.more).toBe(false);
  });

  it('reads the "more data follows" bit of a multi-report code', () => {
    const [first, second] = loadReports('multi').map((r) =>
      decodeHidPosReport(r, hidPosLayout),
    );

    expect(first).toMatchObject({ ok: true, value: { more: true } });
    expect(second).toMatchObject({ ok: true, value: { more: false } });
    expect(first?.ok && first.value.data.length).toBe(56);
    expect(second?.ok && second.value.data.length).toBe(44);
  });

  it('reads the same code from the layout without a report id', () => {
    const [report] = loadReports('unnumbered');

    const chunk = decodeHidPosReport(
      report ?? new Uint8Array(),
      hidPosUnnumberedLayout,
    );

    expect(chunk.ok && text(chunk.value.data)).toBe('HS-260801-0001');
    expect(chunk.ok && chunk.value.symbology).toBe(']C0');
  });

  it('leaves symbology out when the device sends zero bytes for it', () => {
    const [report] = loadReports('no-symbology');

    const chunk = decodeHidPosReport(report ?? new Uint8Array(), hidPosLayout);

    expect(chunk.ok && chunk.value).not.toHaveProperty('symbology');
  });

  it('refuses faulty reports with a code for each fault', () => {
    const codes = loadReports('faulty').map((report) => {
      const chunk = decodeHidPosReport(report, hidPosLayout);
      return chunk.ok ? 'ok' : chunk.error.code;
    });

    expect(codes).toEqual([
      'truncated_report',
      'unexpected_report_id',
      'length_out_of_range',
      'invalid_symbology',
    ]);
  });

  it('refuses an empty report as truncated', () => {
    expect(decodeHidPosReport(new Uint8Array(0), hidPosLayout)).toMatchObject({
      ok: false,
      error: { code: 'truncated_report' },
    });
  });

  it('reads a numbered report with the wrong layout as a wrong id', () => {
    const [report] = loadReports('single');

    // Byte 0 (the id, 02) is read as the length: 2 bytes, symbology "\x0e]C".
    const chunk = decodeHidPosReport(
      report ?? new Uint8Array(),
      hidPosUnnumberedLayout,
    );

    expect(chunk).toMatchObject({
      ok: false,
      error: { code: 'invalid_symbology' },
    });
  });
});
