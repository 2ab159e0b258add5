import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/roles.js';
import { evaluateTier } from '../../src/domain/unit/tier.js';
import type { Unit } from '../../src/domain/unit/unit.js';
import { createI18n } from '../../src/i18n/index.js';
import type { UnitCard } from '../../src/domain/unit/unit-card.model.js';
import { contactLinkModal } from '../../src/slack/blocks/contact-link.modal.js';
import { errorModal } from '../../src/slack/blocks/error.view.js';
import { helpBlocks } from '../../src/slack/blocks/help.blocks.js';
import { homeView } from '../../src/slack/blocks/home.view.js';
import { rolesBlocks } from '../../src/slack/blocks/roles.blocks.js';
import { tierOverrideModal } from '../../src/slack/blocks/tier-override.modal.js';
import { unitCardBlocks } from '../../src/slack/blocks/unit-card.blocks.js';
import { unitModal } from '../../src/slack/blocks/unit-modal.view.js';
import { unitSearchBlocks } from '../../src/slack/blocks/unit-search.blocks.js';
import { renderNotice } from '../../src/slack/notices/render-notice.js';
import { blockKitViolations, viewViolations } from '../support/block-kit-limits.js';

const LOCALES = ['zh-CN', 'en'] as const;
const policy = { keyIndustries: ['mining' as const], accidentLookbackDays: 365 };
const longName = '超长名称'.repeat(25); // 100 characters, the most the form allows

function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: 7, name: '某某化工有限公司 <&> “quoted”', creditCode: '914403001922038216', industry: 'mining', town: '城关镇', address: '解放路 1 号', contactName: '张三', contactPhone: '13812345678',
    majorHazardSource: true, licenceHolder: false, tier: 'yellow', override: null, createdAt: '2026-11-30T02:00:00.000Z', createdBy: 'UINSPECT01', updatedAt: '2026-11-30T02:00:00.000Z', ...overrides,
  };
}

function card(o: { unit?: Partial<Unit>; contacts?: number; may?: boolean } = {}): UnitCard {
  const u = unit(o.unit);
  const override = u.override;
  return {
    unit: u,
    evaluation: evaluateTier({ industry: u.industry, openMajorHazards: [{ number: 'YH-2026-0001' }], accidents: [{ date: '2026-06-01', grade: 'larger' }], override }, policy, '2026-11-30'),
    contacts: Array.from({ length: o.contacts ?? 2 }, (_, i) => ({ unitId: 7, userId: `UCONTACT${String(i).padStart(3, '0')}`, linkedBy: 'UINSPECT01', linkedAt: '2026-11-30T02:00:00.000Z' })),
    tierChanges: [
      { unitId: 7, from: 'yellow', to: 'red', reasons: [], byOverride: false, actor: 'system', at: '2026-11-30T02:00:00.000Z' },
      { unitId: 7, from: null, to: 'yellow', reasons: [], byOverride: false, actor: 'UINSPECT01', at: '2026-11-01T02:00:00.000Z' },
    ],
    may: { edit: o.may ?? true, linkContacts: o.may ?? true, overrideTier: o.may ?? true, recordAccident: o.may ?? true },
  };
}

