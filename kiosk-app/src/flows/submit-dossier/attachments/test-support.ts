import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { scannedPage, temporaryResidence } from '../test-support';
import type { ScanOutcome } from '../types';
import { attachmentsMachine } from './machine';
import type { AttachEvent, AttachmentsOutput } from './types';

export { scannedPage };

/**
 * The documents step alone, with scripted scanner answers in order; an
 * Error stands for an agent that never answered.
 */
export function startAttachments(answers: (ScanOutcome | Error)[] = []) {
  const clock = new SimulatedClock();
  const scans: string[] = [];
  let output: AttachmentsOutput | undefined;
  const machine = attachmentsMachine.provide({
    actors: {
      scanDocument: fromPromise<ScanOutcome, { requirementId: string }>(
        async ({ input }) => {
          scans.push(input.requirementId);
          const next = answers.shift();
          if (next === undefined) throw new Error('no scripted scan left');
          if (next instanceof Error) throw next;
          return next;
        },
      ),
    },
  });
  const actor = createActor(machine, {
    clock,
    input: { requirements: temporaryResidence.attachments, held: {} },
  });
  actor.subscribe({
    complete: () => {
      output = actor.getSnapshot().output;
    },
  });
  actor.start();
  return {
    actor,
    scans,
    output: () => output,
    send: (event: AttachEvent) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
  };
}

/** Lets the scan actor answer; no time passes. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}
