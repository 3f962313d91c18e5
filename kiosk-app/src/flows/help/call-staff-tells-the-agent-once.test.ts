import { describe, expect, it } from 'vitest';
import { settle } from '../home/path-walk';
import { startHelp } from './test-support';

describe('a resident who calls staff', () => {
  it('asks the agent once and says staff were told', async () => {
    const { actor, requests } = startHelp();

    actor.send({ type: 'resident.callStaff' });
    expect(actor.getSnapshot().value).toBe('calling');
    await settle();

    expect(requests).toEqual(['callStaff']);
    expect(actor.getSnapshot().value).toBe('called');
    actor.send({ type: 'resident.callStaff' });
    expect(requests).toHaveLength(1);

    actor.send({ type: 'resident.closeHelp' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ called: true });
  });

  it('closes without asking anyone when the resident only reads', () => {
    const { actor, requests } = startHelp();
    actor.send({ type: 'resident.closeHelp' });
    expect(actor.getSnapshot().output).toEqual({ called: false });
    expect(requests).toEqual([]);
  });
});
