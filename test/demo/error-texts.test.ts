import { describe, expect, it } from 'vitest';
import { errorTextMatcher } from '../../src/demo/error-texts.js';

/** The demo fails a step when the app answers with one of its error messages: it must know them, and only them. */
describe('errorTextMatcher', () => {
  const isError = errorTextMatcher();

  it.each([
    '你没有权限做这件事，需要以下角色之一：管理员、领导。请联系管理员。',
    'You are not allowed to do this; it needs one of these roles: admin, leader. Ask an admin.',
    '找不到这个隐患。请检查编号，例如 YH-2026-0001。',
    '整改期限不能早于发现日期。',
  ])('recognises the app’s error message %s', (text) => {
    expect(isError(text)).toBe(true);
  });

  it.each([
    '已登记隐患 YH-2026-0001。',
    'Registered hazard YH-2026-0001.',
    '已运行「每日排期」：单位 3 家、即将截止 2 家。',
    '未能完成', // the error modal's title is not a message
    '',
  ])('does not take %j for an error', (text) => {
    expect(isError(text)).toBe(false);
  });
});
