import type { Bucket, Sample } from '../../core/analysis/types.js';
import { ConfigError } from '../../shared/errors.js';

/** The `data` of a successful /api/v1/query or /api/v1/query_range answer. */
export interface PromData {
  resultType: 'scalar' | 'string' | 'vector' | 'matrix';
  result: unknown;
}

interface Series {
  metric: Record<string, string>;
  value?: [number, string];
  values?: [number, string][];
}

/** Prometheus writes special floats as strings: `NaN`, `+Inf`, `-Inf`. */
export function promNumber(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

const describeLabels = (labels: Record<string, string>) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ')}}`;

function tooMany(metric: string, query: string, series: Series[]): ConfigError {
  const shown = series
    .slice(0, 3)
    .map((s) => describeLabels(s.metric))
    .join(', ');
  return ConfigError.single(
    'metrics',
    `metric '${metric}' returned ${series.length} series (${shown}${series.length > 3 ? ', ...' : ''}) where one number is expected; aggregate them, e.g. sum(...), or add label matchers\n  query: ${query}`,
  );
}

const isHistogram = (series: Series[]) => series.length > 1 && series.every((s) => s.metric.le !== undefined);

/** Bucket series (any other labels) summed per `le`, as histogram_quantile does after `sum by (le)`. */
function bucketsOf(points: { le: string; value: string }[]): Bucket[] {
  const byLe = new Map<number, number>();
  for (const p of points) {
    const le = promNumber(p.le);
    byLe.set(le, (byLe.get(le) ?? 0) + promNumber(p.value));
  }
  return [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}

function valueSample(text: string): Sample {
  const value = promNumber(text);
  return Number.isNaN(value)
    ? { kind: 'empty', reason: 'the query answered NaN (no data in the window, e.g. 0/0)' }
    : { kind: 'value', value };
}

/** One sample from an instant query; a matrix or several series where one number is expected is a config error. */
export function instantSample(data: PromData, metric: string, query: string): Sample {
  if (data.resultType === 'scalar') return valueSample((data.result as [number, string])[1]);
  if (data.resultType === 'matrix')
    throw ConfigError.single(
      'metrics',
      `metric '${metric}' returned a range vector (matrix) where one number is expected; drop the [range] selector or wrap it in a function such as rate(...[1m]) or avg_over_time(...[5m])\n  query: ${query}`,
    );
  if (data.resultType !== 'vector')
    throw ConfigError.single(
      'metrics',
      `metric '${metric}' returned a ${data.resultType}, not a number\n  query: ${query}`,
    );
  const series = data.result as Series[];
  if (series.length === 0)
    return { kind: 'empty', reason: 'the query matched no series (no traffic yet, or a label that does not match)' };
  if (isHistogram(series))
    return { kind: 'histogram', buckets: bucketsOf(series.map((s) => ({ le: s.metric.le, value: s.value![1] }))) };
  if (series.length > 1) throw tooMany(metric, query, series);
  return valueSample(series[0].value![1]);
}

/** One sample per step from a range query, histograms regrouped per timestamp. */
export function rangeSamples(data: PromData, metric: string, query: string): Sample[] {
  if (data.resultType !== 'matrix')
    throw ConfigError.single(
      'metrics',
      `metric '${metric}' returned a ${data.resultType} from a range query\n  query: ${query}`,
    );
  const series = data.result as Series[];
  if (series.length === 0) return [];
  if (isHistogram(series)) {
    const byTime = new Map<number, { le: string; value: string }[]>();
    for (const s of series)
      for (const [t, v] of s.values ?? []) byTime.set(t, [...(byTime.get(t) ?? []), { le: s.metric.le, value: v }]);
    return [...byTime.keys()]
      .sort((a, b) => a - b)
      .map((t) => ({ kind: 'histogram', buckets: bucketsOf(byTime.get(t)!) }));
  }
  if (series.length > 1) throw tooMany(metric, query, series);
  return (series[0].values ?? []).map(([, v]) => valueSample(v));
}
