/** A made-up CCCD QR payload that passes every check (not a real person). */
export const SAMPLE_CCCD_QR =
  '079090001234|025123456|NGUYỄN VĂN AN|15031990|Nam|' +
  '12 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh|01052021';

/** Not a CCCD QR at all: the agent must answer with `identity.error`. */
export const MALFORMED_QR = 'hello|world';
