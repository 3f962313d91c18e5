import type { StatusRequest } from '../status';

export type VirtualCondition =
  'ready' | 'paperNearEnd' | 'paperOut' | 'coverOpen';

const IDLE = 0x12;
const OFFLINE = IDLE | 0x08;

/**
 * The replies a TM-T88-class printer gives to `DLE EOT 1..4` in each
 * condition, bit by bit as in reference/hardware.md §1.
 */
const REPLIES: Readonly<Record<VirtualCondition, readonly number[]>> = {
  ready: [IDLE, IDLE, IDLE, IDLE],
  // Sensor sees the roll ending (bits 2+3 of n=4); still prints.
  paperNearEnd: [IDLE, IDLE, IDLE, IDLE | 0x0c],
  // Offline; n=2 bit5 stopped for paper; n=4 near end and end both set.
  paperOut: [OFFLINE, IDLE | 0x20, IDLE, IDLE | 0x0c | 0x60],
  // Offline; n=2 bit2 cover open.
  coverOpen: [OFFLINE, IDLE | 0x04, IDLE, IDLE],
};

export function replyFor(
  condition: VirtualCondition,
  n: StatusRequest,
): number {
  return REPLIES[condition][n - 1] ?? IDLE;
}

/** Whether a printer in this condition puts jobs on paper. */
export function canPrint(condition: VirtualCondition): boolean {
  return condition === 'ready' || condition === 'paperNearEnd';
}

/**
 * The Automatic Status Back block for each condition (Epson layout, see
 * `asb.ts`): byte 1 bit 3 offline, bit 5 cover open; byte 3 bits 0+1 roll
 * near end, bits 2+3 roll end.
 */
const ASB_BLOCKS: Readonly<Record<VirtualCondition, readonly number[]>> = {
  ready: [0x10, 0x00, 0x00, 0x00],
  paperNearEnd: [0x10, 0x00, 0x03, 0x00],
  paperOut: [0x18, 0x00, 0x0f, 0x00],
  coverOpen: [0x38, 0x00, 0x00, 0x00],
};

export function asbBlockFor(condition: VirtualCondition): Uint8Array {
  return Uint8Array.from(ASB_BLOCKS[condition]);
}
