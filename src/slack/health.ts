import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HealthReport {
  readonly ok: boolean;
  readonly [key: string]: unknown;
}

/** GET /healthz, served in both connection modes: 200 with the report, or 503 when a check fails. */
export function healthRoute(check: () => Promise<HealthReport>) {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      void check()
        .catch((error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error).slice(0, 200) }))
        .then((report) => {
          res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
          res.end(JSON.stringify(report));
        });
    },
  };
}
