import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.js';
import { parseContactLinkForm } from '../../src/slack/forms/contact-link.form.js';
import { parseTierOverrideForm } from '../../src/slack/forms/tier-override.form.js';
import { parseUnitForm } from '../../src/slack/forms/unit.form.js';
import { decodeMetadata, encodeMetadata } from '../../src/slack/metadata.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const text = (value: unknown) => ({ text: { type: 'plain_text_input', value } });

describe(parseUnitForm.name, () => {
  const good = {
    name: text('  安康物流有限公司 '), credit_code: text('91110000802100433b'), industry: { select: { type: 'static_select', selected_option: { value: 'road_transport' } } },
    town: text('北关街道'), address: text('物流园 3 号'), contact_name: text('赵六'), contact_phone: text('0571-88886666'),
    flags: { checkboxes: { type: 'checkboxes', selected_options: [{ value: 'licence_holder' }, { value: 'made_up' }] } },
  };

  it('turns Slack’s state values into a clean unit', () => {
    expect(parseUnitForm(zh, good)).toEqual({
      ok: true,
      value: { name: '安康物流有限公司', creditCode: '91110000802100433B', industry: 'road_transport', town: '北关街道', address: '物流园 3 号', contactName: '赵六', contactPhone: '0571-88886666', majorHazardSource: false, licenceHolder: true },
    });
  });

  it.each([
    ['zh-CN', zh, { credit_code: '第 18 位「I」不能出现在信用代码中（不使用 I、O、S、V、Z）。', industry: '请从列表中选择行业。' }],
    ['en', en, { credit_code: 'Character 18 “I” cannot appear in a credit code (I, O, S, V and Z are not used).', industry: 'Choose an industry from the list.' }],
  ])('says what is wrong in %s, one message per field', (_locale, i18n, errors) => {
    const bad = { ...good, credit_code: text('91110000802100433I'), industry: { select: { selected_option: { value: 'banking' } } } };
    expect(parseUnitForm(i18n, bad)).toEqual({ ok: false, errors });
  });

  it('survives a missing state and values of the wrong type', () => {
    const result = parseUnitForm(zh, undefined);
    expect(result.ok).toBe(false);
    expect(Object.keys((result as { errors: object }).errors).sort()).toEqual(['address', 'contact_name', 'contact_phone', 'credit_code', 'industry', 'name', 'town']);
    expect(parseUnitForm(zh, { ...good, name: text(['array']), flags: { checkboxes: { selected_options: 'nope' } } })).toMatchObject({ ok: false, errors: { name: '请填写此项。' } });
  });
});

describe(parseTierOverrideForm.name, () => {
  const values = (o: { unit?: string; tier?: string | null; reason?: string; until?: string | null }) => ({
    unit: { unit_pick: { type: 'external_select', selected_option: o.unit ? { value: o.unit } : null } },
    tier: { radio: { type: 'radio_buttons', selected_option: o.tier ? { value: o.tier } : null } },
    reason: text(o.reason ?? ''),
    until: { date: { type: 'datepicker', selected_date: o.until ?? null } },
  });

  it('takes the unit from the card, or from the type-ahead', () => {
    expect(parseTierOverrideForm(zh, values({ tier: 'red', reason: ' 专项 ' }), 7)).toEqual({ ok: true, value: { unitId: 7, tier: 'red', reason: '专项', until: null } });
    expect(parseTierOverrideForm(zh, values({ unit: '12', tier: 'blue', reason: 'x', until: '2027-01-31' }), undefined)).toEqual({ ok: true, value: { unitId: 12, tier: 'blue', reason: 'x', until: '2027-01-31' } });
  });

  it('reports each missing or malformed field', () => {
    expect(parseTierOverrideForm(en, values({ unit: 'abc', tier: 'purple', reason: 'r'.repeat(501), until: '2027-02-30' }), undefined)).toEqual({
      ok: false,
      errors: { unit: 'Choose a unit.', tier: 'Please fill this in.', reason: 'At most 500 characters.', until: 'Choose a valid date.' },
    });
  });
});

describe(parseContactLinkForm.name, () => {
  it('keeps distinct, well-formed user ids and refuses none or too many', () => {
    const users = (ids: unknown[]) => ({ users: { users: { type: 'multi_users_select', selected_users: ids } } });
    expect(parseContactLinkForm(zh, users(['U1AAAAAA', 'U1AAAAAA', 'bogus', 42]))).toEqual({ ok: true, value: { userIds: ['U1AAAAAA'] } });
    expect(parseContactLinkForm(zh, users([]))).toEqual({ ok: false, errors: { users: '请至少选择一个人。' } });
    expect(parseContactLinkForm(en, users(Array.from({ length: 11 }, (_, i) => `U${i}AAAAAA`)))).toEqual({ ok: false, errors: { users: 'Choose at most 10 people at a time.' } });
  });
});

describe('view metadata', () => {
  it('round-trips ids and the response_url, and ignores anything malformed', () => {
    const m = { unitId: 3, responseUrl: 'https://hooks.slack.com/commands/T1/2/abc' };
    expect(decodeMetadata(encodeMetadata(m))).toEqual(m);
    for (const bad of [undefined, '', 'not json', '{"unitId":-1}', '{"unitId":"3"}', '{"responseUrl":"javascript:alert(1)"}']) expect(decodeMetadata(bad)).toEqual({});
  });
});
