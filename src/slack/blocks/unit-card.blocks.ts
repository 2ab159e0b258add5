import type { Button, KnownBlock, SectionBlock } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import type { UnitCard } from '../../domain/unit/unit-card.model.js';
import { ActionId, BlockId } from '../ids.js';
import { buttonValue } from '../button-value.js';
import { actions, button, context, esc, header, section, truncate } from './elements.js';
import { tierExplanation, tierLabel } from './tier-text.js';

const MAX_CONTACTS_SHOWN = 15;

/** A unit's card: who it is, its tier and why, its Slack contacts, and the buttons this person may use. */
export function unitCardBlocks(i18n: I18n, card: UnitCard): KnownBlock[] {
  const { unit, evaluation, contacts, tierChanges, may } = card;
  const { t } = i18n;
  const flags = [unit.majorHazardSource ? t('unit.flag.major_hazard_source') : '', unit.licenceHolder ? t('unit.flag.licence_holder') : ''].filter(Boolean);
  const fields: SectionBlock = {
    type: 'section',
    fields: [
      [t('unit.card.credit_code'), unit.creditCode ?? t('common.none')],
      [t('unit.card.industry'), t(`industry.${unit.industry}`)],
      [t('unit.card.town'), esc(unit.town)],
      [t('unit.card.address'), esc(unit.address)],
      [t('unit.card.contact'), `${esc(unit.contactName)} ${esc(unit.contactPhone)}`],
      [t('unit.card.flags'), flags.length ? i18n.list(flags) : t('common.none')],
    ].map(([label, value]) => ({ type: 'mrkdwn' as const, text: truncate(`*${label}*\n${value}`, 2000) })),
  };

  const blocks: KnownBlock[] = [
    header(unit.name),
    section(`*${t('unit.card.tier')}*  ${tierExplanation(i18n, evaluation)}`),
    fields,
    section(`*${t('unit.card.contacts')}*${contacts.length ? '' : `\n${t('unit.card.no_contacts')}`}`),
  ];
  for (const contact of contacts.slice(0, MAX_CONTACTS_SHOWN)) {
    const line = section(t('unit.card.contact_since', { user: contact.userId, date: i18n.day(contact.linkedAt) }));
    if (may.linkContacts) {
      line.accessory = button({
        text: t('unit.button.unlink'), actionId: ActionId.UnitUnlinkContact, value: buttonValue(unit.id, contact.userId),
        confirm: { title: t('unit.confirm.unlink_title'), text: t('unit.confirm.unlink_text', { unit: unit.name }), confirm: t('common.confirm'), deny: t('common.cancel') },
      });
    }
    blocks.push(line);
  }
  if (contacts.length > MAX_CONTACTS_SHOWN) blocks.push(context(`+${contacts.length - MAX_CONTACTS_SHOWN}`));

  if (tierChanges.length > 0) {
    const lines = tierChanges.map((c) =>
      c.from === null
        ? t('tier.change_first', { date: i18n.dateTime(c.at), to: tierLabel(i18n, c.to) })
        : t('tier.change', { date: i18n.dateTime(c.at), from: tierLabel(i18n, c.from), to: tierLabel(i18n, c.to) }),
    );
    blocks.push(context(`*${t('unit.card.tier_history')}*\n${lines.join('\n')}`));
  }
  blocks.push(context(t('unit.card.updated', { date: i18n.dateTime(unit.updatedAt) })));

  const buttons: Button[] = [];
  const value = buttonValue(unit.id);
  if (may.edit) buttons.push(button({ text: t('unit.button.edit'), actionId: ActionId.UnitEdit, value }));
  if (may.linkContacts) buttons.push(button({ text: t('unit.button.link_contact'), actionId: ActionId.UnitLinkContact, value }));
  if (may.recordAccident) buttons.push(button({ text: t('unit.button.accident'), actionId: ActionId.AccidentOpen, value }));
  if (may.overrideTier) buttons.push(button({ text: t('unit.button.override'), actionId: ActionId.UnitOverrideTier, value }));
  if (may.overrideTier && unit.override) {
    buttons.push(button({
      text: t('unit.button.clear_override'), actionId: ActionId.UnitClearOverride, value, style: 'danger',
      confirm: { title: t('unit.confirm.clear_title'), text: t('unit.confirm.clear_text', { unit: unit.name }), confirm: t('common.confirm'), deny: t('common.cancel') },
    }));
  }
  if (buttons.length) blocks.push(actions(BlockId.UnitActions, buttons));
  return blocks;
}
