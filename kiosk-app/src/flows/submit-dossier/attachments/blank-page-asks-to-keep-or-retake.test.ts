import { describe, expect, it } from 'vitest';
import { scannedPage, settle, startAttachments } from './test-support';

describe('a page that looks blank', () => {
  it('waits for the resident, and a retake replaces it', async () => {
    const step = startAttachments([
      scannedPage('proofOfResidence', { blank: true, id: 1 }),
      scannedPage('proofOfResidence', { id: 2 }),
    ]);
    step.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();

    expect(step.snapshot().value).toBe('confirmingBlank');
    expect(step.snapshot().context.held).toEqual({});
    expect(step.snapshot().context.pending?.blank).toBe(true);

    // Nothing else can start while the question is open.
    step.send({ type: 'attach.next' });
    expect(step.snapshot().value).toBe('confirmingBlank');

    step.send({ type: 'attach.retake', requirementId: 'proofOfResidence' });
    await settle();
    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.held['proofOfResidence']).toMatchObject({
      attachmentId: '0193a8f0-7c1e-7b3a-9f00-000000000002',
      blank: false,
    });
  });

  it('is kept as it is when the resident says so', async () => {
    const step = startAttachments([
      scannedPage('proofOfResidence', { blank: true }),
    ]);
    step.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();

    step.send({ type: 'attach.keep', requirementId: 'proofOfResidence' });

    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.held['proofOfResidence']?.blank).toBe(true);
    expect(step.snapshot().context.pending).toBeNull();
  });
});
