import { validateUnitInput, type UnitInput, type UnitProblem } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId, FlagValue } from '../ids.js';
import { selectedManyOf, selectedOf, textOf, type FormResult, type ViewValues } from './view-state.js';

export function unitProblemMessage(i18n: I18n, problem: UnitProblem): string {
  const { t } = i18n;
  switch (problem.kind) {
    case 'required':
      return t('validation.required');
    case 'too_long':
      return t('validation.too_long', { max: problem.max });
    case 'phone':
      return t('validation.phone');
    case 'unknown_industry':
      return t('validation.unknown_industry');
    case 'credit_code': {
      const p = problem.problem;
      if (p.kind === 'length') return t('credit_code.length', { length: p.length });
      if (p.kind === 'character') return t('credit_code.character', { position: p.position, character: p.character });
      if (p.kind === 'division') return t('credit_code.division', { position: p.position });
      return t('credit_code.check');
    }
  }
}

/** The unit modal's values → a valid unit, or every problem on its field. */
export function parseUnitForm(i18n: I18n, values: ViewValues | undefined): FormResult<UnitInput> {
  const flags = selectedManyOf(values, BlockId.UnitFlags, ActionId.Checkboxes);
  const result = validateUnitInput({
    name: textOf(values, BlockId.UnitName),
    creditCode: textOf(values, BlockId.UnitCreditCode),
    industry: selectedOf(values, BlockId.UnitIndustry, ActionId.Select),
    town: textOf(values, BlockId.UnitTown),
    address: textOf(values, BlockId.UnitAddress),
    contactName: textOf(values, BlockId.UnitContactName),
    contactPhone: textOf(values, BlockId.UnitContactPhone),
    majorHazardSource: flags.includes(FlagValue.MajorHazardSource),
    licenceHolder: flags.includes(FlagValue.LicenceHolder),
  });
  if (result.ok) return result;
  const errors: Record<string, string> = {};
  for (const problem of result.problems) errors[problem.field] ??= unitProblemMessage(i18n, problem);
  return { ok: false, errors };
}
