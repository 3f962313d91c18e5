import { expect, it } from 'vitest';
import { formatExposition } from './exposition';

it('escapes backslash, quote and line feed in label values', () => {
  const text = formatExposition([
    {
      name: 'motcua_example',
      help: 'An example.',
      type: 'gauge',
      samples: [{ labels: { kiosk: 'a\\b"c\nd' }, value: 1 }],
    },
  ]);

  expect(text).toBe(
    [
      '# HELP motcua_example An example.',
      '# TYPE motcua_example gauge',
      'motcua_example{kiosk="a\\\\b\\"c\\nd"} 1',
      '',
    ].join('\n'),
  );
});
