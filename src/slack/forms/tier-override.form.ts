import { isCalendarDate } from '../../domain/calendar.js';
import { OVERRIDE_REASON_MAX, type OverrideInput } from '../../domain/unit/override-input.js';
import { isTier } from '../../domain/unit/tier.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId } from '../ids.js';
import { dateOf, selectedOf, textOf, type FormResult, type ViewValues } from './view-state.js';

/** The override modal: unit (from the card, or the type-ahead), tier, reason, optional last day. */
export function parseTierOverrideForm(i18n: I18n, values: ViewValues | undefined, unitIdFromCard: number | undefined): FormResult<OverrideInput & { unitId: number }> {
  const { t } = i18n;
  const errors: Record<string, string> = {};
  const picked = Number(selectedOf(values, BlockId.OverrideUnit, ActionId.UnitPick));
  const unitId = unitIdFromCard ?? (Number.isInteger(picked) && picked > 0 ? picked : undefined);
  if (unitId === undefined) errors[BlockId.OverrideUnit] = t('validation.unit_pick');
  const tier = selectedOf(values, BlockId.OverrideTier, ActionId.Radio);
  if (!isTier(tier)) errors[BlockId.OverrideTier] = t('validation.required');
  const reason = (textOf(values, BlockId.OverrideReason) ?? '').trim();
  if (!reason) errors[BlockId.OverrideReason] = t('validation.required');
  else if ([...reason].length > OVERRIDE_REASON_MAX) errors[BlockId.OverrideReason] = t('validation.too_long', { max: OVERRIDE_REASON_MAX });
  const until = dateOf(values, BlockId.OverrideUntil) ?? null;
  if (until !== null && !isCalendarDate(until)) errors[BlockId.OverrideUntil] = t('validation.date');
  if (Object.keys(errors).length > 0 || unitId === undefined || !isTier(tier)) return { ok: false, errors };
  return { ok: true, value: { unitId, tier, reason, until } };
}
