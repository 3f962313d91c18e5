import { expect, test } from 'vitest';
import type {
  LinkSession,
  OpenAttempt,
  SessionEvents,
} from './reconnecting-link';
import { createReconnectingLink } from './reconnecting-link';
import { createFakeScheduler } from './test-support/fake-scheduler';
import type { LinkState } from './types';

/** A connector whose every attempt the test answers by hand. */
function scriptedDevice() {
  const attempts: {
    events: SessionEvents;
    answer: (attempt: OpenAttempt) => void;
  }[] = [];
  const closed: number[] = [];
  const session = (index: number): LinkSession => ({
    write: async () => ({ ok: true }),
    close: async () => void closed.push(index),
  });
  const connector = (events: SessionEvents): Promise<OpenAttempt> =>
    new Promise((answer) => attempts.push({ events, answer }));
  return { attempts, closed, session, connector };
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

function setUp() {
  const scheduler = createFakeScheduler();
  const device = scriptedDevice();
  const link = createReconnectingLink('fake:1', device.connector, {
    scheduler,
    reconnect: { baseMs: 100, capMs: 400 },
    random: () => 0.5,
  });
  const states: LinkState[] = [];
  link.onState((state) => states.push(state));
  return { scheduler, device, link, states };
}

test('failed opens back off with growing, capped delays', async () => {
  const { scheduler, device, states } = setUp();

  for (let i = 0; i < 5; i += 1) {
    device.attempts[i]?.answer({ ok: false, reason: 'ENOENT' });
    await settle();
    scheduler.advance(1_000);
  }

  const delays = states.flatMap((s) =>
    s.state === 'lost' ? [s.retryInMs] : [],
  );
  expect(delays).toEqual([50, 100, 200, 200, 200]);
});

test('a successful open resets the backoff', async () => {
  const { scheduler, device, states } = setUp();
  device.attempts[0]?.answer({ ok: false, reason: 'busy' });
  await settle();
  scheduler.advance(50);
  device.attempts[1]?.answer({ ok: true, session: device.session(1) });
  await settle();
  device.attempts[1]?.events.lost('unplugged');

  expect(states.map((s) => s.state)).toEqual(['lost', 'open', 'lost']);
  expect(states[2]).toEqual({
    state: 'lost',
    reason: 'unplugged',
    retryInMs: 50,
  });
});

test('close cancels the pending retry and writes report disconnected', async () => {
  const { scheduler, device, link } = setUp();
  device.attempts[0]?.answer({ ok: false, reason: 'ENOENT' });
  await settle();
  expect(scheduler.pending()).toEqual([50]);

  await link.close();
  expect(scheduler.pending()).toEqual([]);
  scheduler.advance(10_000);
  expect(device.attempts).toHaveLength(1);
  expect(await link.write(Uint8Array.of(1))).toMatchObject({
    ok: false,
    error: { code: 'disconnected' },
  });
});

test('a device that opens after close is shut again at once', async () => {
  const { device, link } = setUp();
  await link.close();
  device.attempts[0]?.answer({ ok: true, session: device.session(0) });
  await settle();

  expect(device.closed).toEqual([0]);
  expect(link.state()).toEqual({ state: 'closed' });
});

test('a loss reported while opening becomes a retry, not an open', async () => {
  const { device, states } = setUp();
  device.attempts[0]?.events.lost('hung up');
  device.attempts[0]?.answer({ ok: true, session: device.session(0) });
  await settle();

  expect(device.closed).toEqual([0]);
  expect(states.map((s) => s.state)).toEqual(['lost']);
});

test('events from an old session are ignored after a reconnect', async () => {
  const { scheduler, device, link, states } = setUp();
  const data: number[] = [];
  link.onData((chunk) => data.push(...chunk));
  device.attempts[0]?.answer({ ok: true, session: device.session(0) });
  await settle();
  device.attempts[0]?.events.lost('unplugged');
  scheduler.advance(50);
  device.attempts[1]?.answer({ ok: true, session: device.session(1) });
  await settle();

  device.attempts[0]?.events.data(Uint8Array.of(9));
  device.attempts[0]?.events.lost('late close');
  device.attempts[1]?.events.data(Uint8Array.of(7));

  expect(data).toEqual([7]);
  expect(states.map((s) => s.state)).toEqual(['open', 'lost', 'open']);
});
