import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  answering,
  describePath,
  doneEvent,
  outputsOf,
  shortestPaths,
  walk,
} from '../home/path-walk';
import { ratingMachine } from './machine';
import type { RatingEvent, RatingOutcome, RatingRequest } from './types';

const residentEvents: RatingEvent[] = [
  { type: 'resident.rate', score: 2 },
  { type: 'resident.retry' },
  { type: 'resident.skip' },
  { type: 'resident.finish' },
];

function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  // A finished flow takes no more events.
  if (snapshot.status === 'done') return [];
  const events: EventObject[] = [...residentEvents];
  if (snapshot.matches('sending')) {
    events.push(doneEvent('submitRating', { ok: true }));
    events.push(
      doneEvent('submitRating', {
        ok: false,
        error: { code: 'agent_unreachable', message: '' },
      }),
    );
  }
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({
    value: snapshot.value,
    score: snapshot.context.score,
    error: snapshot.context.error?.code,
  });

const input = { dossierCode: '000.00.00.H29-261203-0001' };
const paths = shortestPaths(ratingMachine, eventsFor, serialize, input);

describe('every shortest path through the rating', () => {
  it('reaches every state of the rating', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of Object.keys(ratingMachine.root.states)) {
      expect(reached).toContain(JSON.stringify(state));
    }
  });

  for (const path of paths) {
    it(`walks ${describePath(path)}`, async () => {
      const outputs = outputsOf(path);
      const machine = ratingMachine.provide({
        actors: {
          submitRating: answering<RatingOutcome, RatingRequest>(
            outputs,
            'submitRating',
          ),
        },
      });
      const actor = createActor(machine, {
        clock: new SimulatedClock(),
        input,
      }).start();

      await walk(path, actor, (actual, expected) =>
        expect(actual).toEqual(expected),
      );
      expect(serialize(actor.getSnapshot())).toBe(serialize(path.state));
    });
  }
});
