import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { anjianCommand } from './anjian.command.js';
import { hazardCommand } from './hazard.command.js';
import { inspectCommand } from './inspect.command.js';
import { unitCommand } from './unit.command.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/anjian', anjianCommand(deps));
  app.command('/unit', unitCommand(deps));
  app.command('/hazard', hazardCommand(deps));
  app.command('/inspect', inspectCommand(deps));
}
