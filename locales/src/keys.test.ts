import { describe, expect, it } from 'vitest';
import { languages, namespaces, resources } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('locale resources', () => {
  for (const namespace of namespaces) {
    const all = new Set(
      languages.flatMap((language) => keysOf(resources[language][namespace])),
    );
    for (const language of languages) {
      it(`${language}/${namespace} has every key some language has`, () => {
        const own = new Set(keysOf(resources[language][namespace]));
        const missing = [...all].filter((key) => !own.has(key));
        expect(missing).toEqual([]);
      });
    }
  }

  it('keeps every string in Unicode NFC', () => {
    const strings = JSON.stringify(resources);
    expect(strings).toBe(strings.normalize('NFC'));
  });
});
