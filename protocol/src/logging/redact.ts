/**
 * Personal data is masked here and nowhere else, for logs and for screens
 * that others may see.
 */

/** `079090123456` → `079******456`. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 6) return '*'.repeat(idNumber.length);
  return (
    idNumber.slice(0, 3) + '*'.repeat(idNumber.length - 6) + idNumber.slice(-3)
  );
}

/** `NGUYỄN VĂN AN` → `N***** V** A*`: initials stay, the rest is hidden. */
export function maskName(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => {
      const letters = Array.from(word);
      return letters[0] + '*'.repeat(letters.length - 1);
    })
    .join(' ');
}

/** `0912345678` → `091****678`. */
export function maskPhone(phone: string): string {
  return maskIdNumber(phone);
}

const MASKERS: Readonly<Record<string, (value: string) => string>> = {
  idNumber: maskIdNumber,
  oldIdNumber: maskIdNumber,
  fullName: maskName,
  name: maskName,
  phone: maskPhone,
  address: () => '[address]',
  dateOfBirth: () => '[date]',
  data: (value) => `[${String(value.length)} chars]`,
  token: () => '[secret]',
};

/** Deep copy of `value` with every personal field masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;

  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const mask = MASKERS[key];
    if (mask !== undefined && typeof inner === 'string') {
      out[key] = mask(inner);
    } else if (mask !== undefined && isNumeric(inner)) {
      // An id or phone sent as a number is as personal as the string.
      out[key] = mask(String(inner));
    } else if (key === 'applicant' || key === 'identity' || key === 'fields') {
      out[key] = redactAll(inner);
    } else {
      out[key] = redact(inner, depth + 1);
    }
  }
  return out;
}

// Inside an applicant or form, every string is personal unless known not to
// be: the keys stay so that logs can still tell which field was wrong.
function redactAll(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return '[redacted]';
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const mask = MASKERS[key];
    out[key] =
      mask !== undefined && typeof inner === 'string'
        ? mask(inner)
        : '[redacted]';
  }
  return out;
}

function isNumeric(value: unknown): value is number | bigint {
  return typeof value === 'number' || typeof value === 'bigint';
}
