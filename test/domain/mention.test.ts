import { describe, expect, it } from 'vitest';
import { decodeSlackEntities, parseUserMention, splitCommandText } from '../../src/domain/mention.js';

describe(parseUserMention.name, () => {
  it.each([
    ['<@U123ABC|zhang san>', 'U123ABC'],
    ['<@U123ABC>', 'U123ABC'],
    ['<@U0123456789|张三>', 'U0123456789'],
    ['<@W0ENTERPRISE1>', 'W0ENTERPRISE1'],
    ['<@W012ABC|li.si>', 'W012ABC'],
    ['<@U123ABC|>', 'U123ABC'],
    ['  <@U123ABC>  ', 'U123ABC'],
  ])('reads %j as the user id %s', (word, id) => {
    expect(parseUserMention(word)).toBe(id);
  });

  it.each([
    ['a plain @name', '@zhang'],
    ['a bare user id', 'U123'],
    ['a channel link', '<#C123|general>'],
    ['an unclosed mention', '<@U123'],
    ['an empty string', ''],
    ['a user group', '<!subteam^S0123ABC|@safety>'],
    ['a special mention', '<!here>'],
    ['a lower-case id', '<@u123abc>'],
    ['a channel id in a user mention', '<@C123ABC>'],
    ['a mention followed by text', '<@U123ABC>x'],
    ['a URL', '<https://example.com|example>'],
  ])('rejects %s (%j)', (_label, word) => {
    expect(parseUserMention(word)).toBeUndefined();
  });
});

describe(splitCommandText.name, () => {
  it.each([
    ['keeps a mention with spaces whole', 'role <@U1ABC|Zhang San> inspector', ['role', '<@U1ABC|Zhang San>', 'inspector']],
    ['keeps a mention without a name', 'unrole <@U1ABC> admin', ['unrole', '<@U1ABC>', 'admin']],
    ['keeps a Chinese mention', 'role <@U1ABC|张 三> 检查员', ['role', '<@U1ABC|张 三>', '检查员']],
    ['splits a mention glued to a word', 'role<@U1ABC>admin', ['role', '<@U1ABC>', 'admin']],
    ['ignores extra whitespace', '   role \t  <@U1ABC|Zhang San>\n  inspector   ', ['role', '<@U1ABC|Zhang San>', 'inspector']],
    ['decodes &amp;', 'R&amp;D', ['R&D']],
    ['decodes &lt; and &gt;', '&lt;b&gt; a&gt;b', ['<b>', 'a>b']],
    ['decodes &amp;lt; only once', '&amp;lt;', ['&lt;']],
    ['returns no words for empty text', '', []],
    ['returns no words for blank text', '   \n\t ', []],
    ['splits ordinary words', 'unit 某某化工 城关镇', ['unit', '某某化工', '城关镇']],
  ])('%s', (_label, text, words) => {
    expect(splitCommandText(text)).toEqual(words);
  });
});

describe(decodeSlackEntities.name, () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;&gt;', '<>'],
    ['&amp;gt;', '&gt;'],
    ['no entities', 'no entities'],
  ])('decodes %j to %j', (text, expected) => {
    expect(decodeSlackEntities(text)).toBe(expected);
  });
});
