import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { startApp, type AppProcess } from './app-process.js';
import { FakeSlack, waitFor } from './fake-slack.js';
import { SIGNING_SECRET, slashCommand, SlackSender, viewSubmission } from './slack-requests.js';
import { SlackUser } from './slack-ui.js';

export const OFFICE_ADMIN = 'UADMIN0001';
export const OFFICE_UNIT = '为民超市';

/** A running app with its fake Slack, its database, and one registered unit with a linked contact. */
export interface E2eOffice {
  readonly fake: FakeSlack;
  readonly app: AppProcess;
  readonly slack: SlackSender;
  readonly db: Knex;
  readonly unitId: number;
  /** The person who plays a Slack user (one per id). */
  as(user: string): SlackUser;
  /** Stops the app (resolves with its exit code), the database and the fake. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built app against a fake Slack with a fresh SQLite file, gives the roles by `/anjian role` as the admin,
 * and has `registrar` register the unit 为民超市 by its modal and link `contact` as its contact — the office most
 * end-to-end tests begin with. `prepare` runs on the fake before the app starts (e.g. people for users.info).
 */
export async function startOffice(o: {
  readonly name: string;
  readonly roles: readonly (readonly [string, 'leader' | 'inspector' | 'expert'])[];
  readonly registrar: string;
  readonly contact: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly prepare?: (fake: FakeSlack) => void;
  /** Enforcement-card numbers the admin records with `/anjian card @someone <number>` (orders need two card holders). */
  readonly cards?: readonly (readonly [string, string])[];
}): Promise<E2eOffice> {
  const fake = await new FakeSlack().start();
  o.prepare?.(fake);
  const file = join(mkdtempSync(join(tmpdir(), `anjian-${o.name}-`)), 'a.sqlite');
  const app = await startApp({
    SLACK_BOT_TOKEN: `xoxb-${o.name}`, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${file}`, ADMIN_USER_IDS: OFFICE_ADMIN,
    ...o.env,
  });
  const slack = new SlackSender(app.url);
  const db = knexFactory({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
  for (const [user, role] of o.roles) {
    await slack.command(slashCommand({ command: '/anjian', text: `role <@${user}> ${role}`, user: OFFICE_ADMIN, responseUrl: fake.responseUrl(`role-${user}`) }));
    await waitFor(() => fake.responses.find((r) => r.id === `role-${user}`));
  }
  for (const [user, card] of o.cards ?? []) {
    await slack.command(slashCommand({ command: '/anjian', text: `card <@${user}> ${card}`, user: OFFICE_ADMIN, responseUrl: fake.responseUrl(`card-${user}`) }));
    await waitFor(() => fake.responses.find((r) => r.id === `card-${user}`));
  }
  const values = {
    name: { text: { value: OFFICE_UNIT } }, credit_code: { text: { value: '91110108551385082Q' } }, industry: { select: { selected_option: { value: 'commerce' } } },
    town: { text: { value: '北关街道' } }, address: { text: { value: '人民路 1 号' } }, contact_name: { text: { value: '刘店长' } }, contact_phone: { text: { value: '13912345678' } },
  };
  await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: o.registrar, values }));
  const unitId = (await waitFor(() => db('unit').first())).id as number;
  await slack.interactive(viewSubmission({ callbackId: 'contact_link', user: o.registrar, privateMetadata: JSON.stringify({ unitId }), values: { users: { users: { selected_users: [o.contact] } } } }));
  await waitFor(async () => (await db('unit_contact')).length === 1);
  const people: Record<string, SlackUser> = {};
  return {
    fake, app, slack, db, unitId,
    as: (user) => (people[user] ??= new SlackUser(user, slack, fake)),
    stop: async () => {
      await db.destroy();
      const code = await app.stop();
      await fake.stop();
      return code;
    },
  };
}
