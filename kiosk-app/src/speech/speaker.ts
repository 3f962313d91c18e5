import type { Language } from '@motcua/protocol';

/** The parts of the Web Speech API the kiosk uses; tests pass fakes. */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type UtteranceFactory = (text: string) => SpeechSynthesisUtterance;

export interface SpeakOptions {
  /** Wait for what is being said instead of cutting it off. */
  readonly queue?: boolean;
}

export interface Speaker {
  /** Says `text` in the language; a new screen cuts off the old one. */
  speak(text: string, language: Language, options?: SpeakOptions): void;
  stop(): void;
}

/** BCP 47 tags for each page language; espeak-ng lists `vi` and `en-us`. */
export const SPEECH_LANG: Readonly<Record<Language, string>> = {
  vi: 'vi-VN',
  en: 'en-US',
};

export const silentSpeaker: Speaker = {
  speak: () => undefined,
  stop: () => undefined,
};

/** The best voice for a tag: exact match, then same language, else none. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  tag: string,
): SpeechSynthesisVoice | undefined {
  const wanted = tag.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const exact = voices.find((v) => v.lang.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  return voices.find((v) => {
    const lang = v.lang.toLowerCase().replace('_', '-');
    return lang === base || lang.startsWith(`${base}-`);
  });
}

/**
 * Speech through the browser's speechSynthesis. On the kiosk Chromium gets
 * espeak-ng voices through speech-dispatcher; in a test browser there may be
 * none. Every failure is swallowed: a missing voice must never break a
 * screen, and the text is always on screen as well.
 */
export function createSpeaker(
  synth: SynthesisLike | undefined,
  makeUtterance: UtteranceFactory | undefined,
): Speaker {
  if (synth === undefined || makeUtterance === undefined) return silentSpeaker;
  let voices: readonly SpeechSynthesisVoice[] = [];
  const loadVoices = () => {
    try {
      voices = synth.getVoices();
    } catch {
      voices = [];
    }
  };
  loadVoices();
  try {
    // Chromium fills the list asynchronously, after this event.
    synth.addEventListener('voiceschanged', loadVoices);
  } catch {
    // An engine without the event keeps the voices it listed at start.
  }

  return {
    speak(text, language, options = {}) {
      const said = text.trim();
      if (said === '') return;
      try {
        if (options.queue !== true) synth.cancel();
        const utterance = makeUtterance(said);
        const tag = SPEECH_LANG[language];
        utterance.lang = tag;
        const voice = pickVoice(voices, tag);
        if (voice !== undefined) utterance.voice = voice;
        synth.speak(utterance);
      } catch {
        // No engine or no voice: the screen still shows the text.
      }
    },
    stop() {
      try {
        synth.cancel();
      } catch {
        // Nothing was playing.
      }
    },
  };
}

/** The page's speaker, or a silent one where the API is missing. */
export function browserSpeaker(win: Window): Speaker {
  const scope = win as {
    speechSynthesis?: SpeechSynthesis;
    SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  };
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  return createSpeaker(
    synth,
    Utterance === undefined ? undefined : (text) => new Utterance(text),
  );
}
