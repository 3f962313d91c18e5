import type { CalendarData } from './sync';

/**
 * The 2026 civil-service calendar (reference: domain.md §4): weekdays off
 * for the holidays, the Tết break and their compensatory days, and the
 * make-up Saturdays that are worked. Weekends are off unless listed here.
 * Central publishes it (and its successors) to every kiosk; a kiosk that has
 * not heard from central yet starts with this copy.
 */
export const CALENDAR_2026: CalendarData = {
  version: '2026.1',
  daysOff: [
    // New Year, with the compensatory Friday (made up on Saturday 10/01).
    '2026-01-01',
    '2026-01-02',
    // Tết Nguyên Đán.
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    // Hùng Kings fell on Sunday 26/04: off on Monday.
    '2026-04-27',
    // Reunification Day and Labour Day.
    '2026-04-30',
    '2026-05-01',
    // National Day and its adjacent days (made up on Saturday 22/08).
    '2026-08-31',
    '2026-09-01',
    '2026-09-02',
  ],
  workingSaturdays: ['2026-01-10', '2026-08-22'],
};
