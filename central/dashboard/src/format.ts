import { formatClock, formatDate } from '@motcua/locales';
import type { Translate } from './i18n';

/** `dd/MM/yyyy HH:mm` in Ho Chi Minh City time. */
export function formatDateTime(iso: string): string {
  const { hour, minute } = formatClock(new Date(iso));
  return `${formatDate(iso)} ${hour}:${minute}`;
}

/** A short age such as "42 giây" or "3 min". */
export function formatAge(seconds: number, t: Translate): string {
  if (seconds < 60) return t('kiosks.ageSeconds', { count: seconds });
  if (seconds < 3600) {
    return t('kiosks.ageMinutes', { count: Math.floor(seconds / 60) });
  }
  return t('kiosks.ageHours', { count: Math.floor(seconds / 3600) });
}
