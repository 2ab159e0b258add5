/**
 * Offline checks of Slack's Block Kit limits (SLACK.md §4): Slack's own validator (blocks.validate) needs the network.
 * Returns every violation as a readable line; an empty list means the blocks are within the limits checked.
 */
export function blockKitViolations(blocks: unknown[], surface: 'message' | 'modal' | 'home'): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? 50 : 100;
  if (blocks.length > max) problems.push(`${blocks.length} blocks (max ${max} in a ${surface})`);
  const len = (s: unknown) => [...String(s ?? '')].length;
  const text = (t: { text?: string } | undefined, limit: number, where: string) => {
    if (t && len(t.text) > limit) problems.push(`${where}: ${len(t.text)} characters (max ${limit})`);
    if (t && len(t.text) === 0) problems.push(`${where}: empty text`);
  };
  const blockIds = new Set<string>();
  blocks.forEach((raw, i) => {
    const b = raw as Record<string, any>;
    const at = `block ${i} (${b.type})`;
    if (b.block_id) {
      if (blockIds.has(b.block_id)) problems.push(`${at}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
      if (len(b.block_id) > 255) problems.push(`${at}: block_id too long`);
    }
    if (b.type === 'section') {
      if (!b.text && !b.fields) problems.push(`${at}: neither text nor fields`);
      text(b.text, 3000, at);
      if (b.fields?.length > 10) problems.push(`${at}: ${b.fields.length} fields (max 10)`);
      b.fields?.forEach((f: { text?: string }, j: number) => text(f, 2000, `${at} field ${j}`));
      if (b.accessory) elementViolations(b.accessory, `${at} accessory`, problems);
    }
    if (b.type === 'header') text(b.text, 150, at);
    if (b.type === 'context') {
      if (b.elements.length > 10) problems.push(`${at}: ${b.elements.length} elements (max 10)`);
      b.elements.forEach((e: { text?: string }, j: number) => text(e, 3000, `${at} element ${j}`));
    }
    if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push(`${at}: ${b.elements.length} elements (max 25)`);
      const ids = b.elements.map((e: { action_id: string }) => e.action_id);
      if (new Set(ids).size !== ids.length) problems.push(`${at}: duplicate action_id`);
      b.elements.forEach((e: unknown, j: number) => elementViolations(e, `${at} element ${j}`, problems));
    }
    if (b.type === 'input') {
      text(b.label, 2000, `${at} label`);
      text(b.hint, 2000, `${at} hint`);
      elementViolations(b.element, `${at} element`, problems);
    }
  });
  return problems;
}

function elementViolations(raw: unknown, at: string, problems: string[]): void {
  const e = raw as Record<string, any>;
  const len = (s: unknown) => [...String(s ?? '')].length;
  if (e.type === 'button') {
    if (len(e.text?.text) > 75) problems.push(`${at}: button text ${len(e.text.text)} (max 75)`);
    if (len(e.value) > 2000) problems.push(`${at}: button value too long`);
    if (e.confirm) {
      if (len(e.confirm.title?.text) > 100) problems.push(`${at}: confirm title too long`);
      if (len(e.confirm.text?.text) > 300) problems.push(`${at}: confirm text too long`);
    }
  }
  if (e.placeholder && len(e.placeholder.text) > 150) problems.push(`${at}: placeholder too long`);
  for (const o of [...(e.options ?? []), ...(e.initial_options ?? [])]) {
    if (len(o.text?.text) > 75) problems.push(`${at}: option text ${len(o.text.text)} (max 75)`);
    if (len(o.value) > 75) problems.push(`${at}: option value too long`);
  }
  if (e.options?.length > 100) problems.push(`${at}: ${e.options.length} options (max 100)`);
  if (e.type === 'checkboxes' || e.type === 'radio_buttons') if (e.options?.length > 10) problems.push(`${at}: more than 10 options`);
}

export function viewViolations(view: Record<string, any>): string[] {
  const problems = blockKitViolations(view.blocks, view.type === 'home' ? 'home' : 'modal');
  for (const k of ['title', 'submit', 'close']) if (view[k] && [...view[k].text].length > 24) problems.push(`${k}: longer than 24`);
  if (view.private_metadata && view.private_metadata.length > 3000) problems.push('private_metadata longer than 3000');
  if (view.callback_id && view.callback_id.length > 255) problems.push('callback_id too long');
  if (view.blocks.some((b: { type: string }) => b.type === 'input') && !view.submit) problems.push('input blocks without a submit button');
  return problems;
}
