import { startHttpServer, type TestServer } from './http.js';

export interface ScriptedServer extends TestServer {
  /** Requests the server has seen. */
  count(): number;
  /** Latency the server really applied to each request, in ms (measured around setTimeout). */
  applied: number[];
}

/**
 * A target with scripted behaviour: each request waits `latencyMs()` then answers 200, except
 * every `errorEvery`-th request, which answers 500. Deterministic error counts, real timers.
 */
export async function startScriptedServer(
  options: { latencyMs?: () => number; errorEvery?: number } = {},
): Promise<ScriptedServer> {
  let seen = 0;
  const applied: number[] = [];
  const server = await startHttpServer((_req, res) => {
    seen++;
    const fail = options.errorEvery !== undefined && seen % options.errorEvery === 0;
    const delay = options.latencyMs?.() ?? 0;
    const reply = () => {
      res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
      res.end(fail ? '{"error":"scripted"}' : '{"ok":true}');
    };
    if (delay <= 0) return reply();
    const start = performance.now();
    setTimeout(() => {
      applied.push(performance.now() - start);
      reply();
    }, delay);
  });
  return { ...server, count: () => seen, applied };
}
