import type { Identity, ProtocolError, Result } from '@motcua/protocol';
import {
  checkIdNumber,
  err,
  fromZodError,
  identitySchema,
  ok,
  protocolError,
} from '@motcua/protocol';
import {
  cleanText,
  parseCardDate,
  parseName,
  parseSex,
  vietnamDate,
} from './qr-fields';

export interface CccdQrRead {
  readonly identity: Identity;
  /**
   * Fields after the issue date (2024 cards), keyed by their 1-based
   * position in the payload (`field8`, `field9`…). Their meaning is not
   * confirmed, so they are passed on as text and never validated.
   */
  readonly extra: Readonly<Record<string, string>>;
}

/** Longer than any real card payload; anything bigger is not a card. */
const MAX_PAYLOAD_LENGTH = 2000;
const MAX_FIELDS = 16;

function notCccd(message: string): Result<never, ProtocolError> {
  return err(protocolError('qr.not_cccd', message));
}

/**
 * Splits a payload into its fields, telling apart the layout with the old
 * CMND number (7 fields) from the one without (6 fields). Longer payloads
 * are 2024 cards: the position of the sex field tells the layout.
 */
function splitFields(
  payload: string,
): Result<{ fields: string[]; oldId: string | undefined }, ProtocolError> {
  const fields = payload.split('|');
  if (fields.length < 6 || fields.length > MAX_FIELDS) {
    return err(
      protocolError(
        'qr.field_count',
        `Expected 6 or 7 fields, got ${String(fields.length)}`,
      ),
    );
  }

  const withOldId =
    fields.length === 7 ||
    (fields.length > 7 &&
      (parseSex(fields[4] ?? '').ok || !parseSex(fields[3] ?? '').ok));
  if (!withOldId) return ok({ fields, oldId: undefined });

  const [id = '', oldId = '', ...rest] = fields;
  return ok({ fields: [id, ...rest], oldId });
}

/**
 * Parses the QR code on a CCCD card into an `Identity`. Every refusal is a
 * coded error that the app can show; nothing here throws.
 */
export function parseCccdQr(
  payload: string,
  today: Date,
): Result<CccdQrRead, ProtocolError> {
  const trimmed = payload.replace(/[\r\n]+$/, '');
  if (trimmed.length > MAX_PAYLOAD_LENGTH) return notCccd('Payload too long');
  if (!trimmed.includes('|')) return notCccd('No field separator');
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return notCccd('Looks like a URL');
  if (!/^\s*\d+\s*\|/.test(trimmed)) {
    return notCccd('First field is not a number');
  }

  const split = splitFields(trimmed);
  if (!split.ok) return split;
  const { fields, oldId } = split.value;
  const [rawId = '', rawName = '', rawBirth = '', rawSex = ''] = fields;
  const [rawAddress = '', rawIssue = '', ...extras] = fields.slice(4);

  const idNumber = rawId.trim();
  const oldIdNumber = oldId?.trim() ?? '';
  if (oldIdNumber !== '' && !/^\d{9}$/.test(oldIdNumber)) {
    return err(
      protocolError('id.format', 'Old ID must be 9 digits', 'oldIdNumber'),
    );
  }

  const fullName = parseName(rawName);
  if (!fullName.ok) return fullName;

  const todayInVietnam = vietnamDate(today);
  const dateOfBirth = parseCardDate(rawBirth, todayInVietnam, 'dateOfBirth');
  if (!dateOfBirth.ok) return dateOfBirth;

  const sex = parseSex(rawSex);
  if (!sex.ok) return sex;

  const issueDate = parseCardDate(rawIssue, todayInVietnam, 'issueDate');
  if (!issueDate.ok) return issueDate;
  if (issueDate.value < dateOfBirth.value) {
    return err(
      protocolError('date.invalid', 'Issued before birth', 'issueDate'),
    );
  }

  const idCheck = checkIdNumber(idNumber, dateOfBirth.value, sex.value);
  if (!idCheck.ok) return idCheck;

  // The schema is the last word: lengths and control characters.
  const parsed = identitySchema.safeParse({
    idNumber,
    ...(oldIdNumber === '' ? {} : { oldIdNumber }),
    fullName: fullName.value,
    dateOfBirth: dateOfBirth.value,
    sex: sex.value,
    address: cleanText(rawAddress),
    issueDate: issueDate.value,
  });
  if (!parsed.success) return err(fromZodError(parsed.error));

  const firstExtra = oldId === undefined ? 7 : 8;
  const extra: Record<string, string> = {};
  extras.forEach((value, index) => {
    extra[`field${String(firstExtra + index)}`] = cleanText(value);
  });
  return ok({ identity: parsed.data, extra });
}
