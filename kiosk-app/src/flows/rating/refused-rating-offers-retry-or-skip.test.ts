import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { startRating } from './test-support';

describe('a rating the agent cannot store', () => {
  it('shows the error, then a retry that succeeds ends as rated', async () => {
    let answers = 0;
    const { actor, sent } = startRating({}, () => {
      answers += 1;
      return answers === 1
        ? { ok: false, error: { code: 'agent_unreachable', message: 'x' } }
        : { ok: true };
    });

    actor.send({ type: 'resident.rate', score: 5 });
    await settle();
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.error?.code).toBe('agent_unreachable');

    actor.send({ type: 'resident.retry' });
    await settle();
    expect(sent).toEqual([{ score: 5 }, { score: 5 }]);
    actor.send({ type: 'resident.finish' });
    expect(actor.getSnapshot().output).toEqual({ rated: true });
  });

  it('ends as not rated when the resident gives up', async () => {
    const { actor } = startRating({}, () => ({
      ok: false,
      error: { code: 'invalid_value', message: 'x', field: 'score' },
    }));
    actor.send({ type: 'resident.rate', score: 3 });
    await settle();
    actor.send({ type: 'resident.skip' });
    expect(actor.getSnapshot().output).toEqual({ rated: false });
  });
});
