import { isIPv4 } from 'node:net';

/**
 * Whether a peer address is this host's loopback: 127.0.0.0/8 or ::1,
 * also when an IPv4 peer reaches a dual-stack socket as `::ffff:127.…`.
 */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address === '::1') return true;
  const v4 = address.toLowerCase().startsWith('::ffff:')
    ? address.slice('::ffff:'.length)
    : address;
  return isIPv4(v4) && v4.startsWith('127.');
}
