import { describe, expect, it } from 'vitest';
import { DELAYS } from './delays';
import { reachForm, startFlow } from './test-support';

describe('a resident who walks away mid-form', () => {
  it('is warned, then the session ends and every personal datum is dropped', async () => {
    const flow = startFlow();
    await reachForm(flow);
    flow.send({
      type: 'resident.changeField',
      fieldId: 'phone',
      value: '0912345678',
    });
    flow.send({ type: 'resident.tapped' });

    flow.clock.increment(DELAYS.IDLE_WARNING - 1);
    expect(flow.snapshot().matches({ session: { idle: 'watching' } })).toBe(
      true,
    );
    flow.clock.increment(1);
    expect(flow.snapshot().matches({ session: { idle: 'warning' } })).toBe(
      true,
    );
    expect(flow.snapshot().matches({ session: { flow: 'fillingForm' } })).toBe(
      true,
    );

    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    const snapshot = flow.snapshot();
    expect(snapshot.value).toBe('attract');
    expect(flow.sessionsEnded()).toBe(1);
    expect(snapshot.context).toMatchObject({
      identity: null,
      procedureId: null,
      values: {},
      fieldErrors: {},
      receipt: null,
      requestId: null,
      language: 'vi',
    });
  });

  it('resets an English session to Vietnamese', () => {
    const flow = startFlow();
    flow.send({ type: 'resident.start' });
    flow.send({ type: 'resident.chooseLanguage', language: 'en' });

    flow.clock.increment(DELAYS.IDLE_WARNING);
    flow.clock.increment(DELAYS.IDLE_EXPIRY);

    expect(flow.snapshot().value).toBe('attract');
    expect(flow.snapshot().context.language).toBe('vi');
  });
});
