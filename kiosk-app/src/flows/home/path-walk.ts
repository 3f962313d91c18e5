import type {
  AnyActorRef,
  AnyMachineSnapshot,
  AnyStateMachine,
  EventObject,
} from 'xstate';
import { fromPromise } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

// Test support: generate every shortest path through a machine with
// `xstate/graph`, then walk each one on a live actor. Invoked actors do not
// run during generation, so their answers are offered as done events; on the
// walk, a stub answers with the output the path chose.

const DONE = 'xstate.done.actor.';

export type StatePath = ReturnType<typeof getShortestPaths>[number];

export function doneEvent(id: string, output: unknown): EventObject {
  return { type: `${DONE}${id}`, output } as EventObject;
}

export function shortestPaths(
  machine: AnyStateMachine,
  events: (snapshot: AnyMachineSnapshot) => EventObject[],
  serialize: (snapshot: AnyMachineSnapshot) => string,
  input?: unknown,
): StatePath[] {
  return getShortestPaths(machine, {
    events: events as never,
    serializeState: serialize as never,
    ...(input === undefined ? {} : { input }),
  });
}

export function describePath(path: StatePath): string {
  const types = path.steps
    .map((step) => step.event.type)
    .filter((type) => type !== 'xstate.init');
  return types.join(' → ') || 'the initial state';
}

/** The outputs each invoked actor gives along the path, in order. */
export function outputsOf(path: StatePath): Map<string, unknown[]> {
  const outputs = new Map<string, unknown[]>();
  for (const step of path.steps) {
    if (!step.event.type.startsWith(DONE)) continue;
    const id = step.event.type.slice(DONE.length);
    const output = (step.event as unknown as { output: unknown }).output;
    outputs.set(id, [...(outputs.get(id) ?? []), output]);
  }
  return outputs;
}

/** A promise actor that gives the next output the path chose for `id`. */
export function answering<Output, Input = unknown>(
  outputs: Map<string, unknown[]>,
  id: string,
) {
  return fromPromise<Output, Input>(async () => {
    const next = outputs.get(id)?.shift();
    // A path that ends while waiting for this actor: it never answers.
    if (next === undefined) return new Promise<Output>(() => undefined);
    return next as Output;
  });
}

/** Lets promise actors settle; no time passes on a simulated clock. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

/**
 * Sends the path's events to `actor`, checking the state after each step.
 * `onDone` handles a done event (by default: let the stub answer).
 */
export async function walk(
  path: StatePath,
  actor: AnyActorRef,
  check: (actual: unknown, expected: unknown) => void,
  onDone: (event: EventObject) => void | Promise<void> = () => settle(),
): Promise<void> {
  for (const step of path.steps) {
    const { type } = step.event;
    if (type.startsWith(DONE)) {
      await onDone(step.event);
      await settle();
    } else if (type !== 'xstate.init') {
      actor.send(step.event);
    }
    check(actor.getSnapshot().value, step.state.value);
  }
}
