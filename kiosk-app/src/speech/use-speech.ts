import type { Language } from '@motcua/protocol';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAccessibility,
  useSettings,
} from '../accessibility/accessibility-context';
import type { SpeakOptions } from './speaker';

function pageLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'vi';
}

/**
 * `say(text)` speaks in the page's language; with `always` it speaks even
 * when assisted mode is off (the speak button), otherwise only when on.
 */
export function useSay(): (
  text: string,
  options?: SpeakOptions & { always?: boolean },
) => void {
  const { speaker } = useAccessibility();
  const { assisted } = useSettings();
  const { i18n } = useTranslation();
  const language = pageLanguage(i18n.language);
  return useCallback(
    (text, options = {}) => {
      if (options.always !== true && !assisted) return;
      speaker.speak(text, language, options);
    },
    [speaker, assisted, language],
  );
}

/**
 * Speaks `text` when it is first shown, when it changes, and when assisted
 * mode is switched on while it is shown.
 */
export function useSpeakOnShow(text: string, options: SpeakOptions = {}) {
  const say = useSay();
  const queue = options.queue === true;
  useEffect(() => {
    say(text, { queue });
  }, [say, text, queue]);
}
