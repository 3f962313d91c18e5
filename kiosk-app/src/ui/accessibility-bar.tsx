import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAccessibility,
  useSettings,
} from '../accessibility/accessibility-context';
import type { TextSize } from '../accessibility/settings-store';
import { TEXT_SIZES } from '../accessibility/settings-store';
import { useSay } from '../speech/use-speech';

function nextSize(size: TextSize): TextSize {
  const index = TEXT_SIZES.indexOf(size);
  return TEXT_SIZES[(index + 1) % TEXT_SIZES.length] ?? 'normal';
}

interface AccessibilityBarProps {
  /** What the speak button reads: the screen's title, lead and errors. */
  readonly readScreen: () => string;
  /** More buttons for the same row (the help button). */
  readonly children?: ReactNode;
}

/**
 * Text size, high contrast, assisted mode (speech and longer times) and
 * "read the screen", on every screen of a session, at the bottom within
 * reach. The settings last until the session ends.
 */
export function AccessibilityBar({
  readScreen,
  children,
}: AccessibilityBarProps) {
  const { t } = useTranslation('app');
  const { store } = useAccessibility();
  const settings = useSettings();
  const say = useSay();

  return (
    <nav className="a11y-bar" aria-label={t('a11y.bar')} data-testid="a11y-bar">
      <button
        type="button"
        className="a11y-bar__button"
        data-testid="a11y-text-size"
        data-size={settings.textSize}
        onClick={() => store.update({ textSize: nextSize(settings.textSize) })}
      >
        <span aria-hidden="true" className="a11y-bar__icon">
          A<span className="a11y-bar__icon-big">A</span>
        </span>
        {t('a11y.textSize', { size: t(`a11y.sizes.${settings.textSize}`) })}
      </button>
      <ToggleButton
        testId="a11y-contrast"
        icon="◐"
        label={t('a11y.contrast')}
        pressed={settings.highContrast}
        onToggle={() => store.update({ highContrast: !settings.highContrast })}
      />
      <ToggleButton
        testId="a11y-assisted"
        icon="♿"
        label={t('a11y.assisted')}
        pressed={settings.assisted}
        onToggle={() => store.update({ assisted: !settings.assisted })}
      />
      <button
        type="button"
        className="a11y-bar__button"
        data-testid="a11y-speak"
        onClick={() => say(readScreen(), { always: true })}
      >
        <svg
          aria-hidden="true"
          className="a11y-bar__svg"
          viewBox="0 0 24 24"
          focusable="false"
        >
          <path d="M3 9h4l5-4v14l-5-4H3z" />
          <path d="M15 8a5 5 0 0 1 0 8M17.5 5a9 9 0 0 1 0 14" fill="none" />
        </svg>
        {t('a11y.speak')}
      </button>
      {children}
    </nav>
  );
}

interface ToggleButtonProps {
  readonly testId: string;
  readonly icon: string;
  readonly label: string;
  readonly pressed: boolean;
  readonly onToggle: () => void;
}

/** An on/off setting of the bar; its state is announced as pressed. */
function ToggleButton(props: ToggleButtonProps) {
  return (
    <button
      type="button"
      className="a11y-bar__button"
      data-testid={props.testId}
      aria-pressed={props.pressed}
      onClick={props.onToggle}
    >
      <span aria-hidden="true" className="a11y-bar__icon">
        {props.icon}
      </span>
      {props.label}
    </button>
  );
}
