import { CALENDAR_2026 } from '@motcua/protocol';
import { expect, it } from 'vitest';
import { dueDate, dueMoment } from './due-date';
import { levelAt } from './levels';

it('counts working days over weekends, days off and make-up Saturdays to 17:00 HCMC', () => {
  const at = (iso: string) => new Date(iso);
  // Thursday 03/12 + 1 working day: Friday 04/12; + 3: Tuesday 08/12.
  expect(dueDate(at('2026-12-03T09:15:00+07:00'), 1, CALENDAR_2026)).toBe(
    '2026-12-04',
  );
  expect(dueDate(at('2026-12-03T09:15:00+07:00'), 3, CALENDAR_2026)).toBe(
    '2026-12-08',
  );
  // Friday 28/08 + 1: Monday 31/08 to Wednesday 02/09 are off.
  expect(dueDate(at('2026-08-28T10:00:00+07:00'), 1, CALENDAR_2026)).toBe(
    '2026-09-03',
  );
  // Friday 21/08 + 1: Saturday 22/08 is worked.
  expect(dueDate(at('2026-08-21T10:00:00+07:00'), 1, CALENDAR_2026)).toBe(
    '2026-08-22',
  );
  // Same-day procedures after 15:00 are due the next working day.
  expect(dueDate(at('2026-12-04T15:30:00+07:00'), 0, CALENDAR_2026)).toBe(
    '2026-12-07',
  );
  // 23:30 UTC on Sunday is already Monday morning in HCMC.
  expect(dueDate(at('2026-12-06T23:30:00Z'), 0, CALENDAR_2026)).toBe(
    '2026-12-07',
  );
  expect(dueMoment('2026-12-04')).toBe('2026-12-04T10:00:00.000Z');
});

it('keeps a closed case at level none however late it is', () => {
  const due = '2026-12-04T10:00:00.000Z';
  const late = new Date('2026-12-10T10:00:00Z');
  expect(levelAt(due, 'inProgress', late)).toBe('red');
  expect(levelAt(due, 'moreDocuments', late)).toBe('red');
  expect(levelAt(due, 'done', late)).toBe('none');
  expect(levelAt(due, 'returned', late)).toBe('none');
});
