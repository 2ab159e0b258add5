/**
 * zh-CN messages. The industries a unit belongs to.
 * Merged into zh-CN.ts; en/industries.ts must have exactly these keys.
 */
export const zhIndustries = {
  'industry.mining': '矿山',
  'industry.hazardous_chemicals': '危险化学品',
  'industry.fireworks': '烟花爆竹',
  'industry.civil_explosives': '民用爆炸物品',
  'industry.construction': '建筑施工',
  'industry.metal_smelting': '金属冶炼',
  'industry.road_transport': '道路运输',
  'industry.urban_gas': '城镇燃气',
  'industry.industry_trade': '工贸',
  'industry.commerce': '商贸',
  'industry.crowded_venue': '人员密集场所',
  'industry.community': '城市社区',
  'industry.rural': '农村',
  'industry.other': '其他',
} as const satisfies Record<string, string>;
