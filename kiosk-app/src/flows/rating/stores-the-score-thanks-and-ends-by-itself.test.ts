import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { RATING_DELAYS } from './delays';
import { startRating } from './test-support';

describe('a resident who rates after the slip', () => {
  it('sends the score with the dossier, thanks, and ends after the pause', async () => {
    const { actor, clock, sent } = startRating({
      dossierCode: '000.00.00.H29-261203-0001',
      procedureId: 'residence-confirmation',
    });

    actor.send({ type: 'resident.rate', score: 4 });
    await settle();

    expect(sent).toEqual([
      {
        score: 4,
        dossierCode: '000.00.00.H29-261203-0001',
        procedureId: 'residence-confirmation',
      },
    ]);
    expect(actor.getSnapshot().value).toBe('thanking');

    clock.increment(RATING_DELAYS.RATING_THANKS - 1);
    expect(actor.getSnapshot().status).toBe('active');
    clock.increment(1);
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ rated: true });
  });

  it('sends a standalone rating without a dossier code', async () => {
    const { actor, sent } = startRating();
    actor.send({ type: 'resident.rate', score: 1 });
    await settle();
    expect(sent).toEqual([{ score: 1 }]);
  });

  it('ends at once, with nothing sent, when the resident skips', () => {
    const { actor, sent } = startRating();
    actor.send({ type: 'resident.skip' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ rated: false });
    expect(sent).toEqual([]);
  });
});
