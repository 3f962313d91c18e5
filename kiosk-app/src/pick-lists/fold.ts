/**
 * Text as compared when searching: no tone or shape marks, đ as d, lower
 * case, single spaces. "Thủ Đức", "THU DUC" and "thu  duc" all fold to
 * "thu duc". Works on NFC and NFD input alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
