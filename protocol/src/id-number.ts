import type { ProtocolError } from './error';
import { protocolError } from './error';
import type { Result } from './result';
import { err, ok } from './result';

/**
 * Structure of the 12-digit personal identification number printed on the
 * CCCD (Decree 137/2015, Art. 13):
 *
 *   PPP C YY RRRRRR
 *   PPP    province where the birth was registered (Circular 07/2016)
 *   C      century of birth and sex: 1900s 0/1, 2000s 2/3 … 2300s 8/9,
 *          even for men, odd for women
 *   YY     last two digits of the birth year
 *   RRRRRR random; there is no check digit
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa–Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/** The province (pre-2025 boundaries) for a 3-digit code, if there is one. */
export function provinceName(code: string): string | undefined {
  return Object.hasOwn(PROVINCE_CODES, code) ? PROVINCE_CODES[code] : undefined;
}

/** The century-and-sex digit a person born in `year` should carry. */
export function centurySexDigit(
  year: number,
  sex: 'male' | 'female',
): number | undefined {
  const century = Math.floor(year / 100) - 19;
  if (century < 0 || century > 4) return undefined;
  return century * 2 + (sex === 'female' ? 1 : 0);
}

/**
 * Checks that an ID number is consistent with the birth date and sex read
 * beside it. Catches misreads and mixed-up cards; it cannot prove that a
 * number was really issued.
 */
export function checkIdNumber(
  idNumber: string,
  dateOfBirth: string,
  sex: 'male' | 'female',
): Result<void, ProtocolError> {
  if (!/^\d{12}$/.test(idNumber)) {
    return err(
      protocolError('id.format', 'ID number must be 12 digits', 'idNumber'),
    );
  }

  const birth = /^(\d{4})-\d{2}-\d{2}$/.exec(dateOfBirth);
  if (birth?.[1] === undefined) {
    return err(
      protocolError(
        'date.invalid',
        'Date of birth must be YYYY-MM-DD',
        'dateOfBirth',
      ),
    );
  }
  const year = Number(birth[1]);

  if (provinceName(idNumber.slice(0, 3)) === undefined) {
    return err(
      protocolError(
        'id.province',
        'ID number starts with an unknown province code',
        'idNumber',
      ),
    );
  }

  if (Number(idNumber[3]) !== centurySexDigit(year, sex)) {
    return err(
      protocolError(
        'id.century_sex',
        'Century-and-sex digit does not match birth year or sex',
        'idNumber',
      ),
    );
  }

  if (idNumber.slice(4, 6) !== String(year % 100).padStart(2, '0')) {
    return err(
      protocolError(
        'id.birth_year',
        'Birth-year digits do not match the date of birth',
        'idNumber',
      ),
    );
  }

  return ok(undefined);
}
