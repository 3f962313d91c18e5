import { EPSON_CODE_PAGES } from './codepages';

export type BlockAlign = 'left' | 'center' | 'right';

/** One thing put on paper, in order, with the settings it was printed in. */
export type PrintBlock =
  | {
      readonly kind: 'text';
      /** NFC, trimmed; empty for a blank line. */
      readonly text: string;
      /** Spaces before the text: encoders centre text by padding. */
      readonly indent: number;
      readonly align: BlockAlign;
      readonly bold: boolean;
      /** `GS !` magnification, 1–8. */
      readonly width: number;
      readonly height: number;
    }
  | {
      readonly kind: 'image';
      readonly widthBytes: number;
      readonly height: number;
      readonly data: Uint8Array;
      readonly align: BlockAlign;
    }
  | {
      readonly kind: 'qr';
      readonly payload: string;
      readonly moduleSize: number;
      readonly align: BlockAlign;
    }
  | { readonly kind: 'feed'; readonly dots: number };

/** What a stream of ESC/POS bytes would put on paper, as text. */
export interface DecodedEscPos {
  /** Printed lines, NFC, trimmed; blank lines left out. */
  lines: string[];
  /** Payloads stored with `GS ( k` function 80. */
  qrCodes: string[];
  cuts: number;
  /** Unknown commands, unmapped characters and truncated commands. */
  unknown: number;
  /** Everything printed, in order, for rendering a picture of the job. */
  blocks: PrintBlock[];
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

const ALIGNS: readonly BlockAlign[] = ['left', 'center', 'right'];

interface Walk {
  readonly bytes: Uint8Array;
  readonly out: DecodedEscPos;
  page: number;
  line: string;
  /** Settings taken by the line when its first character arrives. */
  align: BlockAlign;
  bold: boolean;
  size: number;
  lineStyle: { align: BlockAlign; bold: boolean; size: number } | undefined;
  qrModule: number;
  qrPayload: string | undefined;
  /** Offsets just past each cut command. */
  readonly cutEnds: number[];
}

function at(walk: Walk, index: number): number {
  return walk.bytes[index] ?? -1;
}

function endLine(walk: Walk, blank = false): void {
  const raw = walk.line.normalize('NFC');
  const text = raw.trim();
  if (text !== '') walk.out.lines.push(text);
  if (text !== '' || blank) {
    const style = walk.lineStyle ?? walk;
    walk.out.blocks.push({
      kind: 'text',
      text,
      indent: text === '' ? 0 : raw.length - raw.trimStart().length,
      align: style.align,
      bold: style.bold,
      width: ((style.size >> 4) & 7) + 1,
      height: (style.size & 7) + 1,
    });
  }
  walk.line = '';
  walk.lineStyle = undefined;
}

/** The line is printed in the settings of its first visible character. */
function addChar(walk: Walk, char: string): void {
  if (char.trim() !== '') {
    walk.lineStyle ??= { align: walk.align, bold: walk.bold, size: walk.size };
  }
  walk.line += char;
}

function alignFrom(n: number): BlockAlign {
  return ALIGNS[n % 48] ?? 'left';
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
    walk.align = 'left';
    walk.bold = false;
    walk.size = 0;
    return 2;
  }
  if (op === 0x61) walk.align = alignFrom(at(walk, i + 2));
  if (op === 0x45) walk.bold = (at(walk, i + 2) & 1) === 1;
  if (op === 0x4a) {
    endLine(walk);
    walk.out.blocks.push({ kind: 'feed', dots: Math.max(0, at(walk, i + 2)) });
    return 3;
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

  const isQr = at(walk, i + 2) === 0x6b && at(walk, i + 5) === 0x31;
  const fn = isQr ? at(walk, i + 6) : -1;
  if (fn === 0x50 && length >= 3) {
    const data = walk.bytes.subarray(i + 8, end);
    walk.qrPayload = new TextDecoder().decode(data);
    walk.out.qrCodes.push(walk.qrPayload);
  }
  if (fn === 0x43 && length >= 3) walk.qrModule = at(walk, i + 7);
  if (fn === 0x51 && walk.qrPayload !== undefined) {
    endLine(walk);
    walk.out.blocks.push({
      kind: 'qr',
      payload: walk.qrPayload,
      moduleSize: walk.qrModule,
      align: walk.align,
    });
  }
  return end - i;
}

function gsCommand(walk: Walk, i: number): number {
  const op = at(walk, i + 1);
  if (op === 0x21) walk.size = Math.max(0, at(walk, i + 2));
  if (GS_WITH_ONE_ARG.has(op)) return 3;
  if (op === 0x4c || op === 0x57) return 4;
  if (op === 0x56) {
    return cut(walk, i, CUT_WITH_FEED.has(at(walk, i + 2)) ? 4 : 3);
  }
  if (op === 0x28) return gsParenthesis(walk, i);
  if (op === 0x76 && at(walk, i + 2) === 0x30) {
    const width = at(walk, i + 4) + at(walk, i + 5) * 256;
    const height = at(walk, i + 6) + at(walk, i + 7) * 256;
    const size = 8 + width * height;
    // Text waiting in the line stays there: it prints after the image.
    if (i + size <= walk.bytes.length && width > 0 && height > 0) {
      walk.out.blocks.push({
        kind: 'image',
        widthBytes: width,
        height,
        data: walk.bytes.slice(i + 8, i + size),
        align: walk.align,
      });
    }
    return size;
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
    addChar(walk, ' ');
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
    addChar(walk, '\ufffd');
  } else {
    addChar(walk, char);
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
    out: { lines: [], qrCodes: [], cuts: 0, unknown: 0, blocks: [] },
    page: 0,
    line: '',
    align: 'left',
    bold: false,
    size: 0,
    lineStyle: undefined,
    qrModule: 3,
    qrPayload: undefined,
    cutEnds: [],
  };

  let i = 0;
  while (i < bytes.length) {
    const byte = at(walk, i);
    let used: number;
    if (byte === LF) {
      endLine(walk, true);
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
