/**
 * zh-CN messages. Supervision tiers: names, inspection cadences, why a unit has its tier, overrides and changes.
 * Merged into zh-CN.ts; en/tiers.ts must have exactly these keys.
 */
export const zhTiers = {
  'tier.red': '红色',
  'tier.yellow': '黄色',
  'tier.blue': '蓝色',

  'tier.cadence.red': '每周一查',
  'tier.cadence.yellow': '半月一查',
  'tier.cadence.blue': '每月一查',

  'tier.label': '{emoji} {tier}（{cadence}）',

  'tier.reason.open_major_hazard': '有未销号的重大隐患：{numbers}',
  'tier.reason.serious_accident': '{date}发生{grade}事故',
  'tier.reason.key_industry': '属于重点行业：{industry}',
  'tier.reason.recent_accident': '{date}发生{grade}事故（近期发生过事故的单位不列为蓝色）',
  'tier.reason.baseline': '非重点行业，无重大隐患，近期未发生事故',

  'tier.override': '领导调整：{reason}（{until}）',
  'tier.override_until': '至 {date}',
  'tier.override_open': '直至取消',
  'tier.rule_tier': '按规则应为{tier}',
  'tier.change': '{date}：{from} → {to}',
  'tier.change_first': '{date}：登记为{to}',
} as const satisfies Record<string, string>;
