import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { temporaryResidence } from '../test-support';
import type { ScanOutcome } from '../types';
import { attachmentsMachine } from './machine';
import { scannedPage, settle, startAttachments } from './test-support';
import type { AttachEvent } from './types';

const SCAN_DONE = 'xstate.done.actor.scanDocument';
const SCAN_ERROR = 'xstate.error.actor.scanDocument';

const residentEvents: AttachEvent[] = temporaryResidence.attachments.flatMap(
  ({ id }) => [
    { type: 'attach.scan', requirementId: id },
    { type: 'attach.retake', requirementId: id },
    { type: 'attach.keep', requirementId: id },
    { type: 'attach.remove', requirementId: id },
  ],
);
residentEvents.push({ type: 'attach.next' }, { type: 'attach.back' });

const noScanner: ScanOutcome = {
  ok: false,
  error: { code: 'scan.noDevice', message: 'No document scanner' },
};

// The scanner does not run during path generation: its answers are events.
function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  const events: EventObject[] = [...residentEvents];
  if (snapshot.matches('scanning')) {
    const id = String(snapshot.context.scanning);
    for (const output of [
      scannedPage(id),
      scannedPage(id, { blank: true }),
      noScanner,
    ]) {
      events.push({ type: SCAN_DONE, output } as EventObject);
    }
    events.push({ type: SCAN_ERROR, error: new Error('lost') } as EventObject);
  }
  return events;
}

const typeOf = (event: EventObject): string => event.type;

function serialize(snapshot: AnyMachineSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    held: Object.entries(context.held as Record<string, { blank: boolean }>)
      .map(([id, held]) => `${id}:${String(held.blank)}`)
      .sort(),
    pending: context.pending?.requirementId,
    problem: context.problem?.error.code,
    missing: context.missing,
    output: snapshot.output,
  });
}

const paths = getShortestPaths(attachmentsMachine, {
  events: eventsFor as never,
  serializeState: serialize as never,
  input: { requirements: temporaryResidence.attachments, held: {} },
});

describe('every shortest path through the documents step', () => {
  it('reaches the blank question, a scanner fault and both endings', () => {
    const ends = paths.map((path) => serialize(path.state));
    expect(ends.some((end) => end.includes('"confirmingBlank"'))).toBe(true);
    expect(ends.some((end) => end.includes('scan.noDevice'))).toBe(true);
    expect(ends.some((end) => end.includes('"direction":"back"'))).toBe(true);
    expect(ends.some((end) => end.includes('"direction":"next"'))).toBe(true);
  });

  for (const path of paths) {
    const description = path.steps
      .map((step) => typeOf(step.event))
      .filter((type) => type !== 'xstate.init')
      .join(' → ');

    it(`walks ${description || 'the initial state'}`, async () => {
      // Each scanner answer of the path, in order, scripted for the walk.
      const answers = path.steps.flatMap((step): (ScanOutcome | Error)[] => {
        if (typeOf(step.event) === SCAN_ERROR) return [new Error('lost')];
        if (typeOf(step.event) !== SCAN_DONE) return [];
        return [(step.event as unknown as { output: ScanOutcome }).output];
      });
      const step = startAttachments(answers);

      for (const { event, state } of path.steps) {
        if (typeOf(event) === SCAN_DONE || typeOf(event) === SCAN_ERROR) {
          await settle();
        } else if (typeOf(event) !== 'xstate.init') {
          step.send(event as AttachEvent);
        }
        expect(step.snapshot().value).toEqual(state.value);
      }
      expect(serialize(step.snapshot())).toBe(serialize(path.state));
    });
  }
});
