import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { startHelp } from './test-support';

describe('a call for staff that does not get through', () => {
  it('shows the error and lets the resident call again', async () => {
    let calls = 0;
    const { actor } = startHelp(() => {
      calls += 1;
      return calls === 1
        ? { ok: false, error: { code: 'agent_unreachable', message: 'x' } }
        : { ok: true };
    });

    actor.send({ type: 'resident.callStaff' });
    await settle();
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.error?.code).toBe('agent_unreachable');

    actor.send({ type: 'resident.callStaff' });
    await settle();
    expect(actor.getSnapshot().value).toBe('called');
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});
