import { foldVietnamese } from './fold';
import type { PickOption } from './pick-option';

const collator = new Intl.Collator('vi');

/** The name without its unit word, for sorting: "Phường Bàn Cờ" → "Bàn Cờ". */
export function bareName(name: string): string {
  return name.replace(/^(Phường|Xã|Đặc khu|Tỉnh|Thành phố)\s+/u, '');
}

/** Options in Vietnamese alphabetical order of their bare names. */
export function sortOptions<T extends PickOption>(options: readonly T[]): T[] {
  return [...options].sort((a, b) =>
    collator.compare(bareName(a.name), bareName(b.name)),
  );
}

/**
 * The options whose full name holds every word of the query, ignoring marks
 * and case; names whose bare name starts with the query come first. An
 * empty query keeps every option; "phuong" keeps the wards.
 */
export function filterOptions<T extends PickOption>(
  options: readonly T[],
  query: string,
): T[] {
  const words = foldVietnamese(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [...options];

  const matches = options.filter((option) => {
    const name = foldVietnamese(option.name);
    return words.every((word) => name.includes(word));
  });
  const start = words.join(' ');
  const startsWith = (option: T) =>
    foldVietnamese(bareName(option.name)).startsWith(start);
  return [
    ...matches.filter(startsWith),
    ...matches.filter((option) => !startsWith(option)),
  ];
}

/** The option with this code, if the list has one. */
export function findOption<T extends PickOption>(
  options: readonly T[],
  code: string,
): T | undefined {
  return options.find((option) => option.code === code);
}
