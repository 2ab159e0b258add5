/**
 * Block Kit and Slack mrkdwn as plain readable text (what `npm run demo` prints): pure functions, no I/O. Slack's own
 * markup is resolved the way a Slack client shows it — `<@U1>` becomes the person's name, `<url|text>` the text,
 * `&lt;` a `<` — and blocks become lines: headers, sections with their fields, context, buttons as `[Button]`.
 */

/** How names are shown: a user id → display name (undefined keeps the id), the same for channels. */
export interface TextContext {
  readonly userName: (id: string) => string | undefined;
  readonly channelName?: (id: string) => string | undefined;
  /** Said after the label of an optional modal input. */
  readonly optionalLabel?: string;
  /** Between a section field's label (its first line) and its value: `: ` by default, `：` in Chinese. */
  readonly labelSeparator?: string;
}

type Json = Record<string, any>;

const EMOJI: Readonly<Record<string, string>> = {
  white_check_mark: '✅', heavy_check_mark: '✔️', warning: '⚠️', x: '❌', grey_question: '❔', question: '❓', red_circle: '🔴',
  large_yellow_circle: '🟡', large_blue_circle: '🔵', bell: '🔔', calendar: '📆', date: '📅', memo: '📝', triangular_flag_on_post: '🚩',
  hourglass: '⌛', hourglass_flowing_sand: '⏳', rotating_light: '🚨', clipboard: '📋', page_facing_up: '📄', paperclip: '📎', house: '🏠',
  mag: '🔍', bar_chart: '📊', loudspeaker: '📢', mega: '📣', inbox_tray: '📥', information_source: 'ℹ️', lock: '🔒', fire: '🔥',
};

/** Slack mrkdwn → plain text: mentions, links, dates, emoji shortcodes, entities; bold/italic/strike markers dropped. */
export function mrkdwnToText(text: string, ctx: TextContext): string {
  const out = text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `@${ctx.userName(id) ?? label ?? id}`)
    .replace(/<#([CGD][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `#${ctx.channelName?.(id) ?? label ?? id}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label ?? '@group')
    .replace(/<!date\^\d+\^[^|>]*(?:\^[^|>]*)?\|([^>]*)>/g, (_m, fallback: string) => fallback)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, (_m, who: string) => `@${who}`)
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_m, _url: string, label: string) => label)
    .replace(/<((?:https?|mailto):[^|>]+)>/g, (_m, url: string) => url)
    .replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole)
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?=$|[^\w*])/g, '$1$2')
    .replace(/(^|[^\w~])~(?!\s)([^~\n]+?)~(?=$|[^\w~])/g, '$1$2')
    .replace(/(^|[\s(（])_(?!\s)([^_\n]+?)_(?=$|[\s).,;:!?，。；：！？）])/g, '$1$2');
  return unescapeEntities(out);
}

function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A text object (plain_text or mrkdwn) as text. */
export function textObject(t: Json | undefined, ctx: TextContext): string {
  if (!t || typeof t.text !== 'string') return '';
  return t.type === 'mrkdwn' ? mrkdwnToText(t.text, ctx) : t.text;
}

/** An interactive element as it looks: `[Button]`, `[Choose ▾]`, `[📅 date]`. */
export function elementToText(e: Json, ctx: TextContext): string {
  switch (e.type) {
    case 'button':
      return `[${textObject(e.text, ctx)}]`;
    case 'static_select':
    case 'external_select':
    case 'users_select':
    case 'conversations_select':
    case 'channels_select':
    case 'multi_static_select':
    case 'multi_external_select':
    case 'multi_users_select': {
      const chosen = e.initial_option ? textObject(e.initial_option.text, ctx) : e.initial_user ? `@${ctx.userName(e.initial_user) ?? e.initial_user}` : undefined;
      return `[${chosen ?? (textObject(e.placeholder, ctx) || '…')} ▾]`;
    }
    case 'overflow':
      return '[⋯]';
    case 'datepicker':
      return `[📅 ${e.initial_date ?? '…'}]`;
    case 'image':
      return `🖼 ${e.alt_text ?? ''}`.trim();
    case 'plain_text':
    case 'mrkdwn':
      return textObject(e, ctx);
    default:
      return `[${e.type}]`;
  }
}

