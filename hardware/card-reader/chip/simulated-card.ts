import type { Result } from '@motcua/protocol';
import { ok } from '@motcua/protocol';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
} from 'node:crypto';
import type { ApduTransport, TransportError } from './types';

/**
 * The card side of BAC and secure messaging, for tests: a software CCCD
 * that answers APDUs like a chip would. Its crypto is written here, apart
 * from the reader's, so both sides must agree with ICAO 9303 to talk.
 */

const AID = 'a0000002471001';

function cipher(
  name: 'des-ede-cbc' | 'des-ede3-cbc' | 'des-ede3-ecb',
  key: Buffer,
  data: Buffer,
  decrypt = false,
): Buffer {
  const iv = name === 'des-ede3-ecb' ? null : Buffer.alloc(8);
  const c = decrypt
    ? createDecipheriv(name, key, iv)
    : createCipheriv(name, key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}

function padded(data: Buffer): Buffer {
  const extra = 8 - (data.length % 8);
  return Buffer.concat([data, Buffer.from([0x80]), Buffer.alloc(extra - 1)]);
}

/** Retail MAC as DES-CBC with Ka (key tripled), then Kb⁻¹ and Ka. */
function mac(key: Buffer, data: Buffer): Buffer {
  const ka = key.subarray(0, 8);
  const kb = key.subarray(8, 16);
  const triple = (k: Buffer) => Buffer.concat([k, k, k]);
  const cbc = cipher('des-ede3-cbc', triple(ka), padded(data));
  const last = cbc.subarray(cbc.length - 8);
  const step = cipher('des-ede3-ecb', triple(kb), last, true);
  return cipher('des-ede3-ecb', triple(ka), step);
}

function kdf(seed: Buffer, counter: number): Buffer {
  const digest = createHash('sha1')
    .update(Buffer.concat([seed, Buffer.from([0, 0, 0, counter])]))
    .digest();
  return Buffer.from(
    [...digest.subarray(0, 16)].map((byte) => {
      const high = byte >> 1;
      const ones = high.toString(2).split('1').length - 1;
      return (high << 1) | (ones % 2 === 0 ? 1 : 0);
    }),
  );
}

export interface SimulatedCardOptions {
  readonly documentNumber: string;
  /** YYMMDD. */
  readonly birth: string;
  readonly expiry: string;
  readonly files: ReadonlyMap<number, Buffer>;
  readonly random?: (length: number) => Buffer;
}

interface Session {
  readonly kEnc: Buffer;
  readonly kMac: Buffer;
  ssc: bigint;
}

const sw = (value: number) => Buffer.from([value >> 8, value & 0xff]);

export class SimulatedCard implements ApduTransport {
  private readonly kEnc: Buffer;
  private readonly kMac: Buffer;
  private readonly random: (length: number) => Buffer;
  private appSelected = false;
  private challenge: Buffer | null = null;
  private session: Session | null = null;
  private file: Buffer | null = null;
  /** Every command received, and every file selected, for tests. */
  readonly received: Buffer[] = [];
  readonly selected: number[] = [];

  constructor(private readonly options: SimulatedCardOptions) {
    const check = (field: string) => {
      const values = [...field].map((c) => (c === '<' ? 0 : parseInt(c, 36)));
      const sum = values.reduce(
        (s, v, i) => s + v * ([7, 3, 1][i % 3] ?? 0),
        0,
      );
      return field + String(sum % 10);
    };
    const info =
      check(options.documentNumber.padEnd(9, '<')) +
      check(options.birth) +
      check(options.expiry);
    const seed = createHash('sha1').update(info).digest().subarray(0, 16);
    this.kEnc = kdf(seed, 1);
    this.kMac = kdf(seed, 2);
    this.random = options.random ?? randomBytes;
  }

  transmit(apdu: Uint8Array): Promise<Result<Uint8Array, TransportError>> {
    const command = Buffer.from(apdu);
    this.received.push(command);
    return Promise.resolve(ok(this.answer(command)));
  }

  private answer(apdu: Buffer): Buffer {
    if (apdu.length < 4) return sw(0x6700);
    const [cla = 0, ins = 0, p1 = 0, p2 = 0] = apdu;
    if (this.session !== null) return this.secure(apdu);
    const lc = apdu.length > 5 ? (apdu[4] ?? 0) : 0;
    const data = apdu.subarray(5, 5 + lc);
    if (cla !== 0x00) return sw(0x6e00);
    if (ins === 0xa4 && p1 === 0x04) {
      this.appSelected = data.toString('hex') === AID;
      return sw(this.appSelected ? 0x9000 : 0x6a82);
    }
    if (!this.appSelected) return sw(0x6985);
    if (ins === 0x84 && p2 === 0x00) {
      this.challenge = this.random(8);
      return Buffer.concat([this.challenge, sw(0x9000)]);
    }
    if (ins === 0x82) return this.authenticate(data);
    return sw(0x6982);
  }

  private authenticate(data: Buffer): Buffer {
    const rndIc = this.challenge;
    this.challenge = null;
    if (rndIc === null || data.length !== 40) return sw(0x6985);
    const eIfd = data.subarray(0, 32);
    if (!mac(this.kMac, eIfd).equals(data.subarray(32))) return sw(0x6300);
    const s = cipher('des-ede-cbc', this.kEnc, eIfd, true);
    if (!s.subarray(8, 16).equals(rndIc)) return sw(0x6300);
    const rndIfd = s.subarray(0, 8);
    const kIfd = s.subarray(16, 32);
    const kIc = this.random(16);
    const r = Buffer.concat([rndIc, rndIfd, kIc]);
    const eIc = cipher('des-ede-cbc', this.kEnc, r);
    const seed = Buffer.from(kIfd.map((byte, i) => byte ^ (kIc[i] ?? 0)));
    this.session = {
      kEnc: kdf(seed, 1),
      kMac: kdf(seed, 2),
      ssc: Buffer.concat([
        rndIc.subarray(4),
        rndIfd.subarray(4),
      ]).readBigUInt64BE(),
    };
    return Buffer.concat([eIc, mac(this.kMac, eIc), sw(0x9000)]);
  }

  private tick(session: Session): Buffer {
    session.ssc += 1n;
    const out = Buffer.alloc(8);
    out.writeBigUInt64BE(session.ssc);
    return out;
  }

  /** A protected command: check its MAC, run it, protect the answer. */
  private secure(apdu: Buffer): Buffer {
    const session = this.session as Session;
    const [cla = 0, ins = 0, p1 = 0, p2 = 0, lc = 0] = apdu;
    const body = apdu.subarray(5, 5 + lc);
    const objects = new Map<number, Buffer>();
    for (let at = 0; at + 2 <= body.length;) {
      const tag = body[at] ?? 0;
      let len = body[at + 1] ?? 0;
      let head = 2;
      if (len === 0x81) {
        len = body[at + 2] ?? 0;
        head = 3;
      }
      objects.set(tag, body.subarray(at, at + head + len));
      at += head + len;
    }
    const do87 = objects.get(0x87) ?? Buffer.alloc(0);
    const do97 = objects.get(0x97) ?? Buffer.alloc(0);
    const do8e = objects.get(0x8e);
    const header = padded(Buffer.from([cla, ins, p1, p2]));
    const expected = mac(
      session.kMac,
      Buffer.concat([this.tick(session), header, do87, do97]),
    );
    if (
      (cla & 0x0c) !== 0x0c ||
      do8e === undefined ||
      !expected.equals(do8e.subarray(2))
    ) {
      this.session = null;
      return sw(0x6988);
    }
    let data: Buffer = Buffer.alloc(0);
    if (do87.length > 0) {
      const start = do87[1] === 0x81 ? 4 : 3;
      const plain = cipher(
        'des-ede-cbc',
        session.kEnc,
        do87.subarray(start),
        true,
      );
      data = plain.subarray(0, plain.lastIndexOf(0x80));
    }
    const le = do97.length === 3 ? do97[2] || 256 : 0;
    const [status, out] = this.run(ins, p1, p2, data, le);
    return this.protect(session, status, out);
  }

  private run(
    ins: number,
    p1: number,
    p2: number,
    data: Buffer,
    le: number,
  ): [number, Buffer] {
    if (ins === 0xa4 && p1 === 0x02) {
      if (data.length !== 2) return [0x6700, Buffer.alloc(0)];
      const fid = data.readUInt16BE(0);
      this.selected.push(fid);
      this.file = this.options.files.get(fid) ?? null;
      return [this.file === null ? 0x6a82 : 0x9000, Buffer.alloc(0)];
    }
    if (ins === 0xb0) {
      if (this.file === null) return [0x6986, Buffer.alloc(0)];
      const offset = ((p1 & 0x7f) << 8) | p2;
      if (offset >= this.file.length) return [0x6b00, Buffer.alloc(0)];
      return [0x9000, this.file.subarray(offset, offset + le)];
    }
    return [0x6d00, Buffer.alloc(0)];
  }

  private protect(session: Session, status: number, data: Buffer): Buffer {
    let do87 = Buffer.alloc(0);
    if (data.length > 0) {
      const enc = cipher('des-ede-cbc', session.kEnc, padded(data));
      const len = enc.length + 1;
      const lenBytes = len < 0x80 ? [len] : [0x81, len];
      do87 = Buffer.concat([Buffer.from([0x87, ...lenBytes, 0x01]), enc]);
    }
    const do99 = Buffer.concat([Buffer.from([0x99, 0x02]), sw(status)]);
    const check = mac(
      session.kMac,
      Buffer.concat([this.tick(session), do87, do99]),
    );
    return Buffer.concat([
      do87,
      do99,
      Buffer.from([0x8e, 0x08]),
      check,
      sw(status),
    ]);
  }
}
