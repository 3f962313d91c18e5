import enApp from './en/app.json';
import enDashboard from './en/dashboard.json';
import enErrors from './en/errors.json';
import enSlip from './en/slip.json';
import viApp from './vi/app.json';
import viDashboard from './vi/dashboard.json';
import viErrors from './vi/errors.json';
import viSlip from './vi/slip.json';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** Vietnamese is the default, and the fallback for any missing key. */
export const defaultLanguage: Language = 'vi';

export const namespaces = ['app', 'slip', 'errors', 'dashboard'] as const;
export type Namespace = (typeof namespaces)[number];

/** i18next resources, language → namespace → nested keys. */
export const resources = {
  vi: { app: viApp, slip: viSlip, errors: viErrors, dashboard: viDashboard },
  en: { app: enApp, slip: enSlip, errors: enErrors, dashboard: enDashboard },
} as const;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl formatter costs far more than using one, and a dashboard
// with a thousand kiosks formats thousands of dates: build each once.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const CLOCK_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const VND_FORMAT = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
});

/** `dd/MM/yyyy` in Ho Chi Minh City time, whatever the host's zone. */
export function formatDate(date: Date | string): string {
  const value = typeof date === 'string' ? parseDateLike(date) : date;
  const parts = DATE_FORMAT.formatToParts(value);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('day') ?? ''}/${get('month') ?? ''}/${get('year') ?? ''}`;
}

/** Hour and minute in Ho Chi Minh City time, two digits each. */
export function formatClock(date: Date): { hour: string; minute: string } {
  const parts = CLOCK_FORMAT.formatToParts(date);
  const get = (type: string) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return { hour: get('hour'), minute: get('minute') };
}

/** `150000` → `150.000 ₫`, as vi-VN writes money. */
export function formatVnd(amount: number): string {
  return VND_FORMAT.format(amount);
}

// A bare `YYYY-MM-DD` is a calendar date: read it as noon in Ho Chi Minh City
// so that no time zone moves it to another day.
function parseDateLike(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T12:00:00+07:00`);
  }
  return new Date(value);
}
