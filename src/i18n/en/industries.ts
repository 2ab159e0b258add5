import type { zhIndustries } from '../zh-CN/industries.js';

/**
 * English messages. The industries a unit belongs to.
 * Exactly the keys of zh-CN/industries.ts.
 */
export const enIndustries: Record<keyof typeof zhIndustries, string> = {
  'industry.mining': 'Mining',
  'industry.hazardous_chemicals': 'Hazardous chemicals',
  'industry.fireworks': 'Fireworks',
  'industry.civil_explosives': 'Civil explosives',
  'industry.construction': 'Construction',
  'industry.metal_smelting': 'Metal smelting',
  'industry.road_transport': 'Road transport',
  'industry.urban_gas': 'Urban gas',
  'industry.industry_trade': 'Industry and trade',
  'industry.commerce': 'Commerce',
  'industry.crowded_venue': 'Crowded venue',
  'industry.community': 'Urban community',
  'industry.rural': 'Rural',
  'industry.other': 'Other',
};
