// `npm start` runs this first: compile src/ and migrations/ into dist/ when dist/ is missing or older than the
// sources, so a fresh clone starts with `npm install && npm start`. Plain JavaScript: it must run before any build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};

const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'migrations')), newest(join(root, 'tsconfig.json')), newest(join(root, 'tsconfig.build.json')));
// tsc skips writing unchanged outputs, so a stamp written after each build says when dist/ was last brought up to date.
const stamp = join(root, 'dist/.build-stamp');
const built = existsSync(join(root, 'dist/src/main.js')) ? newest(stamp) : 0;
if (built >= sources) process.exit(0);

let tsc;
try {
  tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
} catch {
  process.stderr.write('dist/ is missing or older than src/, and TypeScript is not installed: run `npm install` (with dev dependencies) first.\n');
  process.exit(1);
}
process.stdout.write('building dist/ …\n');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, `${new Date().toISOString()}\n`);
