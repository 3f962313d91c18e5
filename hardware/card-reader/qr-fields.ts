import type { ProtocolError, Result, Sex } from '@motcua/protocol';
import { err, ok, protocolError } from '@motcua/protocol';

/** Vietnam has had no daylight saving since 1975: a fixed UTC+7. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam at `instant`, as YYYY-MM-DD. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * `ddmmyyyy` as printed in the QR → `YYYY-MM-DD`, refusing dates that do
 * not exist, fall before 1900 or lie after `today` (a date in Vietnam).
 */
export function parseCardDate(
  raw: string,
  today: string,
  field: string,
): Result<string, ProtocolError> {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(raw.trim());
  const [, dd, mm, yyyy] = match ?? [];
  if (dd === undefined || mm === undefined || yyyy === undefined) {
    return err(
      protocolError('date.invalid', `${field} is not ddmmyyyy`, field),
    );
  }

  const day = Number(dd);
  const month = Number(mm);
  const year = Number(yyyy);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const exists =
    year >= 1900 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  if (!exists) {
    return err(protocolError('date.invalid', `${field} does not exist`, field));
  }

  const iso = `${yyyy}-${mm}-${dd}`;
  if (iso > today) {
    return err(
      protocolError('date.future', `${field} is in the future`, field),
    );
  }
  return ok(iso);
}

function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** `Nam` / `Nữ` in any case, with or without diacritics, in NFC or NFD. */
export function parseSex(raw: string): Result<Sex, ProtocolError> {
  const folded = foldDiacritics(raw.trim());
  if (folded === 'nam') return ok('male');
  if (folded === 'nu') return ok('female');
  return err(protocolError('sex.unknown', 'Sex is not Nam or Nữ', 'sex'));
}

/** NFC, runs of whitespace collapsed to one space, ends trimmed. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Names are kept in upper case, as the card prints them. */
export function parseName(raw: string): Result<string, ProtocolError> {
  const name = cleanText(raw).toLocaleUpperCase('vi');
  if (name === '') {
    return err(protocolError('name.empty', 'Full name is empty', 'fullName'));
  }
  return ok(name);
}
