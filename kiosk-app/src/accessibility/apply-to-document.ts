import type { AccessibilitySettings } from './settings-store';

/**
 * Shows the settings through attributes on <html>, which ui/tokens.css
 * turns into text sizes and the high-contrast palette.
 */
export function applyToDocument(
  root: HTMLElement,
  settings: AccessibilitySettings,
): void {
  root.dataset['textSize'] = settings.textSize;
  root.dataset['contrast'] = settings.highContrast ? 'high' : 'normal';
  root.dataset['assisted'] = settings.assisted ? 'on' : 'off';
}
