import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { MALFORMED_CODE } from './machine';
import { SAMPLE_CODE, startLookup } from './test-support';

describe('a lookup that finds nothing', () => {
  for (const code of ['not_found', 'central_unreachable']) {
    it(`shows ${code} and keeps the typed code for a retry`, async () => {
      const { actor } = startLookup(() => ({
        ok: false,
        error: { code, message: code },
      }));
      actor.send({ type: 'resident.typeCode', text: SAMPLE_CODE });
      actor.send({ type: 'resident.lookUp' });
      await settle();

      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe('entering');
      expect(snapshot.context.error?.code).toBe(code);
      expect(snapshot.context.code).toBe(SAMPLE_CODE);
    });
  }

  it('does not ask the agent about an incomplete code', () => {
    const { actor, asked } = startLookup();
    actor.send({ type: 'resident.typeCode', text: '000.00.00.H29-2612' });
    actor.send({ type: 'resident.lookUp' });
    expect(actor.getSnapshot().context.error).toEqual(MALFORMED_CODE);
    expect(asked).toEqual([]);
  });

  it('clears the error as soon as the resident types again', () => {
    const { actor } = startLookup();
    actor.send({ type: 'resident.lookUp' });
    actor.send({ type: 'resident.typeCode', text: '0' });
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});
