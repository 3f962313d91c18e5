import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeakOnShow } from '../speech/use-speech';
import { HelpButton } from '../flows/help/help-button';
import { AccessibilityBar } from './accessibility-bar';

/**
 * Steps of a dossier: language, card, procedure, form, documents, review
 * (with consent and submitting).
 */
export const STEP_COUNT = 6;

interface ScreenLayoutProps {
  readonly name: string;
  /** 1–6 for the steps of a dossier; none on the other screens. */
  readonly step?: number;
  readonly heading: string;
  readonly lead?: ReactNode;
  readonly children?: ReactNode;
  /** The buttons: always in the lower part of the screen, within reach. */
  readonly controls?: ReactNode;
  /**
   * The accessibility bar, on by default. Off only outside a session (the
   * attract and out-of-service screens), where no setting could last.
   */
  readonly accessibility?: boolean;
  /** Extra buttons in the accessibility bar's row (help / call staff). */
  readonly barExtra?: ReactNode;
}

/** The title, lead and errors as one text, for the speak button. */
function screenText(main: HTMLElement | null): string {
  if (main === null) return '';
  const parts = [
    main.querySelector('.screen__header'),
    ...main.querySelectorAll('[role="alert"]'),
  ];
  return parts
    .map((part) => (part?.textContent ?? '').trim())
    .filter((text) => text !== '')
    .join('. ');
}

/** "Title. Lead." with one stop between them. */
function spokenText(heading: string, lead: ReactNode): string {
  const title = /[.?!:]$/.test(heading) ? heading : `${heading}.`;
  return typeof lead === 'string' ? `${title} ${lead}` : title;
}

export function ScreenLayout(props: ScreenLayoutProps) {
  const { t } = useTranslation('app');
  const main = useRef<HTMLElement>(null);
  // In assisted mode every new screen says its title and lead.
  useSpeakOnShow(spokenText(props.heading, props.lead));

  return (
    <main className={`screen screen--${props.name}`} ref={main}>
      <header className="screen__header">
        {props.step !== undefined && (
          <p className="screen__step" data-testid="step-indicator">
            {t('step', { n: props.step, total: STEP_COUNT })}
          </p>
        )}
        <h1 className="screen__heading">{props.heading}</h1>
        {props.lead !== undefined && (
          <p className="screen__lead">{props.lead}</p>
        )}
      </header>
      <section className="screen__body">{props.children}</section>
      {props.controls !== undefined && (
        <footer className="screen__controls">{props.controls}</footer>
      )}
      {props.accessibility !== false && (
        <AccessibilityBar readScreen={() => screenText(main.current)}>
          {props.barExtra ?? <HelpButton />}
        </AccessibilityBar>
      )}
    </main>
  );
}
