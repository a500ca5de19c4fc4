import { Pool, type Dispatcher } from 'undici';
import { scheduleOf, type LoadGenerator, type LoadHooks, type LoadOptions } from '../core/perf/load.js';
import type { ArrivalSchedule } from '../core/perf/arrivals.js';

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * The open model: each request is sent at its intended time (evenly spaced at 1/rate, or along the
 * ramping stages) on a free connection of an undici Pool capped at `connections`. When every
 * connection is busy, due requests wait and go out, oldest first, the moment one frees up; their
 * latency still counts from the intended time, so a stalled service shows what steadily arriving
 * users wait. autocannon cannot do this: its `overallRate` spends a per-second budget as fast as
 * its connections allow, and it offers no way to send one request at a chosen time.
 */
export const arrivalDispatcher: LoadGenerator = (options, hooks) => {
  const schedule = scheduleOf(options);
  if (!schedule) throw new Error('the arrival dispatcher needs a rate or stages (open model)');
  return new Dispatch(options, hooks, schedule).start();
};

class Dispatch {
  private readonly pool: Pool;
  private readonly request: Dispatcher.DispatchOptions;
  private origin = 0;
  private next = 0;
  private inflight = 0;
  /** Sends up to this index were due while every connection was busy. */
  private heldThrough = -1;
  /** Every connection was busy when the last pump ended: what is due now waited for one. */
  private poolFull = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private settle: () => void = () => undefined;

  constructor(
    private readonly options: LoadOptions,
    private readonly hooks: LoadHooks,
    private readonly schedule: ArrivalSchedule,
  ) {
    const url = new URL(options.url);
    this.pool = new Pool(url.origin, {
      connections: options.connections,
      pipelining: 1,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connectTimeout: options.timeoutMs,
    });
    this.request = {
      path: `${url.pathname}${url.search}`,
      method: options.method,
      headers: { host: url.host, ...options.headers },
      body: options.body,
    };
  }

  start() {
    const done = new Promise<void>((resolve) => (this.settle = resolve));
    this.origin = performance.now();
    this.pump();
    return { done, stop: () => this.stop() };
  }

  private elapsed(): number {
    return performance.now() - this.origin;
  }

  /** Sends everything due on free connections, then sleeps until the next intended time. */
  private pump(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const limit = this.options.connections;
    if (this.poolFull) this.heldThrough = Math.max(this.heldThrough, this.schedule.countBefore(this.elapsed()) - 1);
    while (this.inflight < limit && this.schedule.at(this.next) <= this.elapsed()) this.send(this.next++);
    this.poolFull = this.inflight >= limit;
    const nextAt = this.schedule.at(this.next);
    if (nextAt === Infinity) {
      if (this.inflight === 0) this.stop();
    } else if (this.inflight < limit) {
      this.timer = setTimeout(() => this.pump(), Math.max(0, nextAt - this.elapsed()));
    }
  }

  private send(index: number): void {
    const intendedMs = this.schedule.at(index);
    const sentMs = this.elapsed();
    this.inflight++;
    this.hooks.onSend?.({ intendedMs, sentMs, heldForConnection: index <= this.heldThrough });
    let status = 0;
    let bytes = 0;
    const finished = (outcome: () => void) => {
      this.inflight--;
      if (this.stopped) return;
      outcome();
      this.pump();
    };
    this.pool.dispatch(this.request, {
      onRequestStart: () => undefined,
      onResponseStart: (_controller, statusCode) => {
        status = statusCode;
      },
      onResponseData: (_controller, chunk) => {
        bytes += chunk.length;
      },
      onResponseEnd: () => {
        const endMs = this.elapsed();
        finished(() => this.hooks.onResponse(status, bytes, endMs - sentMs, endMs - intendedMs));
      },
      onResponseError: (_controller, error) => {
        finished(() => this.hooks.onError(TIMEOUT_CODES.has((error as { code?: string }).code ?? '')));
      },
    });
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.pool.destroy().then(this.settle, this.settle);
  }
}
