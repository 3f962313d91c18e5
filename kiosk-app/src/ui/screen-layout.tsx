import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const STEP_COUNT = 5;

interface ScreenLayoutProps {
  readonly name: string;
  /** 1–5 for the steps of the flow; none on the other screens. */
  readonly step?: number;
  readonly heading: string;
  readonly lead?: ReactNode;
  readonly children?: ReactNode;
  /** The buttons: always in the lower part of the screen, within reach. */
  readonly controls?: ReactNode;
}

export function ScreenLayout(props: ScreenLayoutProps) {
  const { t } = useTranslation('app');
  return (
    <main className={`screen screen--${props.name}`}>
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
    </main>
  );
}
