/**
 * Matches a by-id file name against a pattern where `*` stands for any run
 * of characters and `?` for exactly one; everything else is literal.
 */
export function matchesGlob(name: string, pattern: string): boolean {
  const source = [...pattern]
    .map((char) => {
      if (char === '*') return '.*';
      if (char === '?') return '.';
      return char.replace(/[\\^$.+()[\]{}|]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 's').test(name);
}
