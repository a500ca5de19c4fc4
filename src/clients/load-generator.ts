import autocannon from 'autocannon';
import { effectiveConnections, type LoadGenerator } from '../core/perf/load.js';

export type { LoadGenerator, LoadHandle, LoadHooks, LoadOptions } from '../core/perf/load.js';

/**
 * The same request listed this many times. autocannon deep-clones its request context each time
 * it comes back to the first entry of its request list: with the default one-entry list that is
 * every request, about 3% of its CPU per request in a profile. With 64 identical entries, each
 * taking the method, headers and body given to autocannon below (so the bytes on the wire are
 * unchanged), it happens once per 64 requests.
 */
const IDENTICAL_REQUESTS = 64;

/**
 * autocannon as a library, in this process: never its `workers` option, which loads a file by
 * path that a bundle does not ship. Latency per response comes from its 'response' event
 * (hrtime-based, milliseconds as a float) so the caller keeps an exact HDR histogram; autocannon's
 * own result is skipped. sampleInt 100 lets a stop take effect within 100ms instead of a second.
 */
export const autocannonGenerator: LoadGenerator = (options, hooks) => {
  const connections = effectiveConnections(options.connections, options.rate);
  const instance = autocannon({
    url: options.url,
    method: options.method as autocannon.Request['method'],
    headers: options.headers,
    body: options.body,
    connections,
    overallRate: options.rate,
    pipelining: 1,
    requests: Array.from({ length: IDENTICAL_REQUESTS }, () => ({})),
    duration: options.durationMs / 1000,
    timeout: Math.max(1, Math.ceil(options.timeoutMs / 1000)),
    sampleInt: 100,
    skipAggregateResult: true,
  } as autocannon.Options);
  const tracker = instance as unknown as NodeJS.EventEmitter & PromiseLike<unknown> & { stop(): void };
  tracker.on('response', (client: object, status: number, bytes: number, latencyMs: number) =>
    hooks.onResponse(status, bytes, latencyMs, client),
  );
  tracker.on('reqError', (error: Error | undefined) => hooks.onError(/timed out/i.test(error?.message ?? '')));
  const done = new Promise<void>((resolve, reject) => {
    tracker.then(
      () => resolve(),
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
  return { done, stop: () => tracker.stop() };
};
