import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AccessibilitySettings, SettingsStore } from './settings-store';
import { createSettingsStore } from './settings-store';
import type { Speaker } from '../speech/speaker';
import { silentSpeaker } from '../speech/speaker';

export interface Accessibility {
  readonly store: SettingsStore;
  readonly speaker: Speaker;
}

const AccessibilityContext = createContext<Accessibility>({
  store: createSettingsStore(),
  speaker: silentSpeaker,
});

export const AccessibilityProvider = AccessibilityContext.Provider;

export function useAccessibility(): Accessibility {
  return useContext(AccessibilityContext);
}

export function useSettings(): AccessibilitySettings {
  const { store } = useAccessibility();
  return useSyncExternalStore(store.subscribe, store.get);
}
