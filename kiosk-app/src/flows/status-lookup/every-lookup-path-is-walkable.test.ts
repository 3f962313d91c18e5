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
import { statusLookupMachine } from './machine';
import { found, SAMPLE_CODE } from './test-support';
import type { LookupOutcome, StatusLookupEvent } from './types';

const residentEvents: StatusLookupEvent[] = [
  { type: 'resident.typeCode', text: SAMPLE_CODE },
  { type: 'resident.typeCode', text: '000.00' },
  { type: 'resident.lookUp' },
  { type: 'dossier.scanned', code: SAMPLE_CODE },
  { type: 'dossier.scanned', code: 'https://example.com' },
  { type: 'resident.lookUpAnother' },
  { type: 'resident.back' },
  { type: 'resident.finish' },
];

function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  // A finished flow takes no more events.
  if (snapshot.status === 'done') return [];
  const events: EventObject[] = [...residentEvents];
  if (snapshot.matches('lookingUp')) {
    events.push(doneEvent('lookupDossier', found));
    for (const code of ['not_found', 'central_unreachable']) {
      events.push(
        doneEvent('lookupDossier', { ok: false, error: { code, message: '' } }),
      );
    }
  }
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({
    value: snapshot.value,
    code: snapshot.context.code,
    error: snapshot.context.error?.code,
    result: snapshot.context.result !== null,
  });

const paths = shortestPaths(statusLookupMachine, eventsFor, serialize, {});

describe('every shortest path through the status lookup', () => {
  it('reaches every resting state of the lookup', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of Object.keys(statusLookupMachine.root.states)) {
      // `checkingCode` is left at once by its eventless transitions.
      if (state === 'checkingCode') continue;
      expect(reached).toContain(JSON.stringify(state));
    }
  });

  for (const path of paths) {
    it(`walks ${describePath(path)}`, async () => {
      const machine = statusLookupMachine.provide({
        actors: {
          lookupDossier: answering<LookupOutcome, { code: string }>(
            outputsOf(path),
            'lookupDossier',
          ),
        },
      });
      const actor = createActor(machine, {
        clock: new SimulatedClock(),
        input: {},
      }).start();

      await walk(path, actor, (actual, expected) =>
        expect(actual).toEqual(expected),
      );
      expect(serialize(actor.getSnapshot())).toBe(serialize(path.state));
    });
  }
});
