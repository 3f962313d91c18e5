import { describe, expect, it } from 'vitest';
import { settle, startAttachments } from './test-support';

describe('a scanner that fails', () => {
  it('shows the coded problem on that document and lets the optional one be skipped', async () => {
    const step = startAttachments([
      {
        ok: false,
        error: { code: 'scan.noDevice', message: 'No document scanner' },
      },
    ]);

    step.send({ type: 'attach.scan', requirementId: 'ownerConsent' });
    await settle();

    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.problem).toEqual({
      requirementId: 'ownerConsent',
      error: { code: 'scan.noDevice', message: 'No document scanner' },
    });
    expect(step.snapshot().context.held).toEqual({});
  });

  it('reports an agent that never answers as unreachable', async () => {
    // No scripted answer: the scan actor rejects.
    const step = startAttachments([]);
    step.send({ type: 'attach.scan', requirementId: 'proofOfResidence' });
    await settle();

    expect(step.snapshot().value).toBe('choosing');
    expect(step.snapshot().context.problem?.error.code).toBe(
      'agent_unreachable',
    );
  });
});
