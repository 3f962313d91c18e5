import { expect, it } from 'vitest';
import { isLoopback } from './loopback';

it('takes 127.0.0.0/8, ::1 and mapped 127.x as loopback', () => {
  const local = ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'];
  expect(local.map(isLoopback)).toEqual([true, true, true, true]);
});

it('takes other peers, and a missing address, as remote', () => {
  const remote = [
    '10.0.0.5',
    '::ffff:192.168.1.2',
    '128.0.0.1',
    '::2',
    'fe80::1',
    undefined,
  ];
  expect(remote.map(isLoopback)).toEqual(remote.map(() => false));
});
