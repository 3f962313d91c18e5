import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = ['123', '456', '789'] as const;

export type PadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/** What one press does to the digits: append, or delete the last one. */
export function pressPad(
  value: string,
  key: PadKey | 'delete',
  maxLength = Number.POSITIVE_INFINITY,
): string {
  const digits = value.replace(/\D/g, '');
  if (key === 'delete') return digits.slice(0, -1);
  return digits.length >= maxLength ? digits : digits + key;
}

interface NumericPadProps {
  /** The digits so far; the pad appends and deletes at the end. */
  readonly value: string;
  readonly maxLength?: number;
  readonly onChange: (value: string) => void;
  readonly onClose: () => void;
}

/** Keeps focus (and the caret) in the field the pad is typing into. */
function keepFocus(event: PointerEvent) {
  event.preventDefault();
}

/**
 * A big 0–9 pad, laid out like a phone's (1 2 3 at the top, 0 at the
 * bottom), for ID numbers, phone numbers and dates.
 */
export function NumericPad(props: NumericPadProps) {
  const { t } = useTranslation('app');
  const { value, maxLength = Number.POSITIVE_INFINITY, onChange } = props;
  const digits = value.replace(/\D/g, '');

  const digit = (d: PadKey) => (
    <button
      key={d}
      type="button"
      className="osk__key"
      aria-label={t('keyboard.digit', { digit: d })}
      data-testid={`numpad-${d}`}
      disabled={digits.length >= maxLength}
      onPointerDown={keepFocus}
      onClick={() => onChange(pressPad(digits, d, maxLength))}
    >
      {d}
    </button>
  );

  return (
    <div
      className="osk osk--digits"
      role="group"
      aria-label={t('keyboard.numericLabel')}
      data-testid="numpad"
    >
      {ROWS.map((row) => (
        <div key={row} className="osk__row">
          {[...row].map((d) => digit(d as PadKey))}
        </div>
      ))}
      <div className="osk__row">
        <button
          type="button"
          className="osk__key osk__key--wide"
          aria-label={t('keyboard.backspace')}
          data-testid="numpad-delete"
          disabled={digits.length === 0}
          onPointerDown={keepFocus}
          onClick={() => onChange(pressPad(digits, 'delete'))}
        >
          ⌫
        </button>
        {digit('0')}
        <button
          type="button"
          className="osk__key osk__key--wide osk__key--primary"
          aria-label={t('keyboard.done')}
          data-testid="numpad-done"
          onPointerDown={keepFocus}
          onClick={props.onClose}
        >
          {t('keyboard.doneShort')}
        </button>
      </div>
    </div>
  );
}
