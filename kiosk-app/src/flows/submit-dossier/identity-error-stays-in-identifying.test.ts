import { describe, expect, it } from 'vitest';
import { sampleIdentity, startFlow } from './test-support';

describe('a code that is not a citizen ID card', () => {
  it('shows the error and keeps waiting for a card', () => {
    const flow = startFlow();
    flow.send({ type: 'resident.start' });
    flow.send({ type: 'resident.chooseLanguage', language: 'en' });
    flow.send({ type: 'resident.chooseService', service: 'submit' });

    flow.send({
      type: 'identity.error',
      error: { code: 'qr.not_cccd', message: 'not a CCCD QR code' },
    });

    const snapshot = flow.snapshot();
    expect(snapshot.matches({ session: { flow: 'identifying' } })).toBe(true);
    expect(snapshot.context.identityError?.code).toBe('qr.not_cccd');
    expect(snapshot.context.identity).toBeNull();
  });

  it('clears the error when a good card follows', () => {
    const flow = startFlow();
    flow.send({ type: 'resident.start' });
    flow.send({ type: 'resident.chooseLanguage', language: 'vi' });
    flow.send({ type: 'resident.chooseService', service: 'submit' });
    flow.send({
      type: 'identity.error',
      error: { code: 'qr.field_count', message: 'too few fields' },
    });

    flow.send({
      type: 'identity.read',
      source: 'qr',
      identity: sampleIdentity,
    });

    const snapshot = flow.snapshot();
    expect(snapshot.matches({ session: { flow: 'choosingProcedure' } })).toBe(
      true,
    );
    expect(snapshot.context.identityError).toBeNull();
    expect(snapshot.context.identity?.fullName).toBe('NGUYỄN VĂN AN');
  });
});
