import type { AnyActorRef } from 'xstate';
import type { Speaker } from '../speech/speaker';
import type { SettingsStore } from './settings-store';

interface Bindings {
  readonly actor: AnyActorRef;
  readonly settings: SettingsStore;
  readonly speaker: Speaker;
  /** Shows the settings (attributes on <html> in the page). */
  readonly apply: () => void;
}

function isAttract(snapshot: unknown): boolean {
  const value = (snapshot as { value?: unknown }).value;
  return value === 'attract';
}

/**
 * Ties the settings to the resident's session: a change applies at once and
 * restarts the idle timer (so assisted mode's longer times count from now),
 * and back at the attract screen speech stops and the next resident gets
 * the defaults. Returns the function that unties them.
 */
export function bindSettingsToSession(bindings: Bindings): () => void {
  const { actor, settings, speaker, apply } = bindings;
  apply();
  const unsubscribeSettings = settings.subscribe(() => {
    apply();
    actor.send({ type: 'resident.tapped' });
  });
  const subscription = actor.subscribe((snapshot: unknown) => {
    if (!isAttract(snapshot)) return;
    speaker.stop();
    settings.reset();
  });
  return () => {
    unsubscribeSettings();
    subscription.unsubscribe();
  };
}
