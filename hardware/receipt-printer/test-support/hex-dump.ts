/** 32 bytes a line in hex, so that a diff of a golden file points at the change. */
export function hexDump(bytes: Uint8Array): string {
  const rows: string[] = [];
  for (let i = 0; i < bytes.length; i += 32) {
    rows.push(Buffer.from(bytes.subarray(i, i + 32)).toString('hex'));
  }
  return `${rows.join('\n')}\n`;
}
