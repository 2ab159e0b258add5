import { inspect } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 10, [LogLevel.INFO]: 20, [LogLevel.WARN]: 30, [LogLevel.ERROR]: 40 };

export interface AppLogger extends Logger {
  child(name: string): AppLogger;
}

/**
 * One-line log records on stdout (errors and warnings on stderr), shared with Bolt and the Web API client.
 * Every known secret value is masked before a line is written: no code path should log a secret, and this makes
 * sure a slip (a URL with a password, a token echoed in an error) does not reach the log either.
 */
export function createLogger(options: { level?: LogLevel | 'debug' | 'info' | 'warn' | 'error'; secrets?: readonly string[]; name?: string; write?: (line: string, level: LogLevel) => void }): AppLogger {
  let level = (options.level ?? LogLevel.INFO) as LogLevel;
  let name = options.name ?? 'anjian';
  const secrets = [...(options.secrets ?? [])].sort((a, b) => b.length - a.length);
  const write = options.write ?? ((line: string, lvl: LogLevel) => (ORDER[lvl] >= ORDER[LogLevel.WARN] ? process.stderr : process.stdout).write(`${line}\n`));

  const mask = (text: string) => secrets.reduce((acc, s) => acc.split(s).join('[redacted]'), text);
  const format = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : inspect(p, { depth: 6, breakLength: Infinity }))).join(' ');
  const log = (lvl: LogLevel, parts: unknown[]) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(mask(`${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} [${name}] ${format(parts)}`), lvl);
  };

  return {
    debug: (...m: unknown[]) => log(LogLevel.DEBUG, m),
    info: (...m: unknown[]) => log(LogLevel.INFO, m),
    warn: (...m: unknown[]) => log(LogLevel.WARN, m),
    error: (...m: unknown[]) => log(LogLevel.ERROR, m),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: (n: string) => void (name = n),
    child: (child: string) => createLogger({ ...options, level, name: `${name}:${child}` }),
  };
}
