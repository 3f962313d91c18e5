import type { WorkingDayCalendar } from './working-days';

/**
 * Civil-service days off and make-up Saturdays for 2026 (reference:
 * domain.md §4). Central publishes updates; this is the copy a new kiosk
 * starts with.
 */
export const CALENDAR_2026: WorkingDayCalendar = {
  version: '2026.1',
  daysOff: [
    // New Year, with the compensatory days (make-up on Saturday 10/01).
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
    // National Day, with the extra days (make-up on Saturday 22/08).
    '2026-08-31',
    '2026-09-01',
    '2026-09-02',
  ],
  workingSaturdays: ['2026-01-10', '2026-08-22'],
};
