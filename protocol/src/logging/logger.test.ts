import { describe, expect, test } from 'vitest';
import { logEvents } from './events';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({
    source: 'kiosk-agent',
    write: (line) => lines.push(line),
    now: () => new Date('2026-12-03T02:15:00.000Z'),
  });
  return { lines, logger };
}

describe('createLogger', () => {
  test('one event is written as one JSON line with its meaning', () => {
    const { lines, logger } = capture();

    logger.log('slip-printed', 'success', {
      dossierCode: '000.00.00.H29-261203-0001',
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(lines[0]?.trimEnd()).not.toContain('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2026-12-03T02:15:00.000Z',
      source: 'kiosk-agent',
      event: 'slip-printed',
      disposition: 'success',
      meaning: logEvents['slip-printed'],
      dossierCode: '000.00.00.H29-261203-0001',
    });
  });

  test('a logged dossier.submit payload carries no personal data', () => {
    const { lines, logger } = capture();

    logger.log('dossier-refused', 'failure', {
      payload: {
        procedureId: 'residence-confirmation',
        applicant: {
          idNumber: '079090001234',
          fullName: 'Nguyễn Văn An',
          address: '12 Lê Lợi',
          dateOfBirth: '1990-05-17',
        },
        fields: { phone: '0912345678' },
      },
    });

    const line = lines[0] ?? '';
    for (const secret of [
      'Nguyễn Văn An',
      '079090001234',
      'Lê Lợi',
      '0912345678',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('079******234');
  });

  test('a field named like a header does not overwrite it', () => {
    const { lines, logger } = capture();

    logger.log('client-refused', 'failure', {
      event: 'service-listening',
      disposition: 'success',
      reason: 'bad token',
    });

    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      event: 'client-refused',
      disposition: 'failure',
      reason: 'bad token',
    });
  });

  test('an event without fields is still one complete line', () => {
    const { lines, logger } = capture();

    logger.log('session-ended', 'n/a');

    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2026-12-03T02:15:00.000Z',
      source: 'kiosk-agent',
      event: 'session-ended',
      disposition: 'n/a',
      meaning: logEvents['session-ended'],
    });
  });
});
