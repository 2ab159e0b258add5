import { describe, expect, it } from 'vitest';
import { configWarnings } from '../../src/config/config-warnings.js';
import { parseConfig } from '../../src/config/config.js';

const BASE = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'abcdef0123456789' };
const ALL_SET = {
  ...BASE, HAZARD_CHANNEL: 'CHAZARD001', SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: 'CLEADER001', PUBLIC_CHANNEL: 'CPUBLIC001',
  OFFICE_NAME: '某某镇应急管理办公室', DOC_NUMBER_PREFIX: '某', RECONSIDERATION_BODY: '某某县人民政府', COURT: '某某县人民法院',
};

describe(configWarnings.name, () => {
  it('says nothing when every channel and the office are set', () => {
    expect(configWarnings(parseConfig(ALL_SET))).toEqual([]);
  });

  it.each(['HAZARD_CHANNEL', 'SCHEDULE_CHANNEL', 'LEADER_CHANNEL', 'PUBLIC_CHANNEL'])('names %s when it is unset, with how to set it', (name) => {
    const warnings = configWarnings(parseConfig({ ...ALL_SET, [name]: '' }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${name} is not set: `));
    expect(warnings[0]).toContain('/invite @anjian');
  });

  it.each(['OFFICE_NAME', 'DOC_NUMBER_PREFIX', 'RECONSIDERATION_BODY', 'COURT'])('names %s when it is unset', (name) => {
    const warnings = configWarnings(parseConfig({ ...ALL_SET, [name]: ' ' }));
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^${name} is not set: `))]);
  });

  it('lists every unset setting on a first install, channels first', () => {
    const names = configWarnings(parseConfig(BASE)).map((w) => w.split(' ')[0]);
    expect(names).toEqual(['HAZARD_CHANNEL', 'SCHEDULE_CHANNEL', 'LEADER_CHANNEL', 'PUBLIC_CHANNEL', 'OFFICE_NAME', 'DOC_NUMBER_PREFIX', 'RECONSIDERATION_BODY', 'COURT']);
  });
});
