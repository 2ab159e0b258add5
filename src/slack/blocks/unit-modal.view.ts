import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { INDUSTRIES } from '../../domain/unit/industry.js';
import { UNIT_LIMITS, type Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId, CallbackId, FlagValue } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { plain } from './elements.js';
import { modal, saveOrCancel } from './modal.js';

function textInput(blockId: string, label: string, o: { initial?: string | null; max: number; placeholder?: string; hint?: string; optional?: boolean; multiline?: boolean }): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, 2000),
    optional: o.optional ?? false,
    ...(o.hint ? { hint: plain(o.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: ActionId.Text,
      max_length: o.max,
      multiline: o.multiline ?? false,
      ...(o.initial ? { initial_value: o.initial } : {}),
      ...(o.placeholder ? { placeholder: plain(o.placeholder, 150) } : {}),
    },
  };
}

/** The unit modal, empty for registering or filled in for editing. Block ids are the unit's field names. */
export function unitModal(i18n: I18n, o: { mode: 'register' | 'edit'; unit?: Unit; metadata: ViewMetadata }): ModalView {
  const { t } = i18n;
  const u = o.unit;
  const industryOption = (code: (typeof INDUSTRIES)[number]): PlainTextOption => ({ text: plain(t(`industry.${code}`), 75), value: code });
  const flagOptions: PlainTextOption[] = [
    { text: plain(t('unit.flag.major_hazard_source'), 75), value: FlagValue.MajorHazardSource },
    { text: plain(t('unit.flag.licence_holder'), 75), value: FlagValue.LicenceHolder },
  ];
  const initialFlags = flagOptions.filter((f) => (f.value === FlagValue.MajorHazardSource ? u?.majorHazardSource : u?.licenceHolder));
  return modal({
    callbackId: o.mode === 'register' ? CallbackId.UnitRegister : CallbackId.UnitEdit,
    title: t(o.mode === 'register' ? 'unit.modal.title_new' : 'unit.modal.title_edit'),
    ...saveOrCancel(i18n),
    metadata: o.metadata,
    blocks: [
      textInput(BlockId.UnitName, t('unit.field.name'), { initial: u?.name, max: UNIT_LIMITS.name, placeholder: t('unit.field.name_placeholder') }),
      textInput(BlockId.UnitCreditCode, t('unit.field.credit_code'), { initial: u?.creditCode, max: 30, hint: t('unit.field.credit_code_hint'), optional: true }),
      {
        type: 'input',
        block_id: BlockId.UnitIndustry,
        label: plain(t('unit.field.industry')),
        element: {
          type: 'static_select',
          action_id: ActionId.Select,
          placeholder: plain(t('unit.field.industry_placeholder'), 150),
          options: INDUSTRIES.map(industryOption),
          ...(u ? { initial_option: industryOption(u.industry) } : {}),
        },
      },
      textInput(BlockId.UnitTown, t('unit.field.town'), { initial: u?.town, max: UNIT_LIMITS.town, placeholder: t('unit.field.town_placeholder') }),
      textInput(BlockId.UnitAddress, t('unit.field.address'), { initial: u?.address, max: UNIT_LIMITS.address }),
      textInput(BlockId.UnitContactName, t('unit.field.contact_name'), { initial: u?.contactName, max: UNIT_LIMITS.contact_name }),
      textInput(BlockId.UnitContactPhone, t('unit.field.contact_phone'), { initial: u?.contactPhone, max: UNIT_LIMITS.contact_phone, placeholder: t('unit.field.contact_phone_placeholder') }),
      {
        type: 'input',
        block_id: BlockId.UnitFlags,
        label: plain(t('unit.field.flags')),
        optional: true,
        element: { type: 'checkboxes', action_id: ActionId.Checkboxes, options: flagOptions, ...(initialFlags.length ? { initial_options: initialFlags } : {}) },
      },
    ],
  });
}
