import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The end-to-end tests start the real app process from dist/: build it once, the way `npm start` does. */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
