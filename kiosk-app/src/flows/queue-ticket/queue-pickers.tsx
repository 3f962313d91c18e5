import { formatDate } from '@motcua/locales';
import { useTranslation } from 'react-i18next';
import type { AppointmentDay } from './types';

function weekday(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

interface DatePickerProps {
  readonly days: readonly AppointmentDay[];
  readonly onChoose: (date: string) => void;
}

/** The next days; a day off or a full day is shown but cannot be chosen. */
export function DatePicker({ days, onChoose }: DatePickerProps) {
  const { t, i18n } = useTranslation('app');
  return (
    <div
      className="queue__days"
      role="group"
      aria-label={t('queue.dateHeading')}
    >
      {days.map((day) => (
        <button
          key={day.date}
          type="button"
          className="button queue__day"
          data-testid={`queue-date-${day.date}`}
          data-state={day.state}
          disabled={day.state !== 'open'}
          onClick={() => onChoose(day.date)}
        >
          <span className="queue__weekday">
            {weekday(day.date, i18n.language)}
          </span>
          <span className="queue__date">{formatDate(day.date)}</span>
          {day.state !== 'open' && (
            <span className="queue__why">{t(`queue.day.${day.state}`)}</span>
          )}
        </button>
      ))}
    </div>
  );
}

interface TimePickerProps {
  readonly day: AppointmentDay | undefined;
  readonly onChoose: (time: string) => void;
}

/** The chosen day's times that still have places. */
export function TimePicker({ day, onChoose }: TimePickerProps) {
  const { t } = useTranslation('app');
  return (
    <div
      className="queue__slots"
      role="group"
      aria-label={t('queue.timeHeading')}
    >
      {(day?.slots ?? []).map((slot) => (
        <button
          key={slot.time}
          type="button"
          className="button queue__slot"
          data-testid={`queue-slot-${slot.time}`}
          onClick={() => onChoose(slot.time)}
        >
          {slot.time}
        </button>
      ))}
    </div>
  );
}
