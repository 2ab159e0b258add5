import type { zhHelp } from '../zh-CN/help.js';

/**
 * English messages. The language setting (`/anjian lang`) and the help of each command.
 * Exactly the keys of zh-CN/help.ts.
 */
export const enHelp: Record<keyof typeof zhHelp, string> = {
  'lang.set': 'OK, I will use English with you from now on.',
  'lang.current': 'Current language: English. Use `/anjian lang zh` to switch to Chinese.',
  'lang.unknown': 'I don’t know the language “{word}”. Available: `zh` (中文), `en` (English).',
  'help.unknown_subcommand': 'There is no “{word}” subcommand.',
  'help.anjian.title': '/anjian help',
  'help.anjian.body':
    '`/anjian help` shows this help\n`/anjian lang zh` or `/anjian lang en` switches your language\n`/anjian role @someone inspector` gives a role (admins)\n`/anjian unrole @someone inspector` takes a role away (admins)\n`/anjian roles` lists everyone’s roles (admins)\n`/anjian card <number>` records your enforcement-card number (needed for administrative inspections)\n`/anjian report week|month|quarter|year [period]` the office figures, e.g. `/anjian report month 2026-11`, `/anjian report quarter 2026-Q4` (inspectors, leaders; leaders can post them to the public channel)\n`/anjian export hazards|units|inspections|stats [period]` exports the hazard ledger, the unit register, the inspection records or the quarterly/annual statistics table (.xlsx, sent to you as a DM; inspectors, leaders), e.g. `/anjian export hazards 2026 open`, `/anjian export stats 2026-Q4`\n`/anjian run digest|escalations|tiers|publicity|stats_reminder` runs the daily schedule, escalations, tier recompute, weekly publicity or statistics reminder now (admins)\nRoles you can give: admin, leader, inspector, expert. Unit contacts are linked on the unit’s card.',
  'help.unit.title': '/unit help',
  'help.unit.body':
    '`/unit` registers a new unit\n`/unit name, credit code or address` finds units (up to 20 shown)\n`/unit tier name` overrides a unit’s tier (leaders)\n`/unit accident name` records an accident (graded automatically; larger or worse makes the unit red)\n`/unit help` shows this help\nOn a unit’s card you can edit it and link or unlink its contacts.',
  'help.hazard.title': '/hazard help',
  'help.hazard.body':
    '`/hazard` reports a hazard (anyone may; an inspector confirms it)\n`/hazard YH-2026-0001` shows its card with the actions you may take\n`/hazard YH-2026-0001 history` shows what happened to it\n`/hazard list` open hazards; `/hazard list mine`, `overdue`, `major`, or `/hazard list <unit name>`\nEach hazard has a card in the hazard channel whose buttons follow its state; you get a DM when it is your turn.',
  'help.inspect.title': '/inspect help',
  'help.inspect.body':
    '`/inspect` assigns an inspection (units, day, inspectors, visit type)\n`/inspect due` units due this period and not yet inspected (red first, soonest end first)\n`/inspect mine` my planned inspections\n`/inspect JC-2026-0001` records the result or cancels it; hazards found can then be registered from it\nRed units are inspected weekly, yellow every half month, blue monthly; the schedule channel gets a digest every morning.',
  'help.usage_error': 'That command is not in the right form.',
  'help.role_usage': 'Usage: `/anjian role @someone role`, e.g. `/anjian role @Zhang inspector`. Type @ and pick the person from the list so Slack turns the name into a link.',
  'help.unrole_usage': 'Usage: `/anjian unrole @someone role`, e.g. `/anjian unrole @Zhang inspector`.',
  'help.card_usage': 'Usage: `/anjian card <number>`, or for admins `/anjian card @someone <number>`; `/anjian card -` clears it.',
};
