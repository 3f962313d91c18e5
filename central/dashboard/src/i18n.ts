import type { Language } from '@motcua/locales';
import { defaultLanguage, resources } from '@motcua/locales';

// The dashboard reads the `dashboard` namespace directly instead of pulling
// i18next into central: it needs lookup and `{{name}}` interpolation only.

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type DashboardKey = Leaves<(typeof resources)['vi']['dashboard']>;

export type Translate = (
  key: DashboardKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

function lookup(language: Language, key: string): string | undefined {
  let node: unknown = resources[language].dashboard;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translator for one language, falling back to Vietnamese, then the key. */
export function translator(language: Language): Translate {
  return (key, values = {}) => {
    const template =
      lookup(language, key) ?? lookup(defaultLanguage, key) ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
