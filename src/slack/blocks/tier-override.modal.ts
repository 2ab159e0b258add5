import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { OVERRIDE_REASON_MAX } from '../../domain/unit/override-input.js';
import { TIERS, type Tier, type TierEvaluation } from '../../domain/unit/tier.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId, CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { esc, plain, section } from './elements.js';
import { modal, saveOrCancel } from './modal.js';
import { tierExplanation, tierLabel } from './tier-text.js';

/** The override modal: for a known unit (from its card), or with a unit type-ahead (from `/unit tier`). */
export function tierOverrideModal(i18n: I18n, o: { unit?: { unit: Unit; evaluation: TierEvaluation }; metadata: ViewMetadata }): ModalView {
  const { t } = i18n;
  const tierOption = (tier: Tier): PlainTextOption => ({ text: plain(tierLabel(i18n, tier), 75), value: tier });
  const unitBlock: KnownBlock = o.unit
    ? section(`*${esc(o.unit.unit.name)}*\n${tierExplanation(i18n, o.unit.evaluation)}`)
    : ({
        type: 'input',
        block_id: BlockId.OverrideUnit,
        label: plain(t('override.field.unit')),
        element: { type: 'external_select', action_id: ActionId.UnitPick, min_query_length: 1, placeholder: plain(t('override.field.unit_placeholder'), 150) },
      } satisfies InputBlock);
  const current = o.unit?.unit.override?.tier;
  return modal({
    callbackId: CallbackId.TierOverride,
    title: t('override.modal.title'),
    ...saveOrCancel(i18n),
    metadata: o.metadata,
    blocks: [
      unitBlock,
      {
        type: 'input',
        block_id: BlockId.OverrideTier,
        label: plain(t('override.field.tier')),
        element: { type: 'radio_buttons', action_id: ActionId.Radio, options: TIERS.map(tierOption), ...(current ? { initial_option: tierOption(current) } : {}) },
      },
      {
        type: 'input',
        block_id: BlockId.OverrideReason,
        label: plain(t('override.field.reason')),
        element: { type: 'plain_text_input', action_id: ActionId.Text, multiline: true, max_length: OVERRIDE_REASON_MAX, placeholder: plain(t('override.field.reason_placeholder'), 150) },
      },
      {
        type: 'input',
        block_id: BlockId.OverrideUntil,
        label: plain(t('override.field.until')),
        hint: plain(t('override.field.until_hint'), 2000),
        optional: true,
        element: { type: 'datepicker', action_id: ActionId.Date },
      },
    ],
  });
}
