import { err, ok } from '@motcua/protocol';
import { readAllTlv, readOnly } from './tlv';
import type { Tlv } from './tlv';
import type { ChipResult, Dg13 } from './types';
import { chipError } from './types';

const INTEGER = 0x02;
const SEQUENCE = 0x30;
const SET = 0x31;
/** UTF8String, PrintableString, IA5String. */
const STRINGS = new Set([0x0c, 0x13, 0x16]);

/** Field numbers → names (hardware.md §4 "DG13 order"). */
const FIELDS: Readonly<Record<number, keyof Omit<Dg13, 'raw'>>> = {
  1: 'idNumber',
  2: 'fullName',
  3: 'dateOfBirth',
  4: 'sex',
  5: 'nationality',
  6: 'ethnicity',
  7: 'religion',
  8: 'hometown',
  9: 'residence',
  10: 'identifyingMarks',
  11: 'issueDate',
  12: 'expiryDate',
  14: 'spouseName',
  // TODO(dg13-fields): public readers disagree on 15 and 16 (other
  // document / old ID, "unconfirmed"); 15 is read as the old ID number
  // only when it is 9 digits (see read-chip.ts), 16 stays in `raw`.
  15: 'oldIdNumber',
};

function smallInteger(tlv: Tlv): number | null {
  if (tlv.value.length === 0 || tlv.value.length > 2) return null;
  return tlv.value.reduce((n, byte) => n * 0x100 + byte, 0);
}

/** Strings of a value: a string object, or a SEQUENCE of them (field 13). */
function strings(tlv: Tlv): ChipResult<string[]> {
  if (STRINGS.has(tlv.tag))
    return ok([tlv.value.toString('utf8').normalize('NFC')]);
  if (tlv.tag !== SEQUENCE) return ok([]);
  const children = readAllTlv(tlv.value);
  if (!children.ok) return children;
  const out: string[] = [];
  for (const child of children.value) {
    const inner = strings(child);
    if (!inner.ok) return inner;
    out.push(...inner.value);
  }
  return ok(out);
}

/** Walks SEQUENCEs and SETs; a SEQUENCE that starts with an INTEGER is a field. */
function collect(
  objects: readonly Tlv[],
  into: Map<number, string[]>,
  depth: number,
): ChipResult<void> {
  if (depth > 4)
    return err(chipError('chip.dg13_invalid', 'DG13 nests too deep'));
  for (const object of objects) {
    if (object.tag !== SEQUENCE && object.tag !== SET) continue;
    const children = readAllTlv(object.value);
    if (!children.ok) return children;
    const [first, ...rest] = children.value;
    const number = first?.tag === INTEGER ? smallInteger(first) : null;
    if (number === null) {
      const nested = collect(children.value, into, depth + 1);
      if (!nested.ok) return nested;
      continue;
    }
    const values: string[] = [];
    for (const value of rest) {
      const found = strings(value);
      if (!found.ok) return found;
      values.push(...found.value);
    }
    into.set(number, values);
  }
  return ok(undefined);
}

/**
 * DG13, the Vietnamese data group (tag 6D): numbered fields, each a
 * SEQUENCE of an INTEGER and a string (field 13 a SEQUENCE of the
 * father's and mother's names). The values are kept as the card has them
 * (NFC); dates are turned into ISO dates by `read-chip.ts`.
 * TODO(dg13-layout): the layout comes from community readers, not an
 * official specification (none is public), and no real card was read.
 */
export function parseDg13(file: Uint8Array): ChipResult<Dg13> {
  const outer = readOnly(file, 0x6d);
  if (!outer.ok) return outer;
  const objects = readAllTlv(outer.value.value);
  if (!objects.ok) return objects;
  const fields = new Map<number, string[]>();
  const walked = collect(objects.value, fields, 0);
  if (!walked.ok) return walked;
  if (fields.size === 0) {
    return err(chipError('chip.dg13_invalid', 'DG13 holds no numbered fields'));
  }

  const raw: Record<number, string> = {};
  const named: Record<string, string> = {};
  for (const [number, values] of fields) {
    raw[number] = values.join(' / ');
    const name = FIELDS[number];
    if (name !== undefined && values[0] !== undefined) named[name] = values[0];
  }
  const parents = fields.get(13) ?? [];
  if (parents[0] !== undefined) named['fatherName'] = parents[0];
  if (parents[1] !== undefined) named['motherName'] = parents[1];
  return ok({ ...(named as Omit<Dg13, 'raw'>), raw });
}