/** An input block (in a modal): its label, and what the field offers. */
function inputToText(block: Json, ctx: TextContext): string {
  const e: Json = block.element ?? {};
  const label = textObject(block.label, ctx) + (block.optional && ctx.optionalLabel ? ` ${ctx.optionalLabel}` : '');
  const options = (e.options as Json[] | undefined)?.map((o) => textObject(o.text, ctx)) ?? [];
  const initial = e.initial_value ?? e.initial_date ?? (e.initial_option ? textObject(e.initial_option.text, ctx) : undefined)
    ?? (e.initial_user ? `@${ctx.userName(e.initial_user) ?? e.initial_user}` : undefined)
    ?? (Array.isArray(e.initial_users) && e.initial_users.length ? e.initial_users.map((u: string) => `@${ctx.userName(u) ?? u}`).join(' ') : undefined)
    ?? (Array.isArray(e.initial_options) && e.initial_options.length ? e.initial_options.map((o: Json) => textObject(o.text, ctx)).join(', ') : undefined);
  const kind: Record<string, string> = {
    plain_text_input: e.multiline ? '¶' : '▁▁▁', datepicker: '📅', users_select: '👤', multi_users_select: '👥', file_input: '📎', number_input: '#',
    external_select: '🔍', multi_external_select: '🔍', timepicker: '🕒', email_text_input: '@', url_text_input: '🔗',
  };
  const offer = options.length ? `(${options.length > 5 ? [...options.slice(0, 4), '…'].join(' / ') : options.join(' / ')})` : (kind[e.type] ?? '▾');
  return `• ${label}  ${offer}${initial !== undefined ? ` = ${initial}` : ''}`;
}

/** One block as lines of text (empty for blocks with nothing to show). */
export function blockToLines(block: Json, ctx: TextContext): string[] {
  switch (block.type) {
    case 'header':
      return [`▌${textObject(block.text, ctx)}`];
    case 'section': {
      const lines = block.text ? textObject(block.text, ctx).split('\n') : [];
      const fields = ((block.fields as Json[] | undefined) ?? []).map((f) => textObject(f, ctx).replace(/\n/, ctx.labelSeparator ?? ': ').replace(/\n/g, ' '));
      for (let i = 0; i < fields.length; i += 2) lines.push(fields.slice(i, i + 2).join('    '));
      if (block.accessory) {
        const accessory = elementToText(block.accessory, ctx);
        if (lines.length) lines[lines.length - 1] += `  ${accessory}`;
        else lines.push(accessory);
      }
      return lines;
    }
    case 'context':
      return ((block.elements as Json[] | undefined) ?? []).map((e) => elementToText(e, ctx)).filter(Boolean).join('  ·  ').split('\n').map((l) => `  ${l}`);
    case 'actions':
      return [((block.elements as Json[] | undefined) ?? []).map((e) => elementToText(e, ctx)).join(' ')];
    case 'divider':
      return ['────────'];
    case 'image':
      return [`🖼 ${textObject(block.title, ctx) || (block.alt_text ?? '')}`.trim()];
    case 'input':
      return [inputToText(block, ctx)];
    case 'rich_text':
      return richTextToText(block, ctx).split('\n');
    case 'file':
      return ['📎'];
    default:
      return [];
  }
}

function richTextToText(node: Json, ctx: TextContext): string {
  switch (node.type) {
    case 'text':
      return String(node.text ?? '');
    case 'link':
      return String(node.text ?? node.url ?? '');
    case 'user':
      return `@${ctx.userName(node.user_id) ?? node.user_id}`;
    case 'channel':
      return `#${ctx.channelName?.(node.channel_id) ?? node.channel_id}`;
    case 'emoji':
      return EMOJI[node.name] ?? `:${node.name}:`;
    case 'rich_text_list':
      return ((node.elements as Json[] | undefined) ?? []).map((e) => `• ${richTextToText(e, ctx)}`).join('\n');
    default:
      return ((node.elements as Json[] | undefined) ?? []).map((e) => richTextToText(e, ctx)).join(node.type === 'rich_text' ? '\n' : '');
  }
}

/** Blocks as lines of text. */
export function blocksToLines(blocks: readonly Json[], ctx: TextContext): string[] {
  return blocks.flatMap((b) => blockToLines(b, ctx));
}

/** A message as people see it: its blocks when it has any, otherwise its text (which is then mrkdwn). */
export function messageToLines(message: { text?: string | undefined; blocks?: readonly Json[] | undefined }, ctx: TextContext): string[] {
  if (message.blocks?.length) return blocksToLines(message.blocks, ctx);
  return message.text ? mrkdwnToText(message.text, ctx).split('\n') : [];
}

/** A modal or App Home view: the title (modals), then its blocks, then the submit button (modals). */
export function viewToLines(view: Json, ctx: TextContext): { title: string; lines: string[] } {
  const lines = blocksToLines((view.blocks as Json[] | undefined) ?? [], ctx);
  if (view.submit) lines.push([view.close ? `[${textObject(view.close, ctx)}]` : '', `[${textObject(view.submit, ctx)}]`].filter(Boolean).join(' '));
  return { title: textObject(view.title, ctx), lines };
}
