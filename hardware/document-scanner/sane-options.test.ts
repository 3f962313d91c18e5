import { expect, test } from 'vitest';
import { parseSaneOptions } from './sane-options';

// Shaped like `scanimage -A` output; written for this test.
const sheetFedHelp = `
All options specific to device \`fujitsu:fi-7160:1001':
  Standard:
    --source ADF Front|ADF Back|ADF Duplex [ADF Front]
        Selects the scan source (such as a document-feeder).
    --mode Lineart|Halftone|Gray|Color [Lineart]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --resolution 50..600dpi (in steps of 1) [600]
        Sets the resolution of the scanned image.
  Geometry:
    -x 0..215.872mm (in steps of 0.0211639) [215.872]
        Width of scan-area.
    --page-width 0..224.846mm (in steps of 0.0211639) [215.872]
        Specifies the width of the media.
  Advanced:
    --swdeskew[=(yes|no)] [no]
        Request driver to rotate skewed pages digitally.
    --gamma-table 0..255,... (in steps of 1) [inactive]
        Gamma-correction table.
    --button
        A button with no value.
`;

test('reads lists, ranges with units and yes/no switches', () => {
  const options = parseSaneOptions(sheetFedHelp);

  expect(options.get('--source')).toEqual({
    name: '--source',
    values: ['ADF Front', 'ADF Back', 'ADF Duplex'],
    unit: '',
    current: 'ADF Front',
  });
  expect(options.get('--resolution')).toMatchObject({
    range: { min: 50, max: 600 },
    unit: 'dpi',
  });
  expect(options.get('-x')?.range).toEqual({ min: 0, max: 215.872 });
  expect(options.get('--swdeskew')?.values).toEqual(['yes', 'no']);
  expect(options.get('--gamma-table')).toMatchObject({
    range: { min: 0, max: 255 },
    current: 'inactive',
  });
});

test('strips the unit from the last entry of a numeric list', () => {
  const options = parseSaneOptions(
    '    --resolution 75|150|300|600dpi [150]\n    --depth 1|8|16 [8]\n',
  );

  expect(options.get('--resolution')).toMatchObject({
    values: ['75', '150', '300', '600'],
    unit: 'dpi',
  });
  expect(options.get('--depth')?.values).toEqual(['1', '8', '16']);
});

test('skips descriptions, group titles and options without a value', () => {
  const options = parseSaneOptions(sheetFedHelp);

  expect([...options.keys()]).toEqual([
    '--source',
    '--mode',
    '--resolution',
    '-x',
    '--page-width',
    '--swdeskew',
    '--gamma-table',
  ]);
});
