import { err, ok } from '@motcua/protocol';
import type { ChipResult } from './types';
import { chipError } from './types';

/** An ISO 7816-4 command with short lengths. */
export interface Command {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  readonly data?: Uint8Array;
  /** Expected response length, 1–256 (256 is sent as 00). */
  readonly le?: number;
}

export interface Response {
  readonly data: Buffer;
  readonly sw: number;
}

export const SW_OK = 0x9000;

/** The bytes of a command: header, Lc and data, Le. */
export function encodeCommand(command: Command): Buffer {
  const parts = [
    Buffer.from([command.cla, command.ins, command.p1, command.p2]),
  ];
  if (command.data !== undefined && command.data.length > 0) {
    if (command.data.length > 255) throw new Error('command data over 255');
    parts.push(Buffer.from([command.data.length]), Buffer.from(command.data));
  }
  if (command.le !== undefined) parts.push(Buffer.from([command.le & 0xff]));
  return Buffer.concat(parts);
}

/** Splits a response into data and status word. */
export function decodeResponse(bytes: Uint8Array): ChipResult<Response> {
  if (bytes.length < 2) {
    return err(
      chipError(
        'chip.malformed_response',
        `response of ${bytes.length} byte(s) has no status word`,
      ),
    );
  }
  const buffer = Buffer.from(bytes);
  return ok({
    data: buffer.subarray(0, buffer.length - 2),
    sw: buffer.readUInt16BE(buffer.length - 2),
  });
}

export function swText(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0');
}

/** SELECT by DF name (the eMRTD application). */
export function selectApplication(aid: Uint8Array): Command {
  return { cla: 0x00, ins: 0xa4, p1: 0x04, p2: 0x0c, data: aid };
}

/** SELECT an elementary file by its 2-byte identifier. */
export function selectFile(fid: number): Command {
  return {
    cla: 0x00,
    ins: 0xa4,
    p1: 0x02,
    p2: 0x0c,
    data: Buffer.from([fid >> 8, fid & 0xff]),
  };
}

/** READ BINARY of `length` bytes from `offset` (under 0x8000). */
export function readBinary(offset: number, length: number): Command {
  return {
    cla: 0x00,
    ins: 0xb0,
    p1: (offset >> 8) & 0x7f,
    p2: offset & 0xff,
    le: length,
  };
}
