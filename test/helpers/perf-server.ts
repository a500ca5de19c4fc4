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

export interface PausingServer extends TestServer {
  /** Arrival time of every request (ms since the server started) and how long the server held it. */
  arrivals: number[];
  held: number[];
  /** What steadily arriving users see at percentile p: the server-side hold times of arrivals in [fromMs, toMs). */
  heldPercentile(p: number, fromMs?: number, toMs?: number): number;
}

/**
 * A service that stalls: for `pauseMs` of every `periodMs` it answers nothing (each request that
 * arrives then waits until the pause is over), otherwise it answers in `answerMs`. Users arriving
 * at a steady rate hit the pause with probability pause/period and then wait the rest of it.
 */
export async function startPausingServer(options: {
  pauseMs: number;
  periodMs: number;
  answerMs?: number;
}): Promise<PausingServer> {
  const answerMs = options.answerMs ?? 2;
  const origin = performance.now();
  const arrivals: number[] = [];
  const held: number[] = [];
  const server = await startHttpServer((_req, res) => {
    const arrived = performance.now() - origin;
    const phase = arrived % options.periodMs;
    const delay = (phase < options.pauseMs ? options.pauseMs - phase : 0) + answerMs;
    setTimeout(() => {
      res.end('ok');
      arrivals.push(arrived);
      held.push(performance.now() - origin - arrived);
    }, delay);
  });
  const heldPercentile = (p: number, fromMs = 0, toMs = Infinity) => {
    const window = held.filter((_, i) => arrivals[i] >= fromMs && arrivals[i] < toMs).sort((a, b) => a - b);
    return window[Math.max(0, Math.ceil((p / 100) * window.length) - 1)] ?? 0;
  };
  return { ...server, arrivals, held, heldPercentile };
}

/** p95 latency of steadily arriving users: the top 5% all fall inside a pause (when pause/period > 5%). */
export const steadyP95 = (pauseMs: number, periodMs: number, answerMs = 2): number =>
  pauseMs - 0.05 * periodMs + answerMs;
