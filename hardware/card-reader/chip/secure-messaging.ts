import { err, ok } from '@motcua/protocol';
import { timingSafeEqual } from 'node:crypto';
import type { Command, Response } from './apdu';
import { deriveKey } from './bac-keys';
import { decrypt3des, encrypt3des, pad, retailMac, unpad } from './des';
import { encodeLength, readTlv } from './tlv';
import type { ChipResult } from './types';
import { chipError } from './types';

const malformed = (message: string) =>
  err(chipError('chip.sm_malformed', message));

/**
 * Secure messaging after BAC (ICAO 9303-11 §9.8): command data encrypted
 * in DO'87', the expected length in DO'97', the status in DO'99', and a
 * retail MAC over the send sequence counter and all of them in DO'8E'.
 * The counter goes up by one before each command and each response.
 */
export class SecureChannel {
  private ssc: bigint;

  constructor(
    private readonly ksEnc: Buffer,
    private readonly ksMac: Buffer,
    ssc: Buffer,
  ) {
    this.ssc = ssc.readBigUInt64BE(0);
  }

  /** Session keys from K_IFD xor K_IC; SSC from the nonces' low halves. */
  static fromBac(
    seed: Uint8Array,
    rndIc: Uint8Array,
    rndIfd: Uint8Array,
  ): SecureChannel {
    const ssc = Buffer.concat([rndIc.subarray(4, 8), rndIfd.subarray(4, 8)]);
    return new SecureChannel(deriveKey(seed, 1), deriveKey(seed, 2), ssc);
  }

  /** The send sequence counter as 8 bytes, for tests and logs. */
  counter(): Buffer {
    const out = Buffer.alloc(8);
    out.writeBigUInt64BE(this.ssc);
    return out;
  }

  private next(): Buffer {
    this.ssc = (this.ssc + 1n) & 0xffffffffffffffffn;
    return this.counter();
  }

  /** The protected form of `command`, ready to transmit. */
  wrap(command: Command): Buffer {
    const cla = command.cla | 0x0c;
    const header = pad(Buffer.from([cla, command.ins, command.p1, command.p2]));
    let do87 = Buffer.alloc(0);
    if (command.data !== undefined && command.data.length > 0) {
      const cipher = encrypt3des(this.ksEnc, pad(command.data));
      const value = Buffer.concat([Buffer.from([0x01]), cipher]);
      do87 = Buffer.concat([
        Buffer.from([0x87]),
        encodeLength(value.length),
        value,
      ]);
    }
    const do97 =
      command.le === undefined
        ? Buffer.alloc(0)
        : Buffer.from([0x97, 0x01, command.le & 0xff]);
    const mac = retailMac(
      this.ksMac,
      Buffer.concat([this.next(), header, do87, do97]),
    );
    const body = Buffer.concat([do87, do97, Buffer.from([0x8e, 0x08]), mac]);
    return Buffer.concat([
      Buffer.from([cla, command.ins, command.p1, command.p2, body.length]),
      body,
      Buffer.from([0x00]),
    ]);
  }

  /** Checks and decrypts a protected response. */
  unwrap(response: Response): ChipResult<Response> {
    const objects = new Map<number, Buffer>();
    let at = 0;
    while (at < response.data.length) {
      const read = readTlv(response.data, at);
      if (!read.ok) return malformed(`response objects: ${read.error.message}`);
      objects.set(read.value.tlv.tag, read.value.tlv.raw);
      at = read.value.next;
    }
    const do87 = objects.get(0x87) ?? Buffer.alloc(0);
    const do99 = objects.get(0x99);
    const do8e = objects.get(0x8e);
    if (do99?.length !== 4 || do8e?.length !== 10) {
      return malformed('response lacks its status or MAC object');
    }
    const expected = retailMac(
      this.ksMac,
      Buffer.concat([this.next(), do87, do99]),
    );
    if (!timingSafeEqual(expected, do8e.subarray(2))) {
      return err(chipError('chip.sm_mac', 'response MAC does not match'));
    }
    const sw = do99.readUInt16BE(2);
    if (do87.length === 0) return ok({ data: Buffer.alloc(0), sw });
    const value = readTlv(do87);
    if (!value.ok || value.value.tlv.value[0] !== 0x01) {
      return malformed('encrypted data object has no padding indicator');
    }
    const cipher = value.value.tlv.value.subarray(1);
    if (cipher.length === 0 || cipher.length % 8 !== 0) {
      return malformed('encrypted data is not whole 3DES blocks');
    }
    const plain = unpad(decrypt3des(this.ksEnc, cipher));
    if (plain === null) return malformed('decrypted data has bad padding');
    return ok({ data: plain, sw });
  }
}
