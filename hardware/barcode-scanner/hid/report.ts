import type { Result } from '@motcua/protocol';
import { err, ok } from '@motcua/protocol';
import type { ScanError } from '../types';
import { scanError } from '../types';
import type { HidPosLayout } from './layouts';

/** One report's share of a scanned code, still bytes. */
export interface HidPosChunk {
  readonly data: Uint8Array;
  /** `]Q0` and the like; absent when the device leaves the bytes zero. */
  readonly symbology?: string;
  /** More reports of the same code follow. */
  readonly more: boolean;
}

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, '0')}`;

/** Reads one scanned-data input report. Never throws on bad input. */
export function decodeHidPosReport(
  report: Uint8Array,
  layout: HidPosLayout,
): Result<HidPosChunk, ScanError> {
  const size = String(report.length);

  if (layout.reportId !== null && report.length > 0) {
    const id = report[0] ?? 0;
    if (id !== layout.reportId) {
      return err(
        scanError(
          'unexpected_report_id',
          `Report ${hex(id)} is not the scanned-data report ` +
            `${hex(layout.reportId)}`,
        ),
      );
    }
  }
  if (report.length < layout.reportBytes) {
    return err(
      scanError(
        'truncated_report',
        `A ${size}-byte report is shorter than the ` +
          `${String(layout.reportBytes)} bytes of ${layout.name}`,
      ),
    );
  }

  const length = report[layout.lengthOffset] ?? 0;
  if (length > layout.dataCapacity) {
    return err(
      scanError(
        'length_out_of_range',
        `Length byte ${String(length)} exceeds the ` +
          `${String(layout.dataCapacity)} data bytes of ${layout.name}`,
      ),
    );
  }

  const symbology = readSymbology(report, layout.symbologyOffset);
  if (!symbology.ok) return symbology;

  const data = report.slice(layout.dataOffset, layout.dataOffset + length);
  const more = moreDataFlag(report, layout);
  return ok(
    symbology.value === undefined
      ? { data, more }
      : { data, symbology: symbology.value, more },
  );
}

/** The "more data follows" bit; false when the report is too short. */
export function moreDataFlag(
  report: Uint8Array,
  layout: HidPosLayout,
): boolean {
  const flag = layout.moreData;
  return flag !== null && ((report[flag.offset] ?? 0) & flag.mask) !== 0;
}

function readSymbology(
  report: Uint8Array,
  offset: number | null,
): Result<string | undefined, ScanError> {
  if (offset === null) return ok(undefined);
  const bytes = [...report.subarray(offset, offset + 3)];
  if (bytes.every((b) => b === 0)) return ok(undefined);

  const text = String.fromCharCode(...bytes);
  if (/^\][A-Za-z][0-9A-Za-z]$/.test(text)) return ok(text);
  return err(
    scanError(
      'invalid_symbology',
      `Symbology bytes ${bytes.map(hex).join(' ')} are not an AIM identifier`,
    ),
  );
}
