import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantSample, rangeSamples, type PromData } from '../../../src/clients/metrics/prometheus-parse.js';
import { histogramQuantile } from '../../../src/core/analysis/histogram.js';

/** Answers recorded from Debian's Prometheus 2.42 scraping the demo app (test/fixtures/prometheus). */
interface Recorded {
  query: string;
  status: number;
  body: { status: string; data: PromData; error?: string };
}
function recorded(name: string): Recorded {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/prometheus', `${name}.json`), 'utf8');
  return JSON.parse(text) as Recorded;
}
const sampleOf = (name: string) => instantSample(recorded(name).body.data, name, recorded(name).query);

describe('Prometheus answers (recorded from a real server)', () => {
  it('reads one series as a value and a scalar as a value', () => {
    expect(sampleOf('vector-one')).toMatchObject({ kind: 'value' });
    expect((sampleOf('vector-one') as { value: number }).value).toBeGreaterThan(0);
    expect(sampleOf('scalar')).toEqual({ kind: 'value', value: 2 });
  });

  it('treats no series and NaN as empty, not as a number', () => {
    expect(sampleOf('vector-empty')).toMatchObject({ kind: 'empty' });
    expect(JSON.stringify(sampleOf('vector-empty'))).toMatch(/no series/);
    expect(sampleOf('vector-nan')).toMatchObject({ kind: 'empty' });
    expect(JSON.stringify(sampleOf('vector-nan'))).toMatch(/NaN/);
  });

  it('reads le series as a histogram whose p95 equals the server histogram_quantile at the same instant', () => {
    const sample = sampleOf('vector-buckets');
    expect(sample.kind).toBe('histogram');
    const buckets = (sample as { buckets: { le: number; count: number }[] }).buckets;
    expect(buckets.at(-1)!.le).toBe(Infinity);
    const server = Number(
      recorded('vector-quantile').body.data.result &&
        (recorded('vector-quantile').body.data.result as { value: [number, string] }[])[0].value[1],
    );
    expect(histogramQuantile(0.95, buckets)).toBeCloseTo(server, 12);
  });

  it('rejects a matrix and several series where one number is expected, naming the metrics input and the query', () => {
    expect(() => sampleOf('matrix')).toThrow(
      /input 'metrics': metric 'matrix' returned a range vector \(matrix\)[\s\S]*query: http_requests_total/,
    );
    expect(() => sampleOf('vector-many')).toThrow(/returned 2 series \(\{__name__="up"/);
  });

  it('reads range answers point by point, histograms regrouped per timestamp', () => {
    const one = rangeSamples(recorded('range-one').body.data, 'r', 'q');
    expect(one.length).toBe(4);
    expect(one.every((s) => s.kind === 'value')).toBe(true);
    const buckets = rangeSamples(recorded('range-buckets').body.data, 'r', 'q');
    expect(buckets.length).toBe(4);
    expect(buckets.every((s) => s.kind === 'histogram' && s.buckets.length === 12)).toBe(true);
  });

  it('keeps the server message of a syntax error (what the provider shows with the query)', () => {
    const answer = recorded('syntax-error');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/parse error/);
  });
});

describe('histogramQuantile', () => {
  const buckets = [
    { le: 0.1, count: 50 },
    { le: 0.2, count: 90 },
    { le: 0.5, count: 100 },
    { le: Infinity, count: 100 },
  ];
  it.each([
    [0.5, 0.1],
    [0.7, 0.15],
    [0.95, 0.35],
    [0.25, 0.05],
  ])('q=%s -> %s like PromQL', (q, expected) => expect(histogramQuantile(q, buckets)).toBeCloseTo(expected, 10));
  it('answers the highest finite bound above it and NaN without observations or +Inf', () => {
    expect(
      histogramQuantile(0.99, [
        { le: 0.1, count: 1 },
        { le: Infinity, count: 10 },
      ]),
    ).toBe(0.1);
    expect(
      histogramQuantile(0.5, [
        { le: 0.1, count: 0 },
        { le: Infinity, count: 0 },
      ]),
    ).toBeNaN();
    expect(
      histogramQuantile(0.5, [
        { le: 0.1, count: 3 },
        { le: 0.2, count: 5 },
      ]),
    ).toBeNaN();
  });
});
