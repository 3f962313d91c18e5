import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { sampleStatus, SAMPLE_CODE } from '../flows/status-lookup/test-support';
import type { AgentEvent } from '../flows/submit-dossier/types';
import { connectAgent } from './agent-link';

type Handler = (payload: unknown) => void;

/** A socket that answers each request name from a table, or times out. */
function linkAnswering(answers: Record<string, unknown>) {
  const handlers = new Map<string, Handler>();
  const sent: string[] = [];
  const socket = {
    active: true,
    on(name: string, handler: Handler) {
      handlers.set(name, handler);
      return socket;
    },
    timeout: () => ({
      emitWithAck: async (name: string) => {
        sent.push(name);
        if (!(name in answers)) throw new Error('operation has timed out');
        return answers[name];
      },
    }),
    close() {},
  };
  const events: AgentEvent[] = [];
  const rejected: string[] = [];
  const agent = connectAgent(
    'token',
    {
      event: (event) => events.push(event),
      connection: () => undefined,
      rejected: (name, error) => rejected.push(`${name} ${error.code}`),
    },
    () => socket as unknown as Socket,
  );
  const receive = (name: string, payload: unknown) =>
    handlers.get(name)?.(payload);
  return { agent, sent, events, rejected, receive };
}

describe('the services through the agent link', () => {
  it('passes on a valid lookup answer as it came', async () => {
    const answer = { ok: true, source: 'central', dossier: sampleStatus };
    const { agent } = linkAnswering({ 'dossier.lookup': answer });
    expect(await agent.dossierLookup(SAMPLE_CODE)).toEqual(answer);
  });

  it('refuses a malformed code without asking the agent', async () => {
    const { agent, sent } = linkAnswering({});
    const answer = await agent.dossierLookup('12345');
    expect(answer.ok).toBe(false);
    expect(sent).toEqual([]);
  });

  it('turns an answer that fails its schema into invalid_message', async () => {
    const { agent } = linkAnswering({
      'queue.take': { ok: true, ticket: { number: 'not a number' } },
      'rating.submit': { ok: 'yes' },
      'queue.slots': { ok: true, date: '2026-12-07', slots: 'all' },
    });
    const taken = await agent.queueTake({ kind: 'walkIn' });
    const rated = await agent.ratingSubmit({ score: 5 });
    const slots = await agent.queueSlots('2026-12-07');
    for (const answer of [taken, rated, slots]) {
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid_message' },
      });
    }
  });

  it('turns a lost answer into agent_unreachable', async () => {
    const { agent } = linkAnswering({});
    expect(await agent.helpRequest({ reason: 'callStaff' })).toMatchObject({
      ok: false,
      error: { code: 'agent_unreachable' },
    });
  });

  it('keeps the agent’s own refusal, with its code', async () => {
    const refusal = {
      ok: false,
      error: { code: 'slot_full', message: 'full', field: 'time' },
    };
    const { agent } = linkAnswering({ 'queue.take': refusal });
    const answer = await agent.queueTake({
      kind: 'appointment',
      date: '2026-12-07',
      time: '08:00',
    });
    expect(answer).toEqual(refusal);
  });

  it('forwards a scanned dossier code and refuses anything else', () => {
    const { receive, events, rejected } = linkAnswering({});
    receive('dossier.scanned', { code: SAMPLE_CODE });
    receive('dossier.scanned', { code: 'https://example.com' });
    expect(events).toEqual([{ type: 'dossier.scanned', code: SAMPLE_CODE }]);
    expect(rejected).toHaveLength(1);
  });
});
