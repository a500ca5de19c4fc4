import { describe, expect, it } from 'vitest';
import { createHistogram, toMicros } from '../../../src/core/perf/histogram.js';
import { emptyCounts, type Measured } from '../../../src/core/perf/metrics.js';
import {
  parseRegressionRule,
  parseThreshold,
  parseThresholds,
  type Threshold,
} from '../../../src/core/perf/thresholds.js';
import { alreadyLost, judgeThreshold, worst } from '../../../src/core/perf/verdict.js';

describe('threshold expressions', () => {
  it.each([
    ['p(95) < 200ms', 'p(95)', '<', 200],
    ['p(99)<1s', 'p(99)', '<', 1000],
    ['p(99.9) <= 1.5s', 'p(99.9)', '<=', 1500],
    ['p95 < 250', 'p(95)', '<', 250],
    ['avg < 100ms', 'avg', '<', 100],
    ['mean < 500us', 'avg', '<', 0.5],
    ['med < 2m', 'med', '<', 120_000],
    ['max < 2s', 'max', '<', 2000],
    ['stddev < 20ms', 'stddev', '<', 20],
    ['error_rate < 0.1%', 'error_rate', '<', 0.001],
    ['error_rate == 0', 'error_rate', '==', 0],
    ['error_rate <= 0.05', 'error_rate', '<=', 0.05],
    ['rps >= 500', 'rps', '>=', 500],
    ['rps > 10/s', 'rps', '>', 10],
    ['non2xx == 0', 'non2xx', '==', 0],
    ['timeouts == 0', 'timeouts', '==', 0],
    ['errors != 3', 'errors', '!=', 3],
    ['requests > 1000', 'requests', '>', 1000],
    ['  P(90)  <  3S  ', 'p(90)', '<', 3000],
  ])('%s', (text, metric, op, limit) => {
    const parsed = parseThreshold(text) as Threshold;
    expect(typeof parsed).toBe('object');
    expect(parsed.metric.name).toBe(metric);
    expect(parsed.op).toBe(op);
    expect(parsed.limit).toBeCloseTo(limit, 9);
  });

  it.each([
    ['p(95) < fast', 'is not an expression'],
    ['latency < 2s', "unknown metric 'latency'"],
    ['p(0) < 2s', 'unknown metric'],
    ['p(101) < 2s', 'unknown metric'],
    ['p(95) < 2kg', "unit 'kg' is not a time unit"],
    ['error_rate < 5ms', 'not valid for a ratio'],
    ['rps >= 5%', 'not valid for rps'],
    ['non2xx == 0ms', 'a count takes no unit'],
    ['p(95) =< 2s', 'is not an expression'],
    ['p(95)', 'is not an expression'],
  ])('rejects %s', (text, message) => {
    const parsed = parseThreshold(text);
    expect(typeof parsed).toBe('string');
    expect(parsed).toContain(message);
  });

  it('parses many lines, skipping comments, and reports every bad line with its number', () => {
    const { thresholds, problems } = parseThresholds(['# latency', 'p(95) < 2s', '', 'bogus', 'rps > x']);
    expect(thresholds).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([4, 5]);
  });

  it.each([
    ['p(95): 10%', 'p(95)', 0.1],
    ['rps: 5%', 'rps', 0.05],
    ['error_rate: 0.5%', 'error_rate', 0.005],
  ])('regression rule %s', (text, metric, allowed) => {
    expect(parseRegressionRule(text)).toMatchObject({ metric: { name: metric }, allowed });
  });

  it.each(['p(95) 10%', 'p(95): 10', 'non2xx: 10%', 'bogus: 5%'])('rejects regression rule %s', (text) => {
    expect(typeof parseRegressionRule(text)).toBe('string');
  });
});

function measured(
  latenciesMs: number[],
  counts: Partial<ReturnType<typeof emptyCounts>> = {},
  durationMs = 1000,
): Measured {
  const histogram = createHistogram();
  for (const ms of latenciesMs) histogram.recordValue(toMicros(ms));
  return {
    histogram,
    counts: { ...emptyCounts(), requests: latenciesMs.length, status2xx: latenciesMs.length, ...counts },
    durationMs,
  };
}

describe('verdicts', () => {
  const t = (text: string) => parseThreshold(text) as Threshold;
  const runs = [measured(Array.from({ length: 100 }, (_, i) => i + 1))];

  it.each([
    ['p(95) < 200ms', 0.1, 'pass'],
    ['p(95) < 100ms', 0.1, 'warn'],
    ['p(95) < 100ms', 0, 'pass'],
    ['p(95) < 95ms', 0.1, 'fail'],
    ['p(95) <= 96ms', 0.1, 'warn'],
    ['rps >= 90', 0.2, 'warn'],
    ['rps >= 50', 0.2, 'pass'],
    ['rps >= 101', 0.2, 'fail'],
    ['error_rate == 0', 0.5, 'pass'],
    ['non2xx == 0', 0.5, 'pass'],
  ])('%s with margin %s -> %s', (text, margin, verdict) => {
    expect(judgeThreshold(t(text), runs, margin).verdict).toBe(verdict);
  });

  it('judges the median of runs, keeping each run value', () => {
    const three = [measured([10]), measured([50]), measured([30])];
    const result = judgeThreshold(t('p(50) < 40ms'), three, 0);
    // HDR reports the highest value equivalent to the bucket (3 significant digits): within 0.1%.
    expect(result.perRun.map((v) => Math.round(v))).toEqual([10, 50, 30]);
    expect(result.measured).toBe(result.perRun[2]);
    expect(result.verdict).toBe('pass');
  });

  it('fails a latency threshold when there was no response at all', () => {
    expect(judgeThreshold(t('p(95) < 2s'), [measured([], { errors: 10 })], 0).verdict).toBe('fail');
    expect(judgeThreshold(t('errors < 20'), [measured([], { errors: 10 })], 0).verdict).toBe('pass');
  });

  it('folds verdicts to the worst', () => {
    expect(worst(['pass', 'warn'])).toBe('warn');
    expect(worst(['warn', 'fail', 'pass'])).toBe('fail');
    expect(worst([])).toBe('pass');
  });

  it('abort-on-fail: counts are lost at once, other metrics only once settled', () => {
    const partial = measured([5, 5, 500], { status2xx: 2, status5xx: 1 });
    expect(alreadyLost(t('non2xx == 0'), partial, false)).toBe(true);
    expect(alreadyLost(t('requests > 10'), partial, false)).toBe(false);
    expect(alreadyLost(t('p(99) < 100ms'), partial, false)).toBe(false);
    expect(alreadyLost(t('p(99) < 100ms'), partial, true)).toBe(true);
    expect(alreadyLost(t('p(99) < 1s'), partial, true)).toBe(false);
  });
});
