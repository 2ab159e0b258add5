import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { HazardListScope } from '../../domain/hazard/hazard-view.model.js';
import { decodeSlackEntities } from '../../domain/mention.js';
import { parseRecordNumber } from '../../domain/numbering.js';
import type { I18n } from '../../i18n/index.js';
import { esc } from '../blocks/elements.js';
import { hazardCardBlocks } from '../blocks/hazard-card.blocks.js';
import { hazardHistoryBlocks, hazardListBlocks } from '../blocks/hazard-list.blocks.js';
import { hazardRegisterModal } from '../blocks/hazard-modals.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

const SCOPES = ['mine', 'overdue', 'major', 'open'] as const;

/**
 * `/hazard` opens the registration modal; `/hazard YH-2026-0001 [history]` shows a hazard (or its history);
 * `/hazard list [mine|overdue|major|open|<unit>]` lists hazards; anything else answers with help.
 */
export const hazardCommand = (deps: SlackDeps): Middleware<SlackCommandMiddlewareArgs> => async ({ command, ack, respond, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const words = decodeSlackEntities(command.text).trim().split(/\s+/).filter(Boolean);
  const [first = '', ...rest] = words;
  const reply = (text: string, blocks: KnownBlock[]) => respond({ response_type: 'ephemeral', text, blocks });

  if (words.length === 0) {
    const { staff, today } = await deps.hazards.registration(userId);
    await client.views.open({ trigger_id: command.trigger_id, view: hazardRegisterModal(i18n, { staff, today, actorId: userId, metadata: { responseUrl: command.response_url } }) });
    return;
  }
  if (parseRecordNumber(first)?.prefix === 'YH') {
    if (rest[0]?.toLowerCase() === 'history' || rest[0] === '历史') {
      const { dossier, audit } = await deps.hazards.history(userId, first.toUpperCase());
      await reply(dossier.hazard.number, hazardHistoryBlocks(i18n, dossier.hazard, audit));
    } else {
      const view = await deps.hazards.view(userId, first.toUpperCase());
      await reply(`${view.dossier.hazard.number} ${esc(view.dossier.hazard.title)}`, hazardCardBlocks(i18n, view));
    }
    return;
  }
  if (first.toLowerCase() === 'list' || first === '列表') {
    const scope = listScope(rest);
    const list = await deps.hazards.list(userId, scope);
    const label = scopeLabel(i18n, scope);
    await reply(i18n.t('hazard.list.header', { scope: label, total: list.total }), hazardListBlocks(i18n, label, list));
    return;
  }
  const unknown = ['help', '帮助'].includes(first.toLowerCase()) ? undefined : first;
  await reply(helpText(i18n, 'hazard', unknown), helpBlocks(i18n, 'hazard', unknown));
};

function listScope(words: string[]): HazardListScope {
  const word = words[0]?.toLowerCase();
  if (words.length === 1 && (SCOPES as readonly string[]).includes(word ?? '')) return { kind: word as (typeof SCOPES)[number] };
  if (words.length === 0) return { kind: 'open' };
  return { kind: 'unit', text: words.join(' ') };
}

function scopeLabel(i18n: I18n, scope: HazardListScope): string {
  return scope.kind === 'unit' ? i18n.t('hazard.list.scope_unit', { text: scope.text }) : i18n.t(`hazard.list.scope_${scope.kind}`);
}
