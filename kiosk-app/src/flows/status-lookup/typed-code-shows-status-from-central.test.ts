import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { found, SAMPLE_CODE, startLookup } from './test-support';

describe('a resident who types the code from the slip', () => {
  it('sees the status central gave, then finishes', async () => {
    const { actor, asked } = startLookup();

    actor.send({ type: 'resident.typeCode', text: '00000000h2926120' });
    actor.send({
      type: 'resident.typeCode',
      text: '000.00.00.H29-261203-0001',
    });
    actor.send({ type: 'resident.lookUp' });
    await settle();

    expect(asked).toEqual([SAMPLE_CODE]);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('showing');
    expect(snapshot.context.result).toEqual({
      source: found.ok && found.source,
      dossier: found.ok && found.dossier,
      procedureName: found.ok && found.procedureName,
    });

    actor.send({ type: 'resident.finish' });
    expect(actor.getSnapshot().output).toEqual({ next: 'done' });
  });

  it('starts afresh for another code', async () => {
    const { actor } = startLookup();
    actor.send({ type: 'resident.typeCode', text: SAMPLE_CODE });
    actor.send({ type: 'resident.lookUp' });
    await settle();

    actor.send({ type: 'resident.lookUpAnother' });
    expect(actor.getSnapshot().value).toBe('entering');
    expect(actor.getSnapshot().context).toEqual({
      code: '',
      result: null,
      error: null,
    });
    actor.send({ type: 'resident.back' });
    expect(actor.getSnapshot().output).toEqual({ next: 'home' });
  });
});
