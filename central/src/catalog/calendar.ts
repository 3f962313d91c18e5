import type { CalendarData } from '@motcua/protocol';

// The 2026 civil-service calendar until staff can edit it (domain reference
// §4): weekdays off for the holidays, the Tết break and their compensatory
// days, plus the make-up Saturdays. Weekends are not listed; they are off
// unless named here as working Saturdays.
export const calendar2026: CalendarData = {
  version: '2026.1',
  daysOff: [
    '2026-01-01',
    '2026-01-02',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    '2026-08-31',
    '2026-09-01',
    '2026-09-02',
  ],
  workingSaturdays: ['2026-01-10', '2026-08-22'],
};
