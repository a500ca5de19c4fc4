import type { Operator } from '../perf/thresholds.js';

/**
 * A k6-style condition on one metric, written in perf-gate's threshold syntax:
 * `value < 0.01`, `value <= 1%`, `value < 300ms` (the query answers seconds, Prometheus' base unit)
 * or `p(95) < 300ms` when the query answers histogram buckets (`sum by (le) (rate(..._bucket[1m]))`).
 */
export interface Condition {
  expression: string;
  /** `value`: the query's number; `quantile`: a percentile of the histogram it returns. */
  subject: 'value' | 'quantile';
  op: Operator;
  /** In the query's unit for `value` (time units turned into seconds); milliseconds for `quantile`. */
  limit: number;
  /** 0..1, set for `quantile`. */
  quantile?: number;
}

/** Where a metric's numbers come from; each provider is a client behind MetricProvider. */
export const PROVIDER_NAMES = ['prometheus', 'web', 'kubernetes'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** One histogram bucket as Prometheus exposes it: cumulative count of observations <= `le` (seconds). */
export interface Bucket {
  le: number;
  count: number;
}

/**
 * What one query answered. `empty` (no series, NaN, a missing value) is kept apart from a value
 * so a release with no traffic is inconclusive instead of silently passing.
 */
export type Sample =
  { kind: 'value'; value: number } | { kind: 'histogram'; buckets: Bucket[] } | { kind: 'empty'; reason: string };

export interface TimeRange {
  startMs: number;
  endMs: number;
  stepMs: number;
}

/**
 * A metric source. Errors the user can fix (bad query, 401, unreachable) are thrown with the
 * input they concern named; `empty` is an answer, not an error.
 */
export interface MetricProvider {
  readonly name: ProviderName;
  /** One current sample of the query (an instant query for Prometheus). */
  measure(metric: ResolvedMetric): Promise<Sample>;
  /** Samples over a time range, one per step (comparison mode); absent when the source has no history. */
  series?(metric: ResolvedMetric, range: TimeRange): Promise<Sample[]>;
}

export type Providers = Partial<Record<ProviderName, MetricProvider>>;

/** Values of the template variables a query may use: `{{version}}`, `{{namespace}}`, ... */
export type TemplateVars = Partial<Record<'version' | 'namespace' | 'workload' | 'canary', string>>;

/** Which way of moving is bad for a metric in comparison mode. */
export type Direction = 'increase' | 'decrease' | 'either';

/** One metric as configured (queries still hold their `{{variables}}`). */
export interface MetricSpec {
  name: string;
  provider: ProviderName;
  /** PromQL for prometheus, the URL for web, the signal (restarts, ...) for kubernetes. */
  query: string;
  /** web only: where the number sits in the JSON answer. */
  jsonPath?: string;
  /** kubernetes only: label selector of the release's pods (templated). */
  selector?: string;
  condition?: Condition;
  direction: Direction;
}

/** A metric with its templates filled for one side (the release, or the canary/baseline). */
export interface ResolvedMetric extends MetricSpec {
  vars: TemplateVars;
}

export type Outcome = 'pass' | 'fail' | 'inconclusive';
