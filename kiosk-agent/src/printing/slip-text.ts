import type { Language, Namespace } from '@motcua/locales';
import { defaultLanguage, resources } from '@motcua/locales';

/**
 * Looks a key up in the shared locale resources and fills `{{name}}`
 * placeholders. Falls back to Vietnamese, then to the key itself, so a
 * missing translation never stops a slip from printing.
 */
export function translate(
  language: Language,
  namespace: Namespace,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const lookup = (lang: Language): string | undefined => {
    const table = resources[lang][namespace] as Record<string, unknown>;
    const found = table[key];
    return typeof found === 'string' ? found : undefined;
  };
  const template = lookup(language) ?? lookup(defaultLanguage) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  );
}
