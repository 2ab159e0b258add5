import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The end-to-end tests start the real app process from dist/: build it first, the way `npm start` does. */
export default function setup(): void {
  if (process.env.ANJIAN_SKIP_BUILD === '1') return; // while iterating on tests that do not start the process
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build-if-needed.mjs')], { cwd: root, stdio: 'inherit' });
}
