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
import { helpMachine } from './machine';
import type { HelpOutcome, HelpReason } from './types';

function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  // A finished flow takes no more events.
  if (snapshot.status === 'done') return [];
  const events: EventObject[] = [
    { type: 'resident.callStaff' },
    { type: 'resident.closeHelp' },
  ];
  if (snapshot.matches('calling')) {
    events.push(doneEvent('requestHelp', { ok: true }));
    events.push(
      doneEvent('requestHelp', {
        ok: false,
        error: { code: 'agent_unreachable', message: '' },
      }),
    );
  }
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({ value: snapshot.value, context: snapshot.context });

const paths = shortestPaths(helpMachine, eventsFor, serialize);

describe('every shortest path through help', () => {
  it('reaches every state of help', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of Object.keys(helpMachine.root.states)) {
      expect(reached).toContain(JSON.stringify(state));
    }
  });

  for (const path of paths) {
    it(`walks ${describePath(path)}`, async () => {
      const machine = helpMachine.provide({
        actors: {
          requestHelp: answering<HelpOutcome, { reason: HelpReason }>(
            outputsOf(path),
            'requestHelp',
          ),
        },
      });
      const actor = createActor(machine, {
        clock: new SimulatedClock(),
      }).start();

      await walk(path, actor, (actual, expected) =>
        expect(actual).toEqual(expected),
      );
      expect(serialize(actor.getSnapshot())).toBe(serialize(path.state));
    });
  }
});
