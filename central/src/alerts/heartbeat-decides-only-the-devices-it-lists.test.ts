import { expect, it } from 'vitest';
import { heartbeatOf } from '../testing/desk';
import { heartbeatRules } from './rules';

const at = new Date('2026-12-03T03:00:00Z');
const GIB = 1024 ** 3;

it('maps device states to rules, and leaves printer rules alone when no printer is listed', () => {
  const failing = heartbeatOf(at, {
    devices: [
      { role: 'printer', driver: 'escpos', state: 'coverOpen' },
      { role: 'scanner', driver: 'hid', state: 'disconnected' },
    ],
  });
  const noPrinter = heartbeatOf(at, {
    devices: [{ role: 'scanner', driver: 'hid', state: 'ready' }],
  });
  const noDevices = heartbeatOf(at, { devices: [] });

  expect(heartbeatRules(failing, GIB)).toEqual([
    { rule: 'paperNearEnd', holds: false },
    { rule: 'paperOut', holds: false },
    { rule: 'coverOpen', holds: true, detail: 'printer (escpos)' },
    {
      rule: 'deviceError',
      holds: true,
      detail: 'scanner (hid): disconnected',
    },
    { rule: 'backlogOld', holds: false },
    { rule: 'diskNearlyFull', holds: false },
  ]);
  expect(heartbeatRules(noPrinter, GIB).map((change) => change.rule)).toEqual([
    'deviceError',
    'backlogOld',
    'diskNearlyFull',
  ]);
  expect(heartbeatRules(noDevices, GIB).map((change) => change.rule)).toEqual([
    'backlogOld',
    'diskNearlyFull',
  ]);
});
