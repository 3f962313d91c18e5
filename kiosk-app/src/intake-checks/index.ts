export { missingRequired } from './attachments';
export type { RequiredDocument } from './attachments';
export {
  checkDate,
  EARLIEST_DATE,
  FUTURE_LIMIT_DAYS,
  isRealDate,
  todayInHcmc,
} from './dates';
export type { DateRange } from './dates';
export { checkIdNumberFits } from './id-number';
export { checkPhone, normalizePhone } from './phone';
