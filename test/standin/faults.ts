// A proxy in front of the Discord stand-in that can answer chosen requests itself: a 429 "slow down" (Discord's
// rate limit, which discord.js waits out and retries) or an error. Everything else is passed through unchanged.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fault {
  match: (method: string, path: string) => boolean;
  /** How many matching requests get the fault; the rest pass. */
  times: number;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Called as a matching request arrives. */
  onMatch?: (method: string, path: string) => void;
}

export const rateLimited = (seconds: number) => ({
  status: 429,
  headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
  body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
});

export interface FaultProxy {
  apiUrl: string;
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

/** `apiUrl`: the stand-in's REST base (http://127.0.0.1:PORT/api). */
export async function startFaultProxy(apiUrl: string, faults: Fault[]): Promise<FaultProxy> {
  const target = new URL(apiUrl);
  const seen: { method: string; path: string }[] = [];
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    seen.push({ method, path });
    const fault = faults.find((f) => f.times > 0 && f.match(method, path));
    if (fault) {
      fault.times--;
      fault.onMatch?.(method, path);
      req.resume();
      req.on('end', () => {
        const text = fault.body === undefined ? '' : JSON.stringify(fault.body);
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(text);
      });
      return;
    }
    const headers: IncomingHttpHeaders = { ...req.headers, host: target.host };
    const out = request({ host: target.hostname, port: target.port, method, path: req.url, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`,
    seen,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
