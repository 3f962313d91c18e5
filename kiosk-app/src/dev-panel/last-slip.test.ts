import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { LastSlip, lastSlipUrl } from './last-slip';

function render(language: 'vi' | 'en'): string {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const slip = createElement(LastSlip, { printer: null, now: () => 1234 });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, slip));
}

describe('LastSlip', () => {
  it('asks the agent for the last slip with the stamp of this refresh', () => {
    expect(lastSlipUrl(1234)).toBe('sim/printer/last.png?t=1234');
    expect(lastSlipUrl(1235)).not.toBe(lastSlipUrl(1234));
  });

  it('shows the picture, relative to the page, under a Vietnamese title', () => {
    const html = render('vi');

    expect(html).toContain('data-testid="dev-last-slip"');
    expect(html).toContain('src="sim/printer/last.png?t=1234"');
    expect(html).toContain('Phiếu in gần nhất');
    expect(html).toContain('Làm mới');
  });

  it('titles the section in English when the resident chose English', () => {
    const html = render('en');

    expect(html).toContain('Last slip');
    expect(html).toContain('Refresh');
  });
});
