import type { ProtocolError } from '@motcua/protocol';
import { useTranslation } from 'react-i18next';

/**
 * Turns an error code from the agent or the form into a sentence for the
 * resident. Codes such as `qr.not_cccd` are flat keys, so the key separator
 * is switched off; an unknown code falls back to the generic message.
 */
export function useErrorText(): (error: ProtocolError | string) => string {
  const { t } = useTranslation('errors');
  return (error) => {
    const code = typeof error === 'string' ? error : error.code;
    return t(code, {
      keySeparator: false,
      defaultValue: t('internal', { keySeparator: false }),
    });
  };
}
