import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { NumericPad, pressPad } from './numeric-pad';

function render(value: string, maxLength?: number): string {
  const i18n = createI18n();
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(NumericPad, {
        value,
        onChange: () => undefined,
        onClose: () => undefined,
        ...(maxLength === undefined ? {} : { maxLength }),
      }),
    ),
  );
}

describe('the numeric pad', () => {
  it('appends a digit and deletes the last one', () => {
    expect(pressPad('0912', '3')).toBe('09123');
    expect(pressPad('0912', 'delete')).toBe('091');
    expect(pressPad('', 'delete')).toBe('');
  });

  it('stops at the field length and drops anything not a digit', () => {
    expect(pressPad('0912345678', '5', 10)).toBe('0912345678');
    expect(pressPad('15/03/19', '9')).toBe('1503199');
  });

  it('labels every key and disables what cannot be pressed', () => {
    const html = render('', 10);
    expect(html).toContain('aria-label="Số 7"');
    expect(html).not.toContain('keyboard.');
    expect(html).toMatch(/data-testid="numpad-delete"[^>]*disabled=""/);
    expect(render('0912345678', 10)).toMatch(
      /data-testid="numpad-5"[^>]*disabled=""/,
    );
  });
});
