import { describe, expect, it } from 'vitest';
import {
  analyze,
  parseCondition,
  type AnalysisConfig,
  type MetricProvider,
  type MetricSpec,
  type Sample,
} from '../../../src/core/analysis/index.js';
import { judge } from '../../../src/core/analysis/conditions.js';
import { compareSamples } from '../../../src/core/analysis/compare.js';

const condition = (text: string) => {
  const parsed = parseCondition(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const value = (v: number): Sample => ({ kind: 'value', value: v });
const empty: Sample = { kind: 'empty', reason: 'the query matched no series' };

/** A provider answering a scripted sequence of samples per query (an in-memory fake of a metric source). */
function scripted(answers: Record<string, Sample[]>): MetricProvider & { queries: string[] } {
  const queries: string[] = [];
  return {
    name: 'prometheus',
    queries,
    measure: (metric) => (queries.push(metric.query), Promise.resolve(answers[metric.name].shift() ?? empty)),
    series: (metric) => (queries.push(metric.query), Promise.resolve(answers[metric.query] ?? [])),
  };
}

function config(
  metrics: MetricSpec[],
  plan: Partial<AnalysisConfig['plan']> = {},
  extra: Partial<AnalysisConfig> = {},
): AnalysisConfig {
  return {
    metrics,
    plan: { intervalMs: 1000, count: 3, initialDelayMs: 0, failureLimit: 0, inconclusiveLimit: 0, ...plan },
    vars: { version: 'v2', namespace: 'shop' },
    minScore: 100,
    kitVersion: 'test',
    ...extra,
  };
}
const spec = (name: string, cond = 'value < 0.01', query = `q{version="{{version}}"}`): MetricSpec => ({
  name,
  provider: 'prometheus',
  query,
  condition: condition(cond),
  direction: 'increase',
});

function deps(provider: MetricProvider) {
  const slept: number[] = [];
  return {
    slept,
    deps: {
      providers: { prometheus: provider },
      sleep: (ms: number) => (slept.push(ms), Promise.resolve()),
      now: () => 1_700_000_000_000,
    },
  };
}

describe('parseCondition (perf-gate threshold syntax)', () => {
  it.each([
    ['value < 0.01', { subject: 'value', op: '<', limit: 0.01 }],
    ['value <= 1%', { subject: 'value', op: '<=', limit: 0.01 }],
    ['value < 300ms', { subject: 'value', op: '<', limit: 0.3 }],
    ['value >= 100', { subject: 'value', op: '>=', limit: 100 }],
    ['p(95) < 300ms', { subject: 'quantile', quantile: 0.95, limit: 300 }],
    ['med < 1s', { subject: 'quantile', quantile: 0.5, limit: 1000 }],
  ])('%s', (text, expected) => expect(parseCondition(text)).toMatchObject(expected));

  it.each([
    ['value < 1 parsec', /is not a condition/],
    ['rps > 10', /load-test figure/],
    ['latency < 3', /unknown metric 'latency'.*valid forms: value < 0.01/],
  ])('rejects %s', (text, message) => expect(parseCondition(text)).toMatch(message));
});

describe('judge', () => {
  it('is inconclusive on empty, NaN and a histogram without a quantile condition', () => {
    expect(judge(condition('value < 1'), empty).outcome).toBe('inconclusive');
    expect(judge(condition('value < 1'), value(NaN)).outcome).toBe('inconclusive');
    expect(
      judge(condition('value < 1'), {
        kind: 'histogram',
        buckets: [
          { le: 1, count: 1 },
          { le: Infinity, count: 1 },
        ],
      }).reason,
    ).toMatch(/histogram_quantile/);
  });
  it('judges p(95) on buckets in milliseconds', () => {
    const buckets = [
      { le: 0.1, count: 90 },
      { le: 0.5, count: 100 },
      { le: Infinity, count: 100 },
    ];
    const judged = judge(condition('p(95) < 301ms'), { kind: 'histogram', buckets });
    expect(judged.outcome).toBe('pass');
    expect(judged.value).toBeCloseTo(300, 9);
    expect(judge(condition('p(95) < 250ms'), { kind: 'histogram', buckets }).outcome).toBe('fail');
  });
});

describe('analyze (measurements like an AnalysisRun)', () => {
  it('measures count times, interval apart, after the initial delay, with the templates filled', async () => {
    const provider = scripted({ e: [value(0), value(0.001), value(0.002)] });
    const { slept, deps: d } = deps(provider);
    const report = await analyze(config([spec('e')], { initialDelayMs: 5000 }), d);
    expect(report.verdict).toBe('pass');
    expect(report.score).toBe(100);
    expect(slept).toEqual([5000, 1000, 1000]);
    expect(provider.queries).toEqual(Array(3).fill('q{version="v2"}'));
    expect(report.metrics[0].measurements.map((m) => m.outcome)).toEqual(['pass', 'pass', 'pass']);
  });

  it('fails past failure-limit and stops early, but tolerates failures within it', async () => {
    const stopped = await analyze(config([spec('e')]), deps(scripted({ e: [value(0.5), value(0), value(0)] })).deps);
    expect(stopped).toMatchObject({ verdict: 'fail', stoppedEarly: 'e failed 1 times (failure-limit 0)' });
    expect(stopped.metrics[0].measurements).toHaveLength(1);
    const tolerated = await analyze(
      config([spec('e')], { failureLimit: 1 }),
      deps(scripted({ e: [value(0.5), value(0), value(0)] })).deps,
    );
    expect(tolerated.verdict).toBe('pass');
  });

  it('is inconclusive past inconclusive-limit, and never passes on no evidence at all', async () => {
    const none = await analyze(config([spec('e')], { inconclusiveLimit: 5 }), deps(scripted({ e: [] })).deps);
    expect(none.verdict).toBe('inconclusive');
    expect(none.metrics[0].counts).toEqual({ pass: 0, fail: 0, inconclusive: 3 });
    const some = await analyze(
      config([spec('e')], { inconclusiveLimit: 1 }),
      deps(scripted({ e: [empty, value(0), value(0)] })).deps,
    );
    expect(some.verdict).toBe('pass');
  });

  it('scores the share of passing metrics; min-score decides', async () => {
    const answers = () => scripted({ a: [value(0)], b: [value(0)], c: [value(0)], d: [value(1)] });
    const metrics = ['a', 'b', 'c', 'd'].map((n) => spec(n));
    const strict = await analyze(config(metrics, { count: 1 }), deps(answers()).deps);
    expect(strict).toMatchObject({ score: 75, verdict: 'fail' });
    const lenient = await analyze(config(metrics, { count: 1 }, { minScore: 75 }), deps(answers()).deps);
    expect(lenient).toMatchObject({ score: 75, verdict: 'pass' });
  });

  it('rejects unknown and empty template variables before any query', async () => {
    const provider = scripted({});
    const error = await analyze(
      config([spec('a', 'value < 1', 'x{v="{{verison}}"}'), spec('b', 'value < 1', 'x{w="{{workload}}"}')]),
      deps(provider).deps,
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/input 'metrics': metric 'a' uses unknown template variable \{\{verison\}\}/);
    expect(String(error)).toMatch(/input 'workload': is empty but metric 'b' uses \{\{workload\}\}/);
    expect(provider.queries).toEqual([]);
  });
});

describe('compareSamples (Kayenta-style)', () => {
  const series = (...values: number[]) => values.map(value);
  it('fails a significantly and substantially worse canary', () => {
    const result = compareSamples(series(0.2, 0.22, 0.18, 0.21, 0.19, 0.2), series(0, 0.01, 0, 0, 0.01, 0), {
      direction: 'increase',
      maxDifference: 0.1,
    });
    expect(result.outcome).toBe('fail');
    expect(result.detail!.pValue).toBeLessThan(0.05);
  });
  it('passes a small shift even when significant, and a large one that is noise', () => {
    const small = compareSamples(series(105, 106, 104, 105, 106, 105), series(100, 101, 99, 100, 101, 100), {
      direction: 'increase',
      maxDifference: 0.1,
    });
    expect(small.outcome).toBe('pass');
    const noisy = compareSamples(series(1, 300, 2, 250, 3), series(200, 2, 280, 1, 3), {
      direction: 'increase',
      maxDifference: 0.1,
    });
    expect(noisy.outcome).toBe('pass');
  });
  it('honours direction and is inconclusive with too few points', () => {
    const lower = compareSamples(series(50, 51, 49, 50, 52), series(100, 101, 99, 100, 98), {
      direction: 'decrease',
      maxDifference: 0.1,
    });
    expect(lower.outcome).toBe('fail');
    expect(compareSamples(series(1, 2), series(1, 2, 3), { direction: 'increase', maxDifference: 0.1 }).outcome).toBe(
      'inconclusive',
    );
  });
});
