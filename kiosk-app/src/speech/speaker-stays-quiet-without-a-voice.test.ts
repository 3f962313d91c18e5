import { describe, expect, it } from 'vitest';
import type { SynthesisLike, UtteranceFactory } from './speaker';
import { createSpeaker, pickVoice } from './speaker';

function voice(lang: string, name = lang): SpeechSynthesisVoice {
  return {
    lang,
    name,
    default: false,
    localService: true,
    voiceURI: name,
  };
}

interface Said {
  text: string;
  lang: string;
  voice: string | undefined;
}

/** A speechSynthesis that records what it was asked to say. */
function recordingSynth(voices: SpeechSynthesisVoice[]) {
  const said: Said[] = [];
  let cancelled = 0;
  let onVoices: () => void = () => undefined;
  const synth: SynthesisLike = {
    speak: (u) =>
      said.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
    cancel: () => {
      cancelled += 1;
    },
    getVoices: () => voices,
    addEventListener: (_, listener) => {
      onVoices = listener;
    },
  };
  return {
    synth,
    said,
    cancelled: () => cancelled,
    voicesArrive: (more: SpeechSynthesisVoice[]) => {
      voices.push(...more);
      onVoices();
    },
  };
}

const utterance: UtteranceFactory = (text) =>
  ({ text, lang: '', voice: null }) as unknown as SpeechSynthesisUtterance;

describe('speech on a kiosk browser', () => {
  it('does nothing, and throws nothing, without the API or with a broken one', () => {
    expect(() =>
      createSpeaker(undefined, undefined).speak('Xin chào', 'vi'),
    ).not.toThrow();
    const broken: SynthesisLike = {
      speak: () => {
        throw new Error('no engine');
      },
      cancel: () => {
        throw new Error('no engine');
      },
      getVoices: () => {
        throw new Error('no engine');
      },
      addEventListener: () => {
        throw new Error('no engine');
      },
    };
    const speaker = createSpeaker(broken, utterance);
    expect(() => speaker.speak('Xin chào', 'vi')).not.toThrow();
    expect(() => speaker.stop()).not.toThrow();
  });

  it('speaks with the language tag and no voice when none is installed', () => {
    const fake = recordingSynth([]);
    createSpeaker(fake.synth, utterance).speak('Còn 20 giây.', 'vi');
    expect(fake.said).toEqual([
      { text: 'Còn 20 giây.', lang: 'vi-VN', voice: undefined },
    ]);
  });

  it('picks the Vietnamese espeak-ng voice once the voices arrive', () => {
    const fake = recordingSynth([voice('en-US', 'English (America)')]);
    const speaker = createSpeaker(fake.synth, utterance);
    fake.voicesArrive([voice('vi', 'Vietnamese_Northern')]);

    speaker.speak('Xin chào', 'vi');
    speaker.speak('Hello', 'en', { queue: true });

    expect(fake.said.map((s) => s.voice)).toEqual([
      'Vietnamese_Northern',
      'English (America)',
    ]);
    // A new screen cuts off the last one; a queued line waits.
    expect(fake.cancelled()).toBe(1);
  });

  it('prefers the exact regional voice over the bare language', () => {
    const voices = [voice('vi', 'north'), voice('vi-VN', 'vn')];
    expect(pickVoice(voices, 'vi-VN')?.name).toBe('vn');
    expect(pickVoice([voice('vi-VN-x-south', 's')], 'vi-VN')?.name).toBe('s');
    expect(pickVoice([voice('fr-FR')], 'vi-VN')).toBeUndefined();
  });
});
