import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../flows/submit-dossier/types';
import {
  sampleIdentity,
  sampleReceipt,
} from '../flows/submit-dossier/test-support';
import { connectAgent } from './agent-link';
import type { ConnectionState } from './agent-link';

type Handler = (payload: unknown) => void;

/** Just enough of a socket.io client socket, answering from a table. */
function fakeSocket(answers: Record<string, unknown>) {
  const handlers = new Map<string, Handler>();
  const sent: { name: string; payload: unknown }[] = [];
  const socket = {
    active: true,
    on(name: string, handler: Handler) {
      handlers.set(name, handler);
      return socket;
    },
    timeout() {
      return {
        emitWithAck: async (name: string, payload: unknown) => {
          sent.push({ name, payload });
          if (!(name in answers)) throw new Error('operation has timed out');
          return answers[name];
        },
      };
    },
    close() {},
  };
  return {
    socket: socket as unknown as Socket,
    sent,
    receive: (name: string, payload?: unknown) => handlers.get(name)?.(payload),
  };
}

function link(answers: Record<string, unknown> = {}) {
  const fake = fakeSocket(answers);
  const events: AgentEvent[] = [];
  const rejected: string[] = [];
  const states: ConnectionState[] = [];
  const agent = connectAgent(
    'token',
    {
      event: (event) => events.push(event),
      connection: (state) => states.push(state),
      rejected: (name, error) => rejected.push(`${name} ${error.code}`),
    },
    () => fake.socket,
  );
  return { agent, fake, events, rejected, states };
}

describe('the agent link', () => {
  it("forwards the hello with central's idle timeout, and an older agent's without it", () => {
    const { fake, events, rejected } = link();
    const hello = { kioskId: 'KIOSK-T', simulator: false, protocolVersion: 1 };
    fake.receive('agent.hello', { ...hello, idleTimeoutSeconds: 120 });
    fake.receive('agent.hello', hello);
    fake.receive('agent.hello', { ...hello, idleTimeoutSeconds: 5 });

    expect(events).toEqual([
      {
        type: 'agent.hello',
        kioskId: 'KIOSK-T',
        simulator: false,
        idleTimeoutSeconds: 120,
      },
      { type: 'agent.hello', kioskId: 'KIOSK-T', simulator: false },
    ]);
    // Below the 30 s floor central's config allows: refused, not used.
    expect(rejected).toEqual(['agent.hello too_short']);
  });

  it('forwards a valid identity.read to the flow', () => {
    const { fake, events, rejected } = link();

    fake.receive('identity.read', { source: 'qr', identity: sampleIdentity });

    expect(events).toEqual([
      { type: 'identity.read', source: 'qr', identity: sampleIdentity },
    ]);
    expect(rejected).toEqual([]);
  });

  it('refuses a malformed payload instead of passing it on', () => {
    const { fake, events, rejected } = link();

    fake.receive('identity.read', { source: 'qr', identity: { idNumber: 1 } });
    fake.receive('printer.status', { state: 'onFire' });

    expect(events).toEqual([]);
    expect(rejected).toHaveLength(2);
  });

  it('turns a lost answer to dossier.submit into an unreachable outcome', async () => {
    const { agent } = link();

    const outcome = await agent.dossierSubmit({
      requestId: '0193a8f0-7c1e-7b3a-9f00-1234567890ab',
      procedureId: 'residence-confirmation',
      language: 'vi',
      applicant: sampleIdentity,
      fields: { phone: '0912345678' },
    });

    expect(outcome).toMatchObject({
      kind: 'unreachable',
      error: { code: 'agent_unreachable' },
    });
  });

  it('passes on an accepted receipt and a refusal with its code', async () => {
    const request = {
      requestId: '0193a8f0-7c1e-7b3a-9f00-1234567890ab',
      procedureId: 'residence-confirmation',
      language: 'vi' as const,
      applicant: sampleIdentity,
      fields: {},
    };
    const accepted = link({
      'dossier.submit': { ok: true, receipt: sampleReceipt },
    });
    const refused = link({
      'dossier.submit': {
        ok: false,
        error: { code: 'unknown_procedure', message: 'no' },
      },
    });

    expect(await accepted.agent.dossierSubmit(request)).toEqual({
      kind: 'accepted',
      receipt: sampleReceipt,
    });
    expect(await refused.agent.dossierSubmit(request)).toMatchObject({
      kind: 'refused',
      error: { code: 'unknown_procedure' },
    });
  });

  it('refuses a catalog answer that fails its schema', async () => {
    const { agent } = link({
      'catalog.get': { ok: true, catalog: { seq: -1, procedures: [] } },
    });

    expect(await agent.catalogGet()).toMatchObject({
      ok: false,
      error: { code: 'invalid_message' },
    });
  });

  it('reports a refused handshake apart from a lost connection', () => {
    const { fake, states } = link();

    fake.receive('connect');
    fake.receive('disconnect');
    (fake.socket as unknown as { active: boolean }).active = false;
    fake.receive('connect_error');

    expect(states).toEqual(['connected', 'lost', 'refused']);
  });
});
