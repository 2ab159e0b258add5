import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { anjianCommand } from './anjian.command.js';
import { comingSoonCommand } from './coming-soon.command.js';
import { unitCommand } from './unit.command.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/anjian', anjianCommand(deps));
  app.command('/unit', unitCommand(deps));
  app.command('/hazard', comingSoonCommand('hazard'));
  app.command('/inspect', comingSoonCommand('inspect'));
}
