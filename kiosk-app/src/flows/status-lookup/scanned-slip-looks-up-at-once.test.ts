import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { SAMPLE_CODE, startLookup } from './test-support';

describe('a slip held to the scanner', () => {
  it('looks the code up without a tap', async () => {
    const { actor, asked } = startLookup();
    actor.send({ type: 'dossier.scanned', code: SAMPLE_CODE });
    await settle();
    expect(asked).toEqual([SAMPLE_CODE]);
    expect(actor.getSnapshot().value).toBe('showing');
  });

  it('replaces a shown result with the newly scanned one', async () => {
    const { actor, asked } = startLookup();
    actor.send({ type: 'dossier.scanned', code: SAMPLE_CODE });
    await settle();
    const other = '000.00.00.H29-261203-0002';
    actor.send({ type: 'dossier.scanned', code: other });
    await settle();
    expect(asked).toEqual([SAMPLE_CODE, other]);
  });
});
