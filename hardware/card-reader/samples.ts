/**
 * Sample CCCD QR payloads used across the project (tests, the simulator's
 * dev panel, demos). Every one of them must stay valid: the card-reader
 * tests parse each of them.
 */

/** A man born 15/03/1990 in HCMC, with his old 9-digit CMND number. */
export const SAMPLE_CCCD_QR =
  '079090001234|025123456|NGUYỄN VĂN AN|15031990|Nam|' +
  '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh|01052021';

/** A woman born 09/07/2001 (century digit 3), old number left empty. */
export const SAMPLE_CCCD_QR_WOMAN_2001 =
  '079301004567||TRẦN THỊ BÍCH NGỌC|09072001|Nữ|' +
  '45 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh|20082021';

/** Six fields: a card whose QR has no old-number field at all. */
export const SAMPLE_CCCD_QR_NO_OLD_ID =
  '048085009876|LÊ VĂN HÙNG|02021985|Nam|' +
  '7 Bạch Đằng, Phường Hải Châu, TP. Đà Nẵng|10102022';

/**
 * A 2024 card with trailing fields. No real 2024 payload has been seen; the
 * extra fields (reportedly parents' names) are a guess and kept opaque.
 */
export const SAMPLE_CCCD_QR_2024 =
  '079195012345||PHẠM THỊ HOA|21111995|Nữ|' +
  '88 Võ Văn Tần, Phường Xuân Hòa, TP. Hồ Chí Minh|01072024|' +
  'PHẠM VĂN LỢI|ĐỖ THỊ MAI';
