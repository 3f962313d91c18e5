/**
 * Vietnamese mobile numbers: `0` and nine digits, the second digit one of
 * the mobile ranges 3, 5, 7, 8, 9. The per-network prefix lists in
 * circulation are unofficial, so only the range is checked (see
 * reference/domain.md §6). `+84` and `84` are read as `0`; spaces, dots
 * and dashes are ignored.
 */
const MOBILE_RANGES = new Set(['3', '5', '7', '8', '9']);

/** The digits a resident meant: `+84 912.345.678` → `0912345678`. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s.\-()]/g, '');
  if (compact.startsWith('+84')) return `0${compact.slice(3)}`;
  if (compact.startsWith('84') && compact.length === 11) {
    return `0${compact.slice(2)}`;
  }
  return compact;
}

/**
 * The error code (a key of the `errors` namespace) for a phone number, or
 * null when it is a plausible mobile number.
 */
export function checkPhone(raw: string): string | null {
  const phone = normalizePhone(raw);
  if (!/^\d+$/.test(phone)) return 'phone.format';
  if (!phone.startsWith('0')) return 'phone.start';
  // A landline (02x) is no use for SMS; say so rather than "wrong format".
  if (phone.startsWith('02')) return 'phone.landline';
  if (!MOBILE_RANGES.has(phone.charAt(1))) return 'phone.prefix';
  if (phone.length < 10) return 'phone.tooShort';
  if (phone.length > 10) return 'phone.tooLong';
  return null;
}
