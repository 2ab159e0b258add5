import type { Config } from './config.js';

type ChannelName = keyof Config['channels'];

/** What each channel carries, and what happens while it is unset (said at every start until it is set). */
const CHANNELS: Readonly<Record<ChannelName, { readonly variable: string; readonly without: string }>> = {
  hazard: { variable: 'HAZARD_CHANNEL', without: 'hazards are registered but no hazard card is posted' },
  schedule: { variable: 'SCHEDULE_CHANNEL', without: 'the morning digest and the statistics reminder wait (their slot stays free and runs once it is set)' },
  leader: { variable: 'LEADER_CHANNEL', without: 'escalations for leaders go to them by direct message instead' },
  public: { variable: 'PUBLIC_CHANNEL', without: 'the weekly publicity waits (its week stays free and runs once it is set)' },
};

const OFFICE: Readonly<Record<keyof Config['office'], { readonly variable: string; readonly without: string }>> = {
  name: { variable: 'OFFICE_NAME', without: 'documents leave the issuing office blank' },
  numberPrefix: { variable: 'DOC_NUMBER_PREFIX', without: 'document numbers leave the prefix blank: （  ）应急责改〔2026〕1号' },
  reconsiderationBody: { variable: 'RECONSIDERATION_BODY', without: 'rectification orders leave the body for administrative reconsideration blank' },
  court: { variable: 'COURT', without: 'rectification orders leave the court blank' },
};

/**
 * The settings a first install is likely to have left out, one line each, logged as warnings at every start: an unset
 * channel (and how to set it: the channel's ID, and `/invite @anjian` there) and the office's identity on documents.
 */
export function configWarnings(config: Pick<Config, 'channels' | 'office'>): string[] {
  const channels = (Object.keys(CHANNELS) as ChannelName[])
    .filter((c) => !config.channels[c])
    .map((c) => `${CHANNELS[c].variable} is not set: ${CHANNELS[c].without}. Set it to the channel's ID (channel details → About) and /invite @anjian in that channel.`);
  const office = (Object.keys(OFFICE) as (keyof Config['office'])[])
    .filter((k) => !config.office[k])
    .map((k) => `${OFFICE[k].variable} is not set: ${OFFICE[k].without}.`);
  return [...channels, ...office];
}
