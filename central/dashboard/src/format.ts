import { formatClock, formatDate } from '@motcua/locales';
import type { Translate } from './i18n';

// Formatting a date builds Intl formatters, which is slow next to drawing a
// tile; a board of thousands of kiosks asks for the same instants on every
// clock tick. Remember recent answers (the table is emptied when full).
const CACHE_LIMIT = 5_000;
const dateTimes = new Map<string, string>();

/** `dd/MM/yyyy HH:mm` in Ho Chi Minh City time. */
export function formatDateTime(iso: string): string {
  const known = dateTimes.get(iso);
  if (known !== undefined) return known;
  const { hour, minute } = formatClock(new Date(iso));
  const text = `${formatDate(iso)} ${hour}:${minute}`;
  if (dateTimes.size >= CACHE_LIMIT) dateTimes.clear();
  dateTimes.set(iso, text);
  return text;
}

/** A short age such as "42 giây" or "3 min". */
export function formatAge(seconds: number, t: Translate): string {
  if (seconds < 60) return t('kiosks.ageSeconds', { count: seconds });
  if (seconds < 3600) {
    return t('kiosks.ageMinutes', { count: Math.floor(seconds / 60) });
  }
  return t('kiosks.ageHours', { count: Math.floor(seconds / 3600) });
}
