import { describe, expect, it } from 'vitest';
import { scannedPage, settle, startAttachments } from './test-support';

describe('leaving the documents step', () => {
  it('names the missing required document and stays', () => {
    const step = startAttachments();

    step.send({ type: 'attach.next' });

    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.missing).toEqual(['proofOfResidence']);
    expect(step.output()).toBeUndefined();
  });

  it('goes on without the optional one once the required one is scanned', async () => {
    const step = startAttachments([scannedPage('proofOfResidence')]);
    step.send({ type: 'attach.next' });
    step.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();
    expect(step.snapshot().context.missing).toEqual([]);

    step.send({ type: 'attach.next' });

    expect(step.output()?.direction).toBe('next');
    expect(Object.keys(step.output()?.held ?? {})).toEqual([
      'proofOfResidence',
    ]);
  });

  it('goes back with what was scanned, missing or not', () => {
    const step = startAttachments();
    step.send({ type: 'attach.back' });
    expect(step.output()).toEqual({ direction: 'back', held: {} });
  });
});
