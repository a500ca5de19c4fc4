import { describe, expect, it } from 'vitest';
import { runPerfGate, shardLoad, withoutCredentials, type GateOptions } from '../../../src/core/perf/gate.js';
import { shareOf, type LoadGenerator, type LoadOptions } from '../../../src/core/perf/load.js';
import { parseThreshold, type Threshold } from '../../../src/core/perf/thresholds.js';

/**
 * A scripted generator (no network): answers every 5ms with `latencyMs` until its duration ends.
 * Warmup calls answer with 900ms so any leak of warmup samples into the figures is obvious.
 */
function scripted(latencyMs: number, status = 200): { generate: LoadGenerator; calls: LoadOptions[] } {
  const calls: LoadOptions[] = [];
  const generate: LoadGenerator = (options, hooks) => {
    calls.push(options);
    const warm = calls.length === 1;
    const timer = setInterval(() => hooks.onResponse(status, 10, warm ? 900 : latencyMs), 5);
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const stop = () => {
      clearInterval(timer);
      finish();
    };
    // Like autocannon, stop on a sampling tick after the duration, never before the gate cuts its
    // window: two timers due at the same moment race (libuv's cached loop clock can fire either early).
    setTimeout(stop, options.durationMs + 50);
    return { done, stop };
  };
  return { generate, calls };
}

const t = (text: string) => parseThreshold(text) as Threshold;
const options = (over: Partial<GateOptions> = {}): GateOptions => ({
  load: {
    url: 'http://user:pw@127.0.0.1:9/x',
    method: 'GET',
    headers: {},
    connections: 10,
    durationMs: 300,
    timeoutMs: 10_000,
  },
  warmupMs: 100,
  runs: 1,
  shard: 1,
  shards: 1,
  thresholds: [t('p(95) < 100ms')],
  warnMargin: 0.1,
  abortOnFail: false,
  rules: [],
  ...over,
});

describe('perf-gate core with a scripted generator', () => {
  it('excludes warmup from every figure and measures exactly the duration', async () => {
    const { generate, calls } = scripted(4);
    const report = await runPerfGate(options(), generate);
    expect(calls.map((c) => c.durationMs)).toEqual([100, 300]);
    expect(report.figures.latency.max).toBeLessThan(5);
    expect(report.runs[0].durationMs).toBe(300);
    expect(report.verdict).toBe('pass');
    expect(report.target.url).toBe('http://127.0.0.1:9/x');
  });

  it('runs N times and reports the median of each figure', async () => {
    const { generate, calls } = scripted(4);
    const report = await runPerfGate(options({ runs: 3, warmupMs: 0 }), generate);
    expect(calls).toHaveLength(3);
    expect(report.runs.map((r) => r.run)).toEqual([1, 2, 3]);
    expect(new Set(report.timeline.map((w) => w.run))).toEqual(new Set([1, 2, 3]));
  });

  it('abort-on-fail stops the first run at once on a lost count and skips the remaining runs', async () => {
    const { generate, calls } = scripted(4, 503);
    const report = await runPerfGate(
      options({
        runs: 3,
        warmupMs: 0,
        load: { ...options().load, durationMs: 5000 },
        thresholds: [t('non2xx == 0')],
        abortOnFail: true,
      }),
      generate,
    );
    expect(calls).toHaveLength(1);
    expect(report.aborted).toMatchObject({ run: 1, threshold: 'non2xx == 0' });
    expect(report.aborted!.atMs).toBeLessThan(2000);
    // The aborted run ends where the abort happened; its windows cover exactly that time.
    expect(report.runs[0].durationMs).toBe(report.aborted!.atMs);
    expect(report.timeline.reduce((sum, w) => sum + w.durationMs, 0)).toBe(report.aborted!.atMs);
    expect(report.verdict).toBe('fail');
  });
});

describe('sharding', () => {
  it.each([
    [10, 3, [4, 3, 3]],
    [2, 4, [1, 1, 1, 1]],
    [100, 4, [25, 25, 25, 25]],
  ])('splits %s over %s shards as %j', (total, shards, expected) => {
    expect(Array.from({ length: shards }, (_, i) => shareOf(total, i + 1, shards))).toEqual(expected);
  });

  it('splits connections and rate of the load', () => {
    const load = shardLoad(options({ shard: 2, shards: 3, load: { ...options().load, connections: 10, rate: 100 } }));
    expect(load).toMatchObject({ connections: 3, rate: 33 });
  });

  it('removes credentials from URLs shown in reports', () => {
    expect(withoutCredentials('https://a:b@example.com/p?q=1')).toBe('https://example.com/p?q=1');
    expect(withoutCredentials('not a url')).toBe('not a url');
  });
});
