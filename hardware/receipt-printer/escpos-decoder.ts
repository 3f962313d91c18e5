import { EPSON_CODE_PAGES } from './codepages';

/** What a stream of ESC/POS bytes would put on paper, as text. */
export interface DecodedEscPos {
  /** Printed lines, NFC, trimmed; blank lines left out. */
  lines: string[];
  /** Payloads stored with `GS ( k` function 80. */
  qrCodes: string[];
  cuts: number;
  /** Unknown commands, unmapped characters and truncated commands. */
  unknown: number;
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
const CR = 0x0d;

/** `ESC x n`: one argument byte; none of these change the text. */
const ESC_WITH_ONE_ARG = new Set(
  Array.from('aEM-G!3rRV{U %', (c) => c.charCodeAt(0)),
);
/** `ESC x n` that also feed paper, so end the line. */
const ESC_FEEDS = new Set(Array.from('dJe', (c) => c.charCodeAt(0)));
const GS_WITH_ONE_ARG = new Set(Array.from('!aBbhwHf', (c) => c.charCodeAt(0)));
const CUT_WITH_FEED = new Set([65, 66, 97, 98, 103, 104]);

interface Walk {
  readonly bytes: Uint8Array;
  readonly out: DecodedEscPos;
  page: number;
  line: string;
  /** Offsets just past each cut command. */
  readonly cutEnds: number[];
}

function at(walk: Walk, index: number): number {
  return walk.bytes[index] ?? -1;
}

function endLine(walk: Walk): void {
  const text = walk.line.normalize('NFC').trim();
  if (text !== '') walk.out.lines.push(text);
  walk.line = '';
}

function cut(walk: Walk, start: number, length: number): number {
  endLine(walk);
  walk.out.cuts++;
  walk.cutEnds.push(start + length);
  return length;
}

/** Length of a command whose remaining bytes do not fit: consume it all. */
function truncated(walk: Walk, start: number): number {
  walk.out.unknown++;
  return walk.bytes.length - start;
}

function escCommand(walk: Walk, i: number): number {
  const op = at(walk, i + 1);
  if (op === 0x40) {
    walk.page = 0;
    return 2;
  }
  if (op === 0x74) {
    walk.page = at(walk, i + 2);
    return 3;
  }
  if (op === 0x69 || op === 0x6d) return cut(walk, i, 2);
  if (op === 0x32 || op === 0x3c) return 2;
  if (ESC_WITH_ONE_ARG.has(op)) return 3;
  if (ESC_FEEDS.has(op)) {
    endLine(walk);
    return 3;
  }
  if (op === 0x70) return 5;
  if (op === 0x24 || op === 0x63) return 4;
  if (op === 0x2a) {
    const dots = at(walk, i + 3) + at(walk, i + 4) * 256;
    return 5 + (at(walk, i + 2) >= 32 ? 3 * dots : dots);
  }
  walk.out.unknown++;
  return 2;
}

function gsParenthesis(walk: Walk, i: number): number {
  const length = at(walk, i + 3) + at(walk, i + 4) * 256;
  const end = i + 5 + length;
  if (end > walk.bytes.length) return truncated(walk, i);

  const isQrStore =
    at(walk, i + 2) === 0x6b &&
    at(walk, i + 5) === 0x31 &&
    at(walk, i + 6) === 0x50 &&
    length >= 3;
  if (isQrStore) {
    const data = walk.bytes.subarray(i + 8, end);
    walk.out.qrCodes.push(new TextDecoder().decode(data));
  }
  return end - i;
}

function gsCommand(walk: Walk, i: number): number {
  const op = at(walk, i + 1);
  if (GS_WITH_ONE_ARG.has(op)) return 3;
  if (op === 0x4c || op === 0x57) return 4;
  if (op === 0x56) {
    return cut(walk, i, CUT_WITH_FEED.has(at(walk, i + 2)) ? 4 : 3);
  }
  if (op === 0x28) return gsParenthesis(walk, i);
  if (op === 0x76 && at(walk, i + 2) === 0x30) {
    const width = at(walk, i + 4) + at(walk, i + 5) * 256;
    const height = at(walk, i + 6) + at(walk, i + 7) * 256;
    return 8 + width * height;
  }
  if (op === 0x6b) {
    const symbology = at(walk, i + 2);
    if (symbology > 6) return 4 + at(walk, i + 3);
    const nul = walk.bytes.indexOf(0, i + 3);
    return nul < 0 ? truncated(walk, i) : nul + 1 - i;
  }
  walk.out.unknown++;
  return 2;
}

function otherControl(walk: Walk, i: number, byte: number): number {
  if (byte === DLE) {
    const op = at(walk, i + 1);
    if (op === 0x04 || op === 0x05) return 3;
    if (op === 0x14) return 5;
  }
  if (byte === FS) {
    const op = at(walk, i + 1);
    if (op === 0x2e || op === 0x26) return 2;
    if (op === 0x43 || op === 0x21) return 3;
  }
  if (byte === 0x09) {
    walk.line += ' ';
    return 1;
  }
  if (byte === 0x0c) {
    endLine(walk);
    return 1;
  }
  walk.out.unknown++;
  return 1;
}

function text(walk: Walk, byte: number): number {
  const char = EPSON_CODE_PAGES.get(walk.page)?.get(byte);
  if (char === undefined) {
    walk.out.unknown++;
    walk.line += '\ufffd';
  } else {
    walk.line += char;
  }
  return 1;
}

/**
 * Walks an ESC/POS byte stream the way a printer would and returns the text
 * it would print. Garbage is counted in `unknown`, never thrown.
 */
export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  return walkEscPos(bytes).out;
}

/**
 * Offsets just past each complete cut command: where one job ends and the
 * next begins. A cut whose arguments have not all arrived is not counted.
 */
export function findCutEnds(bytes: Uint8Array): number[] {
  return walkEscPos(bytes).cutEnds.filter((end) => end <= bytes.length);
}

function walkEscPos(bytes: Uint8Array): Walk {
  const walk: Walk = {
    bytes,
    out: { lines: [], qrCodes: [], cuts: 0, unknown: 0 },
    page: 0,
    line: '',
    cutEnds: [],
  };

  let i = 0;
  while (i < bytes.length) {
    const byte = at(walk, i);
    let used: number;
    if (byte === LF) {
      endLine(walk);
      used = 1;
    } else if (byte === CR) {
      used = 1;
    } else if (byte === ESC) {
      used = escCommand(walk, i);
    } else if (byte === GS) {
      used = gsCommand(walk, i);
    } else if (byte < 0x20 || byte === 0x7f) {
      used = otherControl(walk, i, byte);
    } else {
      used = text(walk, byte);
    }
    // Arguments missing at the very end are still a command, not text.
    if (i + used > bytes.length) walk.out.unknown++;
    i += Math.max(1, used);
  }

  endLine(walk);
  return walk;
}
