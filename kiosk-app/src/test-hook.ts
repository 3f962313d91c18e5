import type { AnyActorRef } from 'xstate';
import type { SettingsStore } from './accessibility/settings-store';

/** What a browser test may read; never present outside simulator mode. */
export interface MotcuaTestHook {
  /** The machine with its children's state and context, as JSON text. */
  snapshot(): string;
  settings(): string;
}

declare global {
  interface Window {
    __motcuaTest?: MotcuaTestHook;
  }
}

function isSimulator(snapshot: unknown): boolean {
  const context = (snapshot as { context?: { agent?: unknown } }).context;
  const agent = context?.agent as { simulator?: unknown } | null | undefined;
  return agent?.simulator === true;
}

/**
 * Test-only: once the agent says it runs the simulator, lets the privacy
 * test read the machine's context and the accessibility settings from
 * `window.__motcuaTest`. A production agent says `simulator: false`, so the
 * page adds nothing to `window` there.
 */
export function exposeWhenSimulated(
  win: Window,
  actor: AnyActorRef,
  settings: SettingsStore,
): void {
  const subscription = actor.subscribe((snapshot: unknown) => {
    if (!isSimulator(snapshot)) return;
    subscription.unsubscribe();
    win.__motcuaTest = {
      snapshot: () => JSON.stringify(actor.getPersistedSnapshot()),
      settings: () => JSON.stringify(settings.get()),
    };
  });
}
