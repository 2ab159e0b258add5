import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../src/demo/app-process.js';

export { freePort };

const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = resolve(ROOT, 'dist/src/main.js');

export interface AppProcess {
  readonly proc: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** Runs the built app (`node dist/src/main.js`, what `npm start` runs) with exactly this environment. */
export function spawnApp(env: Record<string, string>, cwd: string = ROOT): AppProcess & { port: number } {
  const port = Number(env.PORT ?? 0);
  const proc = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)));
  return {
    proc, port, url: `http://127.0.0.1:${port}`, exited,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Starts the app and waits until GET /healthz answers 200. */
export async function startApp(env: Record<string, string>, cwd?: string): Promise<AppProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const app = spawnApp({ ...env, PORT: String(port) }, cwd);
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (app.proc.exitCode !== null) throw new Error(`app exited with ${app.proc.exitCode}:\n${app.output()}`);
    try {
      const res = await fetch(`${app.url}/healthz`);
      if (res.status === 200) return app;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await app.stop('SIGKILL');
      throw new Error(`app did not become healthy:\n${app.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
