import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = readFileSync(join(ROOT, 'manifest.yml'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const source = sourceFiles(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');

/** The bot scope each Web API method we call needs (Slack's method pages); views.* and auth.test need none. */
const SCOPE_OF: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'conversations.open': 'im:write',
  'views.open': null,
  'views.push': null,
  'views.update': null,
  'views.publish': null,
  'auth.test': null,
  'files.uploadV2': 'files:write',
  'users.info': 'users:read',
};

describe('manifest.yml', () => {
  it('declares the four slash commands with the events URL', () => {
    const commands = [...manifest.matchAll(/- command: (\/\w+)\n\s+url: (\S+)/g)].map((m) => [m[1], m[2]]);
    expect(commands.map(([c]) => c)).toEqual(['/hazard', '/unit', '/inspect', '/anjian']);
    for (const [, url] of commands) expect(url).toMatch(/\/slack\/events$/);
    for (const c of ['/hazard', '/unit', '/inspect', '/anjian']) expect(source).toContain(`app.command('${c}'`);
  });

  it('escapes /anjian so that @mentions arrive as <@U…|name>', () => {
    expect(manifest).toMatch(/- command: \/anjian[\s\S]*?should_escape: true/);
  });

  it('has App Home, app_home_opened, interactivity with the options load URL, and a bot user', () => {
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/bot_events:\n\s+- app_home_opened/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true\n\s+request_url: \S+\/slack\/events\n\s+message_menu_options_url: \S+\/slack\/events/);
    expect(manifest).toMatch(/bot_user:\n\s+display_name: anjian/);
  });

  it('asks for exactly the scopes the code uses', () => {
    const called = new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    for (const method of called) expect(Object.keys(SCOPE_OF), `a scope for ${method}`).toContain(method);
    const needed = new Set(['commands', ...[...called].map((m) => SCOPE_OF[m]).filter((s): s is string => Boolean(s))]);
    if (source.includes("type: 'file_input'")) needed.add('files:read'); // modal file inputs
    if (/op: '(upsert|post|reply)'/.test(source)) needed.add('chat:write.public'); // posts to configured channels
    const declared = [...manifest.matchAll(/^\s+- ([a-z]+(?::[a-z.]+)?)\s+#/gm)].map((m) => m[1]!);
    expect(declared.sort()).toEqual([...needed].sort());
  });
});
