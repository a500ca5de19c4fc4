import { describe, expect, it } from 'vitest';
import { createHistogram, toMicros } from '../../../src/core/perf/histogram.js';
import { emptyCounts, metricValue, type Measured } from '../../../src/core/perf/metrics.js';
import { parseThreshold, parseThresholds, type Threshold } from '../../../src/core/perf/thresholds.js';

describe("k6 threshold lines as aliases of perf-gate's metrics", () => {
  it.each([
    ['http_req_duration: p(95)<200', 'p(95)', '<', 200],
    ["http_req_duration: 'p(99.9) <= 1500'", 'p(99.9)', '<=', 1500],
    ['"http_req_duration": "avg<100",', 'avg', '<', 100],
    ['http_req_duration: med<50', 'med', '<', 50],
    ['http_req_duration: max<2s', 'max', '<', 2000],
    ['http_req_failed: rate<0.01', 'error_rate', '<', 0.01],
    ["http_req_failed: ['rate<=0.05']", 'error_rate', '<=', 0.05],
    ['http_reqs: rate>100', 'rps', '>', 100],
    ['http_reqs: count>=1000', 'requests', '>=', 1000],
  ])('%s', (text, metric, op, limit) => {
    const parsed = parseThreshold(text) as Threshold;
    expect(typeof parsed).toBe('object');
    expect(parsed.expression).toMatch(/^http_req/);
    expect(parsed.metric.name).toBe(metric);
    expect(parsed.op).toBe(op);
    expect(parsed.limit).toBeCloseTo(limit, 9);
  });

  it('expands the list form into one threshold per element, each named as k6 would', () => {
    const { thresholds, problems } = parseThresholds([
      'http_req_duration: [\'p(95)<200\', "p(99)<500"],',
      'http_req_failed: rate<0.01',
      'p(50) < 20ms',
    ]);
    expect(problems).toEqual([]);
    expect(thresholds.map((t) => [t.expression, t.metric.name, t.limit])).toEqual([
      ['http_req_duration: p(95)<200', 'p(95)', 200],
      ['http_req_duration: p(99)<500', 'p(99)', 500],
      ['http_req_failed: rate<0.01', 'error_rate', 0.01],
      ['p(50) < 20ms', 'p(50)', 20],
    ]);
  });

  it('judges an alias exactly like the native metric it maps to', () => {
    const histogram = createHistogram();
    for (let i = 1; i <= 100; i++) histogram.recordValue(toMicros(i));
    const measured: Measured = { histogram, counts: { ...emptyCounts(), requests: 100 }, durationMs: 1000 };
    const alias = parseThreshold('http_req_duration: p(95)<200') as Threshold;
    const native = parseThreshold('p(95) < 200ms') as Threshold;
    expect(metricValue(measured, alias.metric)).toBe(metricValue(measured, native.metric));
    const rate = parseThreshold('http_reqs: rate>100') as Threshold;
    expect(metricValue(measured, rate.metric)).toBe(100);
  });

  it.each([
    ['checks: rate>0.99', 'perf-gate has no checks'],
    ['http_req_waiting: p(95)<200', "k6 metric 'http_req_waiting' has no perf-gate equivalent"],
    ['http_req_duration{status:200}: p(95)<200', 'sub-metric'],
    ['http_req_duration: rate<0.1', "'rate' is not a k6 trend aggregation"],
    ['http_req_failed: p(95)<0.1', "'p(95)' is not valid for http_req_failed"],
    ['http_reqs: avg>3', 'use rate or count'],
    ["http_req_duration: [{ threshold: 'p(95)<200', abortOnFail: true }]", 'object form'],
    ['http_req_duration: p(95)<fast', "from k6's 'http_req_duration: p(95)<fast'"],
    ['http_req_duration: []', 'no threshold expression'],
  ])('rejects %s clearly', (text, message) => {
    const { thresholds, problems } = parseThresholds([text]);
    expect(thresholds).toEqual([]);
    expect(problems[0].message).toContain(message);
  });
});
