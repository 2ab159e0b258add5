import type { Config } from '../config/config.js';

/**
 * The channels a job can be unable to do without: the variable that sets each, and the summary key that tells an
 * admin it is missing (the Slack layer renders `noScheduleChannel`/`noPublicChannel`).
 */
export const JOB_CHANNELS = {
  schedule: { variable: 'SCHEDULE_CHANNEL', missing: 'noScheduleChannel' },
  public: { variable: 'PUBLIC_CHANNEL', missing: 'noPublicChannel' },
} as const;
export type JobChannel = keyof typeof JOB_CHANNELS;
export type JobChannelVariable = (typeof JOB_CHANNELS)[JobChannel]['variable'];

/**
 * The id of a channel a job posts to. The runner does not start a job whose channel is unset (JobDefinition.channel),
 * so this throws only if a job is run without the runner's check; the throw rolls back and leaves the slot free.
 */
export function requiredChannel(config: Pick<Config, 'channels'>, channel: JobChannel): string {
  const id = config.channels[channel];
  if (!id) throw new Error(`${JOB_CHANNELS[channel].variable} is not set`);
  return id;
}
