import { translateK6Line } from './k6-thresholds.js';
import { METRIC_NAMES, resolveMetric, type Metric, type MetricKind } from './metrics.js';

export type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** One parsed k6-style threshold such as `p(95) < 200ms`; `limit` is in the metric's base unit. */
export interface Threshold {
  expression: string;
  metric: Metric;
  op: Operator;
  /** Milliseconds for latency, a fraction for ratios, requests/s for rate, a number for counts. */
  limit: number;
}

export interface ParseProblem {
  line: number;
  message: string;
}

export const VALID_FORMS = [
  'p(95) < 200ms',
  'p(99.9) <= 1s',
  'avg < 100ms',
  'med < 50ms',
  'max < 2s',
  'stddev < 20ms',
  'error_rate < 0.1%',
  'rps >= 500',
  'non2xx == 0',
  'errors == 0',
  'timeouts == 0',
  'requests > 1000',
  'http_req_duration: p(95)<200 (k6)',
  'http_req_failed: rate<0.01 (k6)',
];

const EXPRESSION = /^(p\(\s*[^)]*\)|[a-z_0-9]+)\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*([a-zµ%/]*)$/i;
const LATENCY_UNITS: Record<string, number> = { '': 1, us: 0.001, µs: 0.001, ms: 1, s: 1000, m: 60_000 };

function scaleLimit(kind: MetricKind, value: number, unit: string): number | string {
  const u = unit.toLowerCase();
  if (kind === 'latency')
    return u in LATENCY_UNITS ? value * LATENCY_UNITS[u] : `unit '${unit}' is not a time unit (us, ms, s, m)`;
  if (kind === 'ratio') {
    if (u === '%') return value / 100;
    return u === '' ? value : `unit '${unit}' is not valid for a ratio (write 0.1% or 0.001)`;
  }
  if (kind === 'rate') return u === '' || u === '/s' ? value : `unit '${unit}' is not valid for rps (write rps >= 500)`;
  return u === '' ? value : `a count takes no unit, got '${unit}'`;
}

/**
 * Parses one expression (perf-gate's own or a single k6 threshold such as
 * `http_req_duration: p(95)<200`); returns a problem message instead of throwing so all lines can be reported.
 */
export function parseThreshold(text: string): Threshold | string {
  const parsed = parseThresholdLine(text);
  if (typeof parsed === 'string') return parsed;
  return parsed.length === 1 ? parsed[0] : `'${text.trim()}' holds ${parsed.length} thresholds; use parseThresholds`;
}

/** One line: a perf-gate expression, or a k6 line that may list several (`http_req_duration: ['p(95)<200', 'p(99)<500']`). */
export function parseThresholdLine(text: string): Threshold[] | string {
  const k6 = translateK6Line(text);
  if (k6 === undefined) {
    const own = parseNative(text);
    return typeof own === 'string' ? own : [own];
  }
  if (typeof k6 === 'string') return k6;
  const thresholds: Threshold[] = [];
  for (const { expression, native } of k6) {
    const parsed = parseNative(native);
    if (typeof parsed === 'string') return `${parsed} (from k6's '${expression}')`;
    thresholds.push({ ...parsed, expression });
  }
  return thresholds;
}

function parseNative(text: string): Threshold | string {
  const expression = text.trim();
  const match = expression.match(EXPRESSION);
  if (!match) return `'${expression}' is not an expression of the form <metric> <op> <value>[unit]`;
  const metric = resolveMetric(match[1]);
  if (!metric)
    return `unknown metric '${match[1]}' in '${expression}' (metrics: ${METRIC_NAMES.join(', ')}; p(N) needs 0 < N <= 100)`;
  const limit = scaleLimit(metric.kind, Number(match[3]), match[4]);
  if (typeof limit === 'string') return `${limit} in '${expression}'`;
  return { expression, metric, op: match[2] as Operator, limit };
}

/** Parses one expression per line (blank lines and # comments skipped), collecting every problem. */
export function parseThresholds(lines: readonly string[]): { thresholds: Threshold[]; problems: ParseProblem[] } {
  const thresholds: Threshold[] = [];
  const problems: ParseProblem[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    const parsed = parseThresholdLine(text);
    if (typeof parsed === 'string') problems.push({ line: index + 1, message: parsed });
    else thresholds.push(...parsed);
  });
  return { thresholds, problems };
}

/** True when `value op limit` holds. */
export function compare(value: number, op: Operator, limit: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '==':
      return value === limit;
    case '!=':
      return value !== limit;
  }
}

/** One `max-regression` rule: `p(95): 10%` = fail when p95 is worse than the baseline by more than 10%. */
export interface RegressionRule {
  expression: string;
  metric: Metric;
  /** Allowed worsening as a fraction (0.1 = 10%). */
  allowed: number;
}

const RULE = /^([^:]+):\s*(\d+(?:\.\d+)?)\s*%$/;
const REGRESSION_KINDS: MetricKind[] = ['latency', 'rate', 'ratio'];

export function parseRegressionRule(text: string): RegressionRule | string {
  const expression = text.trim();
  const match = expression.match(RULE);
  if (!match) return `'${expression}' must look like 'p(95): 10%' or 'rps: 5%'`;
  const metric = resolveMetric(match[1]);
  if (!metric || !REGRESSION_KINDS.includes(metric.kind)) {
    return `'${match[1].trim()}' cannot be compared with a baseline (use p(N), avg, med, max, rps or error_rate)`;
  }
  return { expression, metric, allowed: Number(match[2]) / 100 };
}
