import { describe, expect, test } from 'vitest';
import { logEvents } from './events';

describe('logEvents', () => {
  test('every event id is kebab-case', () => {
    for (const id of Object.keys(logEvents)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  test('every meaning is one non-empty line', () => {
    for (const meaning of Object.values(logEvents)) {
      expect(meaning.trim().length).toBeGreaterThan(0);
      expect(meaning).not.toContain('\n');
    }
  });
});
