import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { OnScreenKeyboard } from './on-screen-keyboard';
import type { KeyboardMode } from './keyboard-model';

function render(mode: KeyboardMode, language: 'vi' | 'en'): string {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const keyboard = createElement(OnScreenKeyboard, {
    mode,
    value: '',
    onChange: () => undefined,
    onClose: () => undefined,
  });
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, keyboard),
  );
}

function buttons(html: string): string[] {
  return html.match(/<button[^>]*>/g) ?? [];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('the on-screen keyboard markup', () => {
  for (const mode of ['letters', 'digits'] as const) {
    for (const language of ['vi', 'en'] as const) {
      it(`gives every ${mode} key a ${language} label and a test id`, () => {
        const html = render(mode, language);
        expect(html).not.toContain('keyboard.');
        for (const tag of buttons(html)) {
          expect(attribute(tag, 'aria-label')).toMatch(/\S/);
          expect(attribute(tag, 'data-testid')).toMatch(
            mode === 'letters' ? /^osk-key-[\w-]+$/ : /^numpad-\w+$/,
          );
        }
      });
    }
  }

  it('shows letters, the Vietnamese rows and the tone keys', () => {
    const html = render('letters', 'vi');
    for (const name of [
      'q',
      'm',
      '1',
      '0',
      'slash',
      'a-breve',
      'u-horn',
      'd-stroke',
    ]) {
      expect(html).toContain(`data-testid="osk-key-${name}"`);
    }
    for (const tone of ['sac', 'huyen', 'hoi', 'nga', 'nang', 'none']) {
      expect(html).toContain(`data-testid="osk-key-tone-${tone}"`);
    }
    expect(html).toContain('aria-label="Dấu huyền"');
  });

  it('shows only digits, delete and done on the number pad', () => {
    const names = buttons(render('digits', 'en')).map((tag) =>
      attribute(tag, 'data-testid'),
    );
    expect(names.sort()).toEqual(
      [...'0123456789', 'delete', 'done'].map((n) => `numpad-${n}`).sort(),
    );
  });
});
