import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { DbOutboxStore } from '../../src/db/db-outbox-store.js';
import type { Db } from '../../src/db/knex.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { enqueueOutbox } from '../../src/db/repositories/outbox.repository.js';
import { setUserLocale } from '../../src/db/repositories/user-setting.repository.js';
import { createLogger } from '../../src/logger.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';
import { OutboxDispatcher } from '../../src/slack/outbox-dispatcher.js';
import { renderNotice } from '../../src/slack/notices/render-notice.js';
import { createI18n } from '../../src/i18n/index.js';
import { FakeSlack } from '../support/fake-slack.js';
import { DIALECTS, migratedDb, sqliteFile } from '../support/test-db.js';

const logs: string[] = [];
const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });

function dispatcherFor(db: Db, fake: FakeSlack): OutboxDispatcher {
  return new OutboxDispatcher({
    store: new DbOutboxStore(db), clock: systemClock, logger, channelLocale: 'zh-CN', timezone: 'Asia/Shanghai',
    localeOf: async (user) => ((await db('user_setting').where({ user_id: user }).first())?.locale ?? 'zh-CN'),
    render: (notice, locale) => renderNotice(createI18n(locale, 'Asia/Shanghai'), notice, { hazardCard: () => Promise.reject(new Error('no hazards in these tests')) }),
    client: new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 5000 }),
    pollIntervalMs: 50,
  });
}

const granted = (user: string, key = `k-${user}`): OutboxMessage => ({ key, delivery: { op: 'dm', user }, notice: { type: 'role_changed', change: 'granted', role: 'inspector', by: 'UADMIN0001' } });
const toChannel = (key: string, op: 'post' | 'upsert' | 'reply', ref = 'unit:1:card'): OutboxMessage => ({
  key, delivery: op === 'post' ? { op, channel: 'CHAZARD01' } : { op, channel: 'CHAZARD01', ref }, notice: { type: 'unit_contact_changed', change: 'linked', unitId: 1, unitName: `消息${key}`, by: 'UINSPECT01' },
});
const statusOf = async (db: Db) => (await db('outbox').orderBy('id')).map((r) => [r.idempotency_key, r.status]);