describe.each(LOCALES)('Block Kit builders in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const json = (v: unknown) => JSON.stringify(v);

  it('renders a unit card within limits, with tier, reasons, contacts and the allowed buttons', () => {
    const blocks = unitCardBlocks(i18n, card({ unit: { town: '城关<镇>', override: { tier: 'red', reason: '专项整治', until: '2026-12-31', by: 'ULEADER001' } } }));
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    const text = json(blocks);
    expect(text).toContain(locale === 'zh-CN' ? '🔴 红色（每周一查）' : '🔴 red (inspected weekly)');
    expect(text).toContain(locale === 'zh-CN' ? '有未销号的重大隐患：YH-2026-0001' : 'open major hazard: YH-2026-0001');
    expect(text).toContain(locale === 'zh-CN' ? '2026年12月31日 星期四' : 'Thu 31 Dec 2026');
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '某某化工有限公司 <&> “quoted”' } });
    expect(text).toContain('*片区*\\n城关&lt;镇&gt;'.replace('片区', locale === 'zh-CN' ? '片区' : 'Town/area')); // user text escaped inside mrkdwn
    expect(text).toContain('<@UCONTACT001>');
    const actionIds = blocks.flatMap((b) => ('elements' in b && b.type === 'actions' ? b.elements : [])).map((e) => ('action_id' in e ? e.action_id : ''));
    expect(actionIds).toEqual(['unit_edit', 'unit_link_contact', 'accident_open', 'unit_override_tier', 'unit_clear_override']);
  });

  it('shows no buttons to a person who may not act, and no unlink buttons', () => {
    const blocks = unitCardBlocks(i18n, card({ may: false }));
    expect(json(blocks)).not.toContain('"action_id"');
  });

  it('stays within 50 blocks with very many contacts and the longest name', () => {
    const blocks = unitCardBlocks(i18n, card({ contacts: 200, unit: { name: longName, address: '址'.repeat(200) } }));
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
  });

  it('lists 20 search results and how many more there are, within limits', () => {
    const units = Array.from({ length: 20 }, (_, i) => unit({ id: i + 1, name: `${longName}${i}`, address: '址'.repeat(200) }));
    const blocks = unitSearchBlocks(i18n, '化工', { units, total: 57 });
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    expect(json(blocks.at(-1))).toContain(locale === 'zh-CN' ? '另有 37 个未显示' : '37 more not shown');
  });

  it('builds the modals within view limits', () => {
    const c = card();
    for (const view of [
      unitModal(i18n, { mode: 'register', metadata: { responseUrl: `https://hooks.slack.com/commands/${'x'.repeat(120)}` } }),
      unitModal(i18n, { mode: 'edit', unit: unit({ name: longName }), metadata: { unitId: 7 } }),
      contactLinkModal(i18n, unit(), { unitId: 7 }),
      tierOverrideModal(i18n, { unit: c, metadata: { unitId: 7 } }),
      tierOverrideModal(i18n, { metadata: {} }),
      errorModal(i18n, 'x'.repeat(5000)),
    ]) expect(viewViolations(view as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('prefills the edit modal from the unit, flags included', () => {
    const view = unitModal(i18n, { mode: 'edit', unit: unit(), metadata: { unitId: 7 } });
    const flags = view.blocks.find((b) => b.block_id === 'flags') as { element: { initial_options: { value: string }[] } };
    expect(flags.element.initial_options.map((o) => o.value)).toEqual(['major_hazard_source']);
    expect(JSON.parse(view.private_metadata!)).toEqual({ unitId: 7 });
  });

  it('builds help, roles, App Home and notices within limits', async () => {
    const actor: Actor = { userId: 'U1', roles: new Set(['leader', 'unit_contact']), unitIds: [7] };
    expect(blockKitViolations(helpBlocks(i18n, 'unit', 'x'.repeat(4000)), 'message')).toEqual([]);
    expect(blockKitViolations(rolesBlocks(i18n, { grants: Array.from({ length: 300 }, (_, i) => ({ userId: `U${i}XXXXXXX`, role: 'inspector', grantedBy: 'U1', grantedAt: '' })), configuredAdmins: ['UADMIN0001'] }), 'message')).toEqual([]);
    const home = homeView(i18n, actor, [unit()]);
    expect(viewViolations(home as unknown as Record<string, unknown>)).toEqual([]);
    expect(json(home)).toContain(locale === 'zh-CN' ? '你的角色：领导、单位联系人' : 'Your roles: leader, unit contact');
    const notice = await renderNotice(i18n, { type: 'unit_contact_changed', change: 'linked', unitId: 7, unitName: 'A<B>', by: 'U1' }, { hazardCard: () => Promise.reject(new Error('unused')) });
    expect(notice.text).toContain('A&lt;B&gt;');
    expect(blockKitViolations(notice.blocks!, 'message')).toEqual([]);
  });
});
