import { defaultLanguage, namespaces, resources } from '@motcua/locales';
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** One i18next instance for the page, Vietnamese first. */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    ns: [...namespaces],
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
