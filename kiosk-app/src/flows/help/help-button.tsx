import { useTranslation } from 'react-i18next';
import { useHelpOpener } from './help-context';

/**
 * "Help / call staff", in the bar at the bottom of every screen of a
 * session. Renders nothing where help cannot open (outside a session).
 */
export function HelpButton() {
  const { t } = useTranslation('app');
  const open = useHelpOpener();
  if (open === null) return null;
  return (
    <button
      type="button"
      className="button help-button"
      data-testid="help-open"
      onClick={open}
    >
      <span aria-hidden="true" className="help-button__icon">
        ?
      </span>
      {t('help.open')}
    </button>
  );
}
