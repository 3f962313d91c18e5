import { CALENDAR_2026 } from '@motcua/protocol';

/** The calendar central publishes until staff can edit it. */
export const calendar2026 = CALENDAR_2026;
