/**
 * Byte → character tables for the code pages our slips use, written out
 * here so that the decoder checks the encoder instead of echoing it.
 */

/** CP437, bytes 0x80–0xFF. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * TCVN-3 (VN3), lower-case page: runs of letters by their first byte. The
 * gaps between runs hold nothing. Bytes 0xA1–0xA7 are the base capitals.
 */
const TCVN3_RUNS: readonly (readonly [number, string])[] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

export type CodePageTable = ReadonlyMap<number, string>;

function asciiTable(): Map<number, string> {
  const table = new Map<number, string>();
  for (let byte = 0x20; byte < 0x7f; byte++) {
    table.set(byte, String.fromCharCode(byte));
  }
  return table;
}

function cp437(): CodePageTable {
  const table = asciiTable();
  Array.from(CP437_HIGH).forEach((char, i) => table.set(0x80 + i, char));
  return table;
}

function tcvn3(capitals: boolean): CodePageTable {
  const table = asciiTable();
  for (const [first, letters] of TCVN3_RUNS) {
    Array.from(letters).forEach((char, i) => {
      // The capitals page holds the same letters, upper case, in the same
      // places; the base capitals at 0xA1–0xA7 are on both pages.
      table.set(first + i, capitals ? char.toLocaleUpperCase('vi') : char);
    });
  }
  return table;
}

/** Tables by the `ESC t` number an Epson printer uses for them. */
export const EPSON_CODE_PAGES: ReadonlyMap<number, CodePageTable> = new Map([
  [0, cp437()],
  [30, tcvn3(false)],
  [31, tcvn3(true)],
]);
