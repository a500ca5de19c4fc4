import { percentileMs, type LatencyHistogram } from './histogram.js';

/** Counts of one measured run (or of merged runs/shards). */
export interface Counts {
  /** Completed responses (any status). */
  requests: number;
  bytes: number;
  status1xx: number;
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  /** Connection errors and timeouts (timeouts are errors too, as in autocannon). */
  errors: number;
  timeouts: number;
}

/** What thresholds are evaluated on: a histogram, the counts and how long the load lasted. */
export interface Measured {
  histogram: LatencyHistogram;
  /** Coordinated-omission corrected histogram (open model only); latency metrics use it when present. */
  corrected?: LatencyHistogram;
  counts: Counts;
  durationMs: number;
}

export const emptyCounts = (): Counts => ({
  requests: 0,
  bytes: 0,
  status1xx: 0,
  status2xx: 0,
  status3xx: 0,
  status4xx: 0,
  status5xx: 0,
  errors: 0,
  timeouts: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export const non2xx = (c: Counts): number => c.requests - c.status2xx;

/** Failed requests (non-2xx responses and errors) over all attempts; 0 when nothing was sent. */
export function errorRate(c: Counts): number {
  const attempts = c.requests + c.errors;
  return attempts === 0 ? 0 : (non2xx(c) + c.errors) / attempts;
}

export type MetricKind = 'latency' | 'rate' | 'ratio' | 'count';

/** A metric a threshold or a regression rule can name: `p(95)`, `avg`, `rps`, `error_rate`... */
export interface Metric {
  /** Canonical text, e.g. `p(95)`, `avg`. */
  name: string;
  kind: MetricKind;
  /** Set for `p(N)`. */
  percentile?: number;
}

type Reader = (m: Measured) => number;
const latencyOf = (m: Measured): LatencyHistogram => m.corrected ?? m.histogram;
const seconds = (m: Measured) => Math.max(m.durationMs, 1) / 1000;

const NAMED: Record<string, { kind: MetricKind; read: Reader }> = {
  avg: { kind: 'latency', read: (m) => (latencyOf(m).totalCount ? latencyOf(m).mean / 1000 : 0) },
  med: { kind: 'latency', read: (m) => percentileMs(latencyOf(m), 50) },
  min: { kind: 'latency', read: (m) => (latencyOf(m).totalCount ? latencyOf(m).minNonZeroValue / 1000 : 0) },
  max: { kind: 'latency', read: (m) => (latencyOf(m).totalCount ? latencyOf(m).maxValue / 1000 : 0) },
  stddev: { kind: 'latency', read: (m) => (latencyOf(m).totalCount ? latencyOf(m).stdDeviation / 1000 : 0) },
  rps: { kind: 'rate', read: (m) => m.counts.requests / seconds(m) },
  error_rate: { kind: 'ratio', read: (m) => errorRate(m.counts) },
  non2xx: { kind: 'count', read: (m) => non2xx(m.counts) },
  errors: { kind: 'count', read: (m) => m.counts.errors },
  timeouts: { kind: 'count', read: (m) => m.counts.timeouts },
  requests: { kind: 'count', read: (m) => m.counts.requests },
};
const ALIASES: Record<string, string> = {
  mean: 'avg',
  median: 'med',
  p50: 'p(50)',
  p90: 'p(90)',
  p95: 'p(95)',
  p99: 'p(99)',
};

export const METRIC_NAMES = ['p(N)', ...Object.keys(NAMED)];

/** Resolves a metric name; undefined when unknown (callers list METRIC_NAMES). */
export function resolveMetric(text: string): Metric | undefined {
  const name = ALIASES[text.trim().toLowerCase()] ?? text.trim().toLowerCase();
  const p = name.match(/^p\(\s*(\d+(?:\.\d+)?)\s*\)$/);
  if (p) {
    const percentile = Number(p[1]);
    if (!(percentile > 0 && percentile <= 100)) return undefined;
    return { name: `p(${percentile})`, kind: 'latency', percentile };
  }
  const named = NAMED[name];
  return named ? { name, kind: named.kind } : undefined;
}

/** The value of a metric for one measurement (latencies in ms, ratios as fractions). */
export function metricValue(measured: Measured, metric: Metric): number {
  if (metric.percentile !== undefined) return percentileMs(latencyOf(measured), metric.percentile);
  return NAMED[metric.name].read(measured);
}

/** Whether a larger value is worse (latency, errors) or better (throughput). */
export const higherIsWorse = (metric: Metric): boolean => metric.kind !== 'rate';
