export const TEXT_SIZES = ['normal', 'large', 'extraLarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * What one resident chose for the screen. Nothing here is personal, yet it
 * still says something about them (their eyesight), so it never outlives
 * their session: `reset()` runs when the kiosk returns to the attract
 * screen, and nothing is written to browser storage.
 */
export interface AccessibilitySettings {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  /** Longer times and speech for every screen. */
  readonly assisted: boolean;
}

export const DEFAULT_SETTINGS: AccessibilitySettings = {
  textSize: 'normal',
  highContrast: false,
  assisted: false,
};

/**
 * How much longer every timer of a session runs in assisted mode: the idle
 * question comes after 4.5 minutes instead of 90 s and waits 90 s instead of
 * 30 s. Not the 10× WCAG 2.2.1 mentions for a plain timeout: the warning
 * with one-tap extension already satisfies it, and a kiosk left for 15
 * minutes would show a stranger's dossier for too long.
 */
export const ASSISTED_TIME_SCALE = 3;

export function timeScaleOf(settings: AccessibilitySettings): number {
  return settings.assisted ? ASSISTED_TIME_SCALE : 1;
}

export function isDefault(settings: AccessibilitySettings): boolean {
  return (
    settings.textSize === DEFAULT_SETTINGS.textSize &&
    settings.highContrast === DEFAULT_SETTINGS.highContrast &&
    settings.assisted === DEFAULT_SETTINGS.assisted
  );
}

/** A tiny external store for `useSyncExternalStore`; memory only. */
export function createSettingsStore() {
  let settings: AccessibilitySettings = DEFAULT_SETTINGS;
  const listeners = new Set<() => void>();

  function replace(next: AccessibilitySettings) {
    if (next === settings) return;
    settings = next;
    for (const listener of listeners) listener();
  }

  return {
    get: () => settings,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update: (change: Partial<AccessibilitySettings>) =>
      replace({ ...settings, ...change }),
    /** Back to the defaults, for the next resident. */
    reset: () => {
      if (!isDefault(settings)) replace(DEFAULT_SETTINGS);
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
