import { expect, it } from 'vitest';
import { levelAt } from './levels';

// The due date itself is the shared working-day rule, tested with it in
// protocol/src/working-days.test.ts.

it('keeps a closed case at level none however late it is', () => {
  const due = '2026-12-04T10:00:00.000Z';
  const late = new Date('2026-12-10T10:00:00Z');
  expect(levelAt(due, 'inProgress', late)).toBe('red');
  // Paused while waiting for the resident's documents (pause.ts).
  expect(levelAt(due, 'moreDocuments', late)).toBe('none');
  expect(levelAt(due, 'done', late)).toBe('none');
  expect(levelAt(due, 'returned', late)).toBe('none');
});
