import { createHash } from 'node:crypto';

/**
 * Test data for a simulated CCCD chip, built here with its own DER and MRZ
 * code (not the reader's), so a shared mistake cannot hide itself.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ICAO check digit, written separately from the reader's. */
export function mrzCheck(field: string): string {
  const weights = [7, 3, 1];
  let total = 0;
  for (let i = 0; i < field.length; i += 1) {
    const char = field.charAt(i);
    const value = char === '<' ? 0 : ALPHABET.indexOf(char);
    total += value * (weights[i % 3] ?? 0);
  }
  return String(total % 10);
}

function derLength(length: number): number[] {
  if (length < 128) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 + bytes.length, ...bytes];
}

/** One DER object: tag bytes, length, then the parts' bytes. */
export function der(tag: number[], ...parts: Uint8Array[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([
    Buffer.from(tag),
    Buffer.from(derLength(body.length)),
    body,
  ]);
}

const seq = (...parts: Uint8Array[]) => der([0x30], ...parts);
const int = (n: number) => der([0x02], Buffer.from([n]));
const utf8 = (text: string) => der([0x0c], Buffer.from(text, 'utf8'));

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let n = arc >> 7; n > 0; n >>= 7) groups.unshift((n & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der([0x06], Buffer.from(bytes));
}

/** A resident as the card holds them. */
export interface CardHolder {
  readonly idNumber: string;
  readonly fullName: string;
  readonly mrzName: string;
  /** dd/MM/yyyy, as printed on the card. */
  readonly birth: string;
  readonly expiry: string;
  readonly issue: string;
  readonly sex: 'Nam' | 'Nữ';
  readonly residence: string;
  readonly father: string;
  readonly mother: string;
  readonly oldId: string;
}

export const HOLDER: CardHolder = {
  idNumber: '079090001234',
  fullName: 'Nguyễn Văn An',
  mrzName: 'NGUYEN<<VAN<AN',
  birth: '15/03/1990',
  expiry: '15/03/2030',
  issue: '01/05/2021',
  sex: 'Nam',
  residence: '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh',
  father: 'Nguyễn Văn Bình',
  mother: 'Trần Thị Cúc',
  oldId: '025123456',
};

/** dd/MM/yyyy → YYMMDD. */
export function shortDate(date: string): string {
  return date.slice(8, 10) + date.slice(3, 5) + date.slice(0, 2);
}

export function documentNumber(holder: CardHolder): string {
  return holder.idNumber.slice(3);
}

/** DG1: a TD1 MRZ of three 30-character lines. */
export function buildDg1(holder: CardHolder): Buffer {
  const number = documentNumber(holder);
  const line1 = ('IDVNM' + number + mrzCheck(number) + holder.idNumber).padEnd(
    30,
    '<',
  );
  const birth = shortDate(holder.birth);
  const expiry = shortDate(holder.expiry);
  const sex = holder.sex === 'Nam' ? 'M' : 'F';
  const upper =
    birth +
    mrzCheck(birth) +
    sex +
    expiry +
    mrzCheck(expiry) +
    'VNM' +
    '<'.repeat(11);
  const composite = mrzCheck(
    line1.slice(5, 30) +
      upper.slice(0, 7) +
      upper.slice(8, 15) +
      upper.slice(18, 29),
  );
  const line3 = holder.mrzName.padEnd(30, '<');
  return der(
    [0x61],
    der([0x5f, 0x1f], Buffer.from(line1 + upper + composite + line3, 'latin1')),
  );
}

/** DG13: numbered fields as in hardware.md §4. */
export function buildDg13(holder: CardHolder): Buffer {
  const field = (n: number, value: Uint8Array) => seq(int(n), value);
  return der(
    [0x6d],
    seq(
      field(1, utf8(holder.idNumber)),
      field(2, utf8(holder.fullName)),
      field(3, utf8(holder.birth)),
      field(4, utf8(holder.sex)),
      field(5, utf8('Việt Nam')),
      field(6, utf8('Kinh')),
      field(7, utf8('Không')),
      field(8, utf8('Phường Bến Nghé, TP. Hồ Chí Minh')),
      field(9, utf8(holder.residence)),
      field(10, utf8('Nốt ruồi cách 2cm trên đuôi mắt trái')),
      field(11, utf8(holder.issue)),
      field(12, utf8(holder.expiry)),
      field(13, seq(utf8(holder.father), utf8(holder.mother))),
      field(14, utf8('')),
      field(15, utf8(holder.oldId)),
    ),
  );
}

/** EF.COM: LDS 1.7, Unicode 4.0.0, tag list DG1 DG2 DG13 DG14. */
export function buildCom(): Buffer {
  return der(
    [0x60],
    der([0x5f, 0x01], Buffer.from('0107', 'ascii')),
    der([0x5f, 0x36], Buffer.from('040000', 'ascii')),
    der([0x5c], Buffer.from([0x61, 0x75, 0x6d, 0x6e])),
  );
}

const HASH_OIDS = { sha1: '1.3.14.3.2.26', sha256: '2.16.840.1.101.3.4.2.1' };

/** EF.SOD: a CMS SignedData holding the hashes of `groups` (no signer). */
export function buildSod(
  groups: ReadonlyMap<number, Buffer>,
  hash: keyof typeof HASH_OIDS = 'sha256',
): Buffer {
  const algorithm = seq(oid(HASH_OIDS[hash]));
  const entries = [...groups].map(([n, bytes]) =>
    seq(int(n), der([0x04], createHash(hash).update(bytes).digest())),
  );
  const lds = seq(int(0), algorithm, seq(...entries));
  const signedData = seq(
    int(3),
    der([0x31], algorithm),
    seq(oid('2.23.136.1.1.1'), der([0xa0], der([0x04], lds))),
    der([0x31]),
  );
  return der([0x77], seq(oid('1.2.840.113549.1.7.2'), der([0xa0], signedData)));
}

/** File identifiers → contents of a consistent card. */
export function cardFiles(holder: CardHolder = HOLDER): Map<number, Buffer> {
  const dg1 = buildDg1(holder);
  const dg13 = buildDg13(holder);
  const dg2 = der([0x75], Buffer.alloc(40, 0xaa));
  return new Map([
    [0x011e, buildCom()],
    [0x0101, dg1],
    [0x0102, dg2],
    [0x010d, dg13],
    [
      0x011d,
      buildSod(
        new Map([
          [1, dg1],
          [2, dg2],
          [13, dg13],
        ]),
      ),
    ],
  ]);
}
