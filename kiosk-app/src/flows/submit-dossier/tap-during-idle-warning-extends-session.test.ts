import { describe, expect, it } from 'vitest';
import { DELAYS } from './delays';
import { reachForm, startFlow } from './test-support';

describe('a resident who answers "are you still there?"', () => {
  it('keeps the session and the entered data after one tap', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.clock.increment(DELAYS.IDLE_WARNING);
    expect(flow.snapshot().matches({ session: { idle: 'warning' } })).toBe(
      true,
    );

    flow.send({ type: 'resident.stillHere' });
    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    const snapshot = flow.snapshot();
    expect(
      snapshot.matches({ session: { flow: 'fillingForm', idle: 'watching' } }),
    ).toBe(true);
    expect(snapshot.context.values['phone']).toBe('0912345678');
    expect(flow.sessionsEnded()).toBe(0);
  });

  it('restarts the full wait, so the warning comes back only after it', () => {
    const flow = startFlow();
    flow.send({ type: 'resident.start' });
    flow.clock.increment(DELAYS.IDLE_WARNING);
    flow.send({ type: 'resident.tapped' });

    flow.clock.increment(DELAYS.IDLE_WARNING - 1);
    expect(flow.snapshot().matches({ session: { idle: 'watching' } })).toBe(
      true,
    );
    flow.clock.increment(1);
    expect(flow.snapshot().matches({ session: { idle: 'warning' } })).toBe(
      true,
    );
  });

  it('does not time out while the dossier is being submitted', async () => {
    const flow = startFlow({ submit: () => new Promise(() => undefined) });
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.next' });

    flow.send({ type: 'resident.submit' });
    flow.clock.increment(DELAYS.IDLE_WARNING);
    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    const snapshot = flow.snapshot();
    expect(
      snapshot.matches({ session: { flow: 'submitting', idle: 'paused' } }),
    ).toBe(true);
    expect(flow.sessionsEnded()).toBe(0);
  });
});
