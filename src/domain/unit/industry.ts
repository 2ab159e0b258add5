/** Industry codes of PRODUCT.md §3. Labels live in the i18n catalogs (`industry.<code>`). */
export const INDUSTRIES = [
  'mining',
  'hazardous_chemicals',
  'fireworks',
  'civil_explosives',
  'construction',
  'metal_smelting',
  'road_transport',
  'urban_gas',
  'industry_trade',
  'commerce',
  'crowded_venue',
  'community',
  'rural',
  'other',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

/** Default key industries (PRODUCT.md §3: the first eight); configurable with KEY_INDUSTRIES. */
export const KEY_INDUSTRIES_DEFAULT: readonly Industry[] = INDUSTRIES.slice(0, 8);

/** Community and rural sites may have no unified social credit code (PRODUCT.md §3). */
export const INDUSTRIES_WITHOUT_CREDIT_CODE: readonly Industry[] = ['community', 'rural'];

export function isIndustry(value: unknown): value is Industry {
  return typeof value === 'string' && (INDUSTRIES as readonly string[]).includes(value);
}
