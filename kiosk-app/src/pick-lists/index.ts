export { foldVietnamese } from './fold';
export { HCMC_PROVINCE_CODE, HCMC_UNITS } from './hcmc-wards';
export type { HcmcUnit, HcmcUnitKind } from './hcmc-wards';
export type { PickOption } from './pick-option';
export { PROVINCES } from './provinces';
export { bareName, filterOptions, findOption, sortOptions } from './search';
