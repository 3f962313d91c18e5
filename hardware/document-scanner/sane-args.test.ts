import { describe, expect, test } from 'vitest';
import { buildScanArgs } from './sane-args';
import { parseSaneOptions } from './sane-options';
import type { ScanRequest } from './types';

const sheetFed = parseSaneOptions(
  [
    '    --source ADF Front|ADF Back|ADF Duplex [ADF Front]',
    '    --mode Lineart|Halftone|Gray|Color [Lineart]',
    '    --resolution 100|150|200|300|600dpi [600]',
    '    -x 0..215.872mm (in steps of 0.02) [215.872]',
    '    -y 0..355.6mm (in steps of 0.02) [279.4]',
    '    --page-width 0..224.846mm [215.872]',
    '    --page-height 0..863.6mm [279.4]',
  ].join('\n'),
);
const smallFlatbed = parseSaneOptions(
  [
    '    --mode Color|Gray [Color]',
    '    --resolution 75|150|300|600dpi [75]',
    '    -x 0..216mm [216]',
    '    -y 0..295.5mm [295.5]',
  ].join('\n'),
);
const request: ScanRequest = {
  device: 'any',
  resolution: 200,
  mode: 'gray',
  source: 'adfDuplex',
  pageSize: 'A4',
};

describe('a sheet-fed scanner', () => {
  test('gets its own names for duplex, gray and the A4 paper size', () => {
    expect(buildScanArgs(request, sheetFed)).toEqual({
      ok: true,
      value: [
        ...['--source', 'ADF Duplex', '--mode', 'Gray'],
        ...['--resolution', '200', '-x', '210', '-y', '297'],
        ...['--page-width', '210', '--page-height', '297'],
      ],
    });
  });

  test('simplex feeding picks the front side', () => {
    const built = buildScanArgs({ ...request, source: 'adf' }, sheetFed);

    expect(built.ok && built.value.slice(0, 2)).toEqual([
      '--source',
      'ADF Front',
    ]);
  });

  test('has no flatbed, and says what sources it has', () => {
    const built = buildScanArgs({ ...request, source: 'flatbed' }, sheetFed);

    expect(built.ok || built.error).toEqual({
      code: 'invalidRequest',
      option: '--source',
      message:
        '--source cannot be flatbed: the device accepts ' +
        'ADF Front, ADF Back, ADF Duplex',
    });
  });
});

describe('a flatbed without feeder', () => {
  const flatbed = { ...request, source: 'flatbed' } as const;

  test('takes a slightly short A4 and clips it to the glass', () => {
    const built = buildScanArgs({ ...flatbed, resolution: 300 }, smallFlatbed);

    expect(built.ok && built.value).toEqual([
      ...['--mode', 'Gray', '--resolution', '300'],
      ...['-x', '210', '-y', '295.5'],
    ]);
  });

  test('refuses a resolution missing from its list', () => {
    const built = buildScanArgs(flatbed, smallFlatbed);

    expect(built.ok || built.error).toMatchObject({
      code: 'invalidRequest',
      option: '--resolution',
    });
  });

  test('refuses line art it has no mode or one-bit depth for', () => {
    const built = buildScanArgs(
      { ...flatbed, mode: 'lineart', resolution: 300 },
      smallFlatbed,
    );

    expect(built.ok || built.error).toMatchObject({
      code: 'invalidRequest',
      option: '--mode',
    });
  });

  test('refuses the feeder it does not have', () => {
    const built = buildScanArgs({ ...request, source: 'adf' }, smallFlatbed);

    expect(built.ok || built.error).toMatchObject({ option: '--source' });
  });
});
