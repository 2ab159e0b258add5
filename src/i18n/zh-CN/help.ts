/**
 * zh-CN messages. The language setting (`/anjian lang`) and the help of each command.
 * Merged into zh-CN.ts; en/help.ts must have exactly these keys.
 */
export const zhHelp = {
  'lang.set': '好的，今后用中文和你交流。',
  'lang.current': '当前语言：中文。用 `/anjian lang en` 切换为英文。',
  'lang.unknown': '不认识的语言「{word}」。可用：`zh`（中文）、`en`（English）。',
  'help.unknown_subcommand': '没有「{word}」这个子命令。',
  'help.anjian.title': '/anjian 使用说明',
  'help.anjian.body':
    '`/anjian help` 查看本说明\n`/anjian lang zh` 或 `/anjian lang en` 切换语言\n`/anjian role @某人 检查员` 授予角色（仅管理员）\n`/anjian unrole @某人 检查员` 取消角色（仅管理员）\n`/anjian roles` 查看所有角色（仅管理员）\n`/anjian card 执法证号` 登记自己的执法证号（行政检查需要）\n`/anjian report week|month|quarter|year [期间]` 隐患排查治理统计，如 `/anjian report month 2026-11`、`/anjian report quarter 2026-Q4`（检查员、领导；领导可发布到公示频道）\n`/anjian export hazards|units|inspections|stats [期间]` 导出隐患台账、单位名录、检查记录或季度/年度统计表（.xlsx，私信发送；检查员、领导），如 `/anjian export hazards 2026 open`、`/anjian export stats 2026-Q4`\n`/anjian run digest|escalations|tiers|publicity|stats_reminder` 立即运行每日排期、逾期提醒、等级重算、每周公示或统计报表提醒（仅管理员）\n可授予的角色：admin 管理员、leader 领导、inspector 检查员、expert 专家。单位联系人在单位卡片上关联。',
  'help.unit.title': '/unit 使用说明',
  'help.unit.body':
    '`/unit` 登记新单位\n`/unit 名称、信用代码或地址` 查找单位（最多显示 20 个）\n`/unit tier 名称` 调整单位监管等级（领导）\n`/unit accident 名称` 记录事故（事故等级自动判定，较大及以上事故使单位列为红色）\n`/unit help` 查看本说明\n在单位卡片上可以修改资料、关联或解除单位联系人。',
  'help.hazard.title': '/hazard 使用说明',
  'help.hazard.body':
    '`/hazard` 登记隐患（任何人都可以举报，检查员确认后进入整改）\n`/hazard YH-2026-0001` 查看隐患卡片和你能做的操作\n`/hazard YH-2026-0001 history` 查看处理记录\n`/hazard list` 未销号隐患；`/hazard list mine`、`overdue`、`major`，或 `/hazard list 单位名称`\n每个隐患在隐患频道有一张卡片，按钮随状态变化；轮到你处理时会收到私信。',
  'help.inspect.title': '/inspect 使用说明',
  'help.inspect.body':
    '`/inspect` 安排检查（单位、日期、检查人员、检查方式）\n`/inspect due` 本期应查未查的单位（红色优先、截止早的在前）\n`/inspect mine` 我的检查安排\n`/inspect JC-2026-0001` 记录检查结果或取消；完成后可直接登记发现的隐患\n红色单位每周一查，黄色半月一查，蓝色每月一查；每天早上检查排期频道会收到排期摘要。',
  'help.usage_error': '命令格式不对。',
  'help.role_usage': '用法：`/anjian role @某人 角色`，例如 `/anjian role @张三 检查员`。输入 @ 从列表中选人，让 Slack 把名字变成链接。',
  'help.unrole_usage': '用法：`/anjian unrole @某人 角色`，例如 `/anjian unrole @张三 检查员`。',
  'help.card_usage': '用法：`/anjian card 执法证号`，或管理员用 `/anjian card @某人 执法证号`；`/anjian card -` 清除。',
} as const satisfies Record<string, string>;