describe.each(DIALECTS)('OutboxDispatcher on %s', (dialect) => {
  let fake: FakeSlack;
  let db: Db;
  let close: () => Promise<void>;
  beforeEach(async () => {
    fake = await new FakeSlack().start();
    ({ db, close } = await migratedDb(dialect));
  });
  afterEach(async () => {
    await close();
    await fake.stop();
  });

  it('delivers a DM in the recipient’s language, opening the DM once and remembering it', async () => {
    await setUserLocale(db, 'UENGLISH01', 'en', new Date());
    await enqueueOutbox(db, granted('UENGLISH01', 'a'), new Date());
    await enqueueOutbox(db, granted('UENGLISH01', 'b'), new Date());
    await enqueueOutbox(db, granted('UCHINESE01', 'c'), new Date());
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(fake.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['UENGLISH01', 'UCHINESE01']);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.map((c) => c.args.channel).sort()).toEqual(['DCHINESE01', 'DENGLISH01', 'DENGLISH01']);
    const english = posts.find((c) => c.args.channel === 'DENGLISH01')!;
    const chinese = posts.find((c) => c.args.channel === 'DCHINESE01')!;
    expect(english.args.text).toBe('<@UADMIN0001> gave you the inspector role. You can register units, confirm reported hazards, issue rectification orders, assign and record inspections, and re-inspect.');
    expect(chinese.args.text).toMatch(/^<@UADMIN0001> 授予你「检查员」角色。/);
    const posts0 = posts[0]!;
    expect(posts0.auth).toBe('Bearer xoxb-test');
    const row = await db('outbox').where({ idempotency_key: 'a' }).first();
    expect(row).toMatchObject({ status: 'sent', result_channel: 'DENGLISH01', attempts: 1 });
    expect(row.result_ts).toMatch(/^\d+\.\d+$/);
  });

  it('honours Retry-After on 429, backs off on 500, and then sends each message exactly once, in order', async () => {
    fake.script('chat.postMessage', { status: 429, retryAfter: 1 }, { status: 500 });
    await enqueueOutbox(db, toChannel('first', 'post'), new Date());
    await enqueueOutbox(db, toChannel('second', 'post'), new Date());
    const sut = dispatcherFor(db, fake);
    const started = Date.now();
    expect(await sut.drain()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await sut.drain()).toEqual({ sent: 0, retrying: 0, failed: 0 }); // paused: Slack said wait 1 s
    await new Promise((r) => setTimeout(r, 1050));
    expect(await sut.drain()).toEqual({ sent: 0, retrying: 1, failed: 0 }); // the 500
    await new Promise((r) => setTimeout(r, 1050)); // backoff after the first counted failure: 1 s
    expect(await sut.drain()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const texts = fake.callsTo('chat.postMessage').map((c) => c.args.text);
    expect(texts).toHaveLength(4);
    expect(texts.slice(2)).toEqual([expect.stringContaining('消息first'), expect.stringContaining('消息second')]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(await statusOf(db)).toEqual([['first', 'sent'], ['second', 'sent']]);
    expect((await db('outbox').where({ idempotency_key: 'first' }).first()).attempts).toBe(2); // the 429 is a wait, not a failure
    expect(await sut.drain()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(4);
  });

  it('stores the same key only once', async () => {
    expect(await enqueueOutbox(db, granted('U1', 'same'), new Date())).toBe(true);
    expect(await enqueueOutbox(db, granted('U1', 'same'), new Date())).toBe(false);
    expect(await db('outbox')).toHaveLength(1);
  });

  it('records a permanent Slack error and goes on with the next message of the lane', async () => {
    fake.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await enqueueOutbox(db, toChannel('lost', 'post'), new Date());
    await enqueueOutbox(db, toChannel('next', 'post'), new Date());
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 1, retrying: 0, failed: 1 });
    expect(await statusOf(db)).toEqual([['lost', 'failed'], ['next', 'sent']]);
    expect((await db('outbox').where({ idempotency_key: 'lost' }).first()).last_error).toBe('channel_not_found');
    expect(logs.some((l) => l.includes('failed for good: channel_not_found'))).toBe(true);
  });

  it('posts an upsert once, then updates that message, and threads replies under it', async () => {
    await enqueueOutbox(db, toChannel('card-1', 'upsert'), new Date());
    await enqueueOutbox(db, toChannel('reply-1', 'reply'), new Date());
    await enqueueOutbox(db, toChannel('card-2', 'upsert'), new Date());
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 3, retrying: 0, failed: 0 });
    const [post, reply] = fake.callsTo('chat.postMessage');
    const ts = (await db('slack_message').where({ ref: 'unit:1:card' }).first()).ts;
    expect(post!.args).toMatchObject({ channel: 'CHAZARD01' });
    expect(reply!.args).toMatchObject({ channel: 'CHAZARD01', thread_ts: ts });
    expect(fake.callsTo('chat.update').map((c) => c.args)).toMatchObject([{ channel: 'CHAZARD01', ts, text: expect.stringContaining('消息card-2') }]);
  });

  it('fails a reply whose parent message was never posted', async () => {
    await enqueueOutbox(db, toChannel('orphan', 'reply', 'unit:404:card'), new Date());
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('lets two dispatchers (two instances) drain one outbox without sending anything twice', async () => {
    for (let i = 0; i < 12; i++) await enqueueOutbox(db, granted(`UPERSON${String(i).padStart(3, '0')}`), new Date());
    await Promise.all([dispatcherFor(db, fake).drain(), dispatcherFor(db, fake).drain()]);
    const channels = fake.callsTo('chat.postMessage').map((c) => c.args.channel);
    expect(channels).toHaveLength(12);
    expect(new Set(channels).size).toBe(12);
  });

  it('retries a message whose sender crashed mid-send once its lease has run out', async () => {
    await enqueueOutbox(db, granted('UCRASHED01'), new Date());
    await db('outbox').update({ status: 'sending', attempts: 1, locked_until: new Date(Date.now() + 60_000).toISOString() });
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await db('outbox').update({ locked_until: new Date(Date.now() - 1).toISOString() });
    expect(await dispatcherFor(db, fake).drain()).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });
});

describe('OutboxDispatcher across a restart', () => {
  it('delivers what was committed before a crash, after the next start', async () => {
    const fake = await new FakeSlack().start();
    const file = sqliteFile();
    const before = file.open();
    await migrateToLatest(before);
    await before.transaction(async (trx) => enqueueOutbox(trx, granted('UAFTERCRASH'), new Date()));
    await before.destroy(); // the process dies before its dispatcher ran
    const after = file.open();
    const sut = dispatcherFor(after, fake);
    sut.start();
    try {
      await expect.poll(async () => (await after('outbox').first()).status, { timeout: 5000 }).toBe('sent');
      expect(fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DAFTERCRASH']);
    } finally {
      await sut.stop();
      await after.destroy();
      await fake.stop();
    }
  });
});
