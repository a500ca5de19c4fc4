import autocannon from 'autocannon';
import { isOpenModel, type LoadGenerator } from '../core/perf/load.js';
import { arrivalDispatcher } from './arrival-dispatcher.js';

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
 * The closed model (a fixed number of connections, each sending again as soon as it has its
 * answer): autocannon as a library, in this process: never its `workers` option, which loads a file by
 * path that a bundle does not ship. Latency per response comes from its 'response' event
 * (hrtime-based, milliseconds as a float) so the caller keeps an exact HDR histogram; autocannon's
 * own result is skipped. sampleInt 100 lets a stop take effect within 100ms instead of a second.
 */
export const autocannonGenerator: LoadGenerator = (options, hooks) => {
  if (isOpenModel(options)) throw new Error('autocannon drives the closed model only; use arrivalDispatcher');
  const instance = autocannon({
    url: options.url,
    method: options.method as autocannon.Request['method'],
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    pipelining: 1,
    requests: Array.from({ length: IDENTICAL_REQUESTS }, () => ({})),
    duration: options.durationMs / 1000,
    timeout: Math.max(1, Math.ceil(options.timeoutMs / 1000)),
    sampleInt: 100,
    skipAggregateResult: true,
  } as autocannon.Options);
  const tracker = instance as unknown as NodeJS.EventEmitter & PromiseLike<unknown> & { stop(): void };
  tracker.on('response', (_client: object, status: number, bytes: number, latencyMs: number) =>
    hooks.onResponse(status, bytes, latencyMs),
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

/** The production generator: the open model on the arrival dispatcher, the closed model on autocannon. */
export const loadGenerator: LoadGenerator = (options, hooks) =>
  isOpenModel(options) ? arrivalDispatcher(options, hooks) : autocannonGenerator(options, hooks);
