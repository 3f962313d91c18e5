import { checkIdNumber } from '@motcua/protocol';

/**
 * The error code for an ID number read or typed beside a birth date and
 * sex (see `checkIdNumber` for the structure), or null. With the birth
 * date or sex not (yet) valid only the 12 digits are checked: that other
 * field reports its own problem.
 */
export function checkIdNumberFits(
  idNumber: string,
  dateOfBirth: string | undefined,
  sex: string | undefined,
): string | null {
  if (!/^\d{12}$/.test(idNumber)) return 'id.format';
  if (
    dateOfBirth === undefined ||
    !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) ||
    (sex !== 'male' && sex !== 'female')
  ) {
    return null;
  }
  const checked = checkIdNumber(idNumber, dateOfBirth, sex);
  return checked.ok ? null : checked.error.code;
}
