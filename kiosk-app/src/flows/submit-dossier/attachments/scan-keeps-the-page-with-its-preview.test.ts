import { describe, expect, it } from 'vitest';
import { scannedPage, settle, startAttachments } from './test-support';

describe('scanning a document', () => {
  it('keeps the scan with its preview and goes on with it', async () => {
    const step = startAttachments([scannedPage('proofOfResidence')]);

    step.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    expect(step.snapshot().value).toBe('scanning');
    await settle();

    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.held['proofOfResidence']).toEqual({
      requirementId: 'proofOfResidence',
      attachmentId: '0193a8f0-7c1e-7b3a-9f00-000000000001',
      pages: 1,
      blank: false,
      preview: 'data:image/jpeg;base64,AAAA',
    });

    step.send({ type: 'attach.next' });
    expect(step.output()).toEqual({
      direction: 'next',
      held: step.snapshot().context.held,
    });
  });

  it('replaces the scan on retake and drops it on remove', async () => {
    const step = startAttachments([
      scannedPage('ownerConsent', { id: 1 }),
      scannedPage('ownerConsent', { id: 2 }),
    ]);
    step.send({ type: 'attach.scan', requirementId: 'ownerConsent' });
    await settle();

    step.send({ type: 'attach.retake', requirementId: 'ownerConsent' });
    await settle();
    expect(step.snapshot().context.held['ownerConsent']?.attachmentId).toBe(
      '0193a8f0-7c1e-7b3a-9f00-000000000002',
    );

    step.send({ type: 'attach.remove', requirementId: 'ownerConsent' });
    expect(step.snapshot().context.held).toEqual({});
    expect(step.scans).toEqual(['ownerConsent', 'ownerConsent']);
  });

  it('ignores a document the procedure does not ask for', () => {
    const step = startAttachments();
    step.send({ type: 'attach.scan', requirementId: 'passport' });
    expect(step.snapshot().value).toBe('choosing');
    expect(step.scans).toEqual([]);
  });
});
