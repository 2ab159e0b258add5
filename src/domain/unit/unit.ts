import { readText, type TextProblem } from '../text-field.js';
import { validateCreditCode, type CreditCodeProblem } from './credit-code.js';
import { INDUSTRIES_WITHOUT_CREDIT_CODE, isIndustry, type Industry } from './industry.js';
import type { Tier, TierOverride } from './tier.js';

/** What is said about a unit when it is registered or edited. */
export interface UnitInput {
  readonly name: string;
  readonly creditCode: string | null;
  readonly industry: Industry;
  readonly town: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly majorHazardSource: boolean;
  readonly licenceHolder: boolean;
}

/** A unit (生产经营单位) as stored. */
export interface Unit extends UnitInput {
  readonly id: number;
  readonly tier: Tier;
  readonly override: TierOverride | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
}

/** Field names double as the modal's block ids, so a problem lands on its field. */
export type UnitField = 'name' | 'credit_code' | 'industry' | 'town' | 'address' | 'contact_name' | 'contact_phone';

export type UnitProblem =
  | TextProblem<UnitField>
  | { field: 'credit_code'; kind: 'credit_code'; problem: CreditCodeProblem }
  | { field: 'industry'; kind: 'unknown_industry' }
  | { field: 'contact_phone'; kind: 'phone' };

export const UNIT_LIMITS = { name: 100, town: 50, address: 200, contact_name: 50, contact_phone: 30 } as const;

/** What a person typed, before validation (every field may be missing or blank). */
export interface RawUnitInput {
  readonly name?: string | null;
  readonly creditCode?: string | null;
  readonly industry?: string | null;
  readonly town?: string | null;
  readonly address?: string | null;
  readonly contactName?: string | null;
  readonly contactPhone?: string | null;
  readonly majorHazardSource?: boolean;
  readonly licenceHolder?: boolean;
}

/** Mainland mobile, landline with area code (optional extension), or a 400/800 service number. */
export function isPhoneNumber(value: string): boolean {
  const v = value.replace(/[\s\-()（）]/g, '').replace(/^\+?86(?=1)/, '');
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{9,11}((转|ext\.?|x)\d{1,6})?$/i.test(v) || /^[48]00\d{7}$/.test(v);
}

/** Validates and normalises a unit; every problem is returned, not only the first. */
export function validateUnitInput(raw: RawUnitInput): { ok: true; value: UnitInput } | { ok: false; problems: UnitProblem[] } {
  const problems: UnitProblem[] = [];
  const text = (field: UnitField, value: string | null | undefined, max: number) => readText(problems, field, value, max);
  const name = text('name', raw.name, UNIT_LIMITS.name);
  const town = text('town', raw.town, UNIT_LIMITS.town);
  const address = text('address', raw.address, UNIT_LIMITS.address);
  const contactName = text('contact_name', raw.contactName, UNIT_LIMITS.contact_name);
  const contactPhone = text('contact_phone', raw.contactPhone, UNIT_LIMITS.contact_phone);
  if (contactPhone && [...contactPhone].length <= UNIT_LIMITS.contact_phone && !isPhoneNumber(contactPhone)) {
    problems.push({ field: 'contact_phone', kind: 'phone' });
  }

  let industry: Industry = 'other';
  if (!raw.industry) problems.push({ field: 'industry', kind: 'required' });
  else if (!isIndustry(raw.industry)) problems.push({ field: 'industry', kind: 'unknown_industry' });
  else industry = raw.industry;

  let creditCode: string | null = null;
  const typedCode = (raw.creditCode ?? '').trim();
  if (typedCode) {
    const result = validateCreditCode(typedCode);
    if (result.ok) creditCode = result.code;
    else problems.push({ field: 'credit_code', kind: 'credit_code', problem: result.problem });
  } else if (!INDUSTRIES_WITHOUT_CREDIT_CODE.includes(industry)) {
    problems.push({ field: 'credit_code', kind: 'required' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name, creditCode, industry, town, address, contactName, contactPhone,
      majorHazardSource: raw.majorHazardSource ?? false,
      licenceHolder: raw.licenceHolder ?? false,
    },
  };
}
