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
import { queueTicketMachine } from './machine';
import { sampleDays, walkInTicket } from './test-support';
import type { QueueTake } from '@motcua/protocol';
import type { DaysOutcome, QueueTicketEvent, TakeOutcome } from './types';

const residentEvents: QueueTicketEvent[] = [
  { type: 'resident.walkIn' },
  { type: 'resident.appointment' },
  { type: 'resident.chooseDate', date: '2026-12-04' },
  { type: 'resident.chooseDate', date: '2026-12-05' },
  { type: 'resident.chooseTime', time: '08:30' },
  { type: 'resident.confirm' },
  { type: 'resident.retry' },
  { type: 'resident.back' },
  { type: 'resident.finish' },
];

const refusal = (code: string) => ({ ok: false, error: { code, message: '' } });

function eventsFor(snapshot: AnyMachineSnapshot): EventObject[] {
  if (snapshot.status === 'done') return [];
  const events: EventObject[] = [...residentEvents];
  if (snapshot.matches('loadingDays')) {
    events.push(doneEvent('listDays', { ok: true, days: sampleDays }));
    events.push(doneEvent('listDays', refusal('agent_unreachable')));
  }
  if (snapshot.matches('taking')) {
    events.push(
      doneEvent('takeTicket', {
        ok: true,
        ticket: walkInTicket,
        print: 'printed',
      }),
    );
    events.push(doneEvent('takeTicket', refusal('slot_full')));
    events.push(doneEvent('takeTicket', refusal('agent_unreachable')));
  }
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) => {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    kind: context.kind,
    days: context.days.length,
    date: context.date,
    time: context.time,
    ticket: context.ticket !== null,
    error: context.error?.code,
  });
};

const input = { language: 'en' } as const;
const paths = shortestPaths(queueTicketMachine, eventsFor, serialize, input);

describe('every shortest path through the queue and appointments', () => {
  it('reaches every state of the flow', () => {
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of Object.keys(queueTicketMachine.root.states)) {
      expect(reached).toContain(JSON.stringify(state));
    }
  });

  for (const path of paths) {
    it(`walks ${describePath(path)}`, async () => {
      const outputs = outputsOf(path);
      const machine = queueTicketMachine.provide({
        actors: {
          listDays: answering<DaysOutcome>(outputs, 'listDays'),
          takeTicket: answering<TakeOutcome, QueueTake>(outputs, 'takeTicket'),
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
