import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

/** The built app, exactly what `npm start` runs (dist/src/main.js, next to this file's folder). */
export const APP_MAIN = fileURLToPath(new URL('../main.js', import.meta.url));

export interface DemoApp {
  readonly url: string;
  /** Undefined while running; how it ended once it has. */
  exit(): string | undefined;
  /** Everything it wrote (stdout and stderr). */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the app as a child process with exactly this environment (and PATH), and waits until /healthz answers. */
export async function startDemoApp(env: Record<string, string>, cwd: string): Promise<DemoApp> {
  const port = await freePort();
  const proc: ChildProcess = spawn(process.execPath, [APP_MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let ended: string | undefined;
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  // Never leave the app running behind the demo, whatever ends the demo (an error, Ctrl-C, a closed pipe).
  const orphanGuard = () => proc.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code, signal) => {
    ended = code !== null ? `exit code ${code}` : `signal ${signal}`;
    process.off('exit', orphanGuard);
    resolve(code);
  }));
  const app: DemoApp = {
    url: `http://127.0.0.1:${port}`,
    exit: () => ended,
    output: () => out,
    stop: async () => {
      if (ended === undefined) proc.kill('SIGTERM');
      return exited;
    },
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (ended !== undefined) throw new Error(`the app stopped while starting (${ended}):\n${out}`);
    const healthy = await fetch(`${app.url}/healthz`).then((r) => r.status === 200, () => false);
    if (healthy) return app;
    if (Date.now() > deadline) {
      await app.stop();
      throw new Error(`the app did not become healthy within 30 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
