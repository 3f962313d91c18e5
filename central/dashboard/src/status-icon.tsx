import type { ReactElement } from 'react';
import type { KioskStatus } from '../../src/views';

/**
 * A shape per condition, so that status never rests on colour alone:
 * a disc for ok, a triangle for a warning, an octagon for critical and a
 * crossed ring for offline, a barred square for a revoked kiosk (retired
 * on purpose), a plain ring for nothing to report. The text
 * label always goes beside it.
 */
export type Tone = KioskStatus | 'neutral';

const SHAPES: Readonly<Record<Tone, ReactElement>> = {
  ok: <circle cx="8" cy="8" r="6" />,
  warning: <path d="M8 1.5 15 14.5H1Z" />,
  critical: <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5Z" />,
  offline: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="2" />
      <path d="M3.5 12.5 12.5 3.5" strokeWidth="2" />
    </>
  ),
  revoked: (
    <>
      <rect x="2" y="2" width="12" height="12" fill="none" strokeWidth="2" />
      <path d="M4.5 8h7" strokeWidth="2" />
    </>
  ),
  neutral: <circle cx="8" cy="8" r="5.5" fill="none" strokeWidth="2" />,
};

export function StatusIcon({ tone }: { tone: Tone }) {
  return (
    <svg
      className={`status-icon tone-${tone}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[tone]}
    </svg>
  );
}

interface StatusBadgeProps {
  readonly tone: Tone;
  readonly label: string;
  readonly testId?: string;
}

/** Icon and text together, coloured by tone. */
export function StatusBadge({ tone, label, testId }: StatusBadgeProps) {
  return (
    <span
      className={`status-badge tone-${tone}`}
      data-testid={testId}
      data-tone={tone}
    >
      <StatusIcon tone={tone} />
      {label}
    </span>
  );
}
