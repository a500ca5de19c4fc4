import { compare, parseThreshold } from '../perf/thresholds.js';
import { histogramQuantile } from './histogram.js';
import type { Condition, Outcome, Sample } from './types.js';

export type { Condition };

export const CONDITION_FORMS = ['value < 0.01', 'value <= 1%', 'value < 300ms', 'value >= 100', 'p(95) < 300ms'];

const formsHint = `valid forms: ${CONDITION_FORMS.join(', ')}`;

/** perf-gate's grammar (operator, number, unit) read through stand-in metrics: a ratio, else a latency. */
function parseValueCondition(expression: string, rest: string): Condition | string {
  const asNumber = parseThreshold(`error_rate ${rest}`);
  if (typeof asNumber !== 'string') return { expression, subject: 'value', op: asNumber.op, limit: asNumber.limit };
  const asTime = parseThreshold(`avg ${rest}`);
  if (typeof asTime !== 'string') return { expression, subject: 'value', op: asTime.op, limit: asTime.limit / 1000 };
  return `'${expression}' is not a condition of the form value <op> <number>[% or time unit]; ${formsHint}`;
}

/** Parses one condition; returns a problem message instead of throwing so all metrics can be reported. */
export function parseCondition(text: string): Condition | string {
  const expression = text.trim();
  const value = expression.match(/^value\b(.*)$/i);
  if (value) return parseValueCondition(expression, value[1]);
  const parsed = parseThreshold(expression);
  if (typeof parsed === 'string') return `${parsed}; ${formsHint}`;
  const percentile = parsed.metric.percentile ?? (parsed.metric.name === 'med' ? 50 : undefined);
  if (percentile === undefined)
    return `'${parsed.metric.name}' in '${expression}' is a load-test figure; a metric condition is 'value <op> <limit>' or 'p(N) <op> <time>' on a histogram query`;
  return { expression, subject: 'quantile', op: parsed.op, limit: parsed.limit, quantile: percentile / 100 };
}

export interface Judgement {
  outcome: Outcome;
  /** The number the condition judged (ms for a quantile); absent when inconclusive. */
  value?: number;
  reason: string;
}

/** The number a condition looks at, or why there is none. */
export function observedValue(condition: Condition | undefined, sample: Sample): number | string {
  if (sample.kind === 'empty') return sample.reason;
  if (sample.kind === 'value') {
    if (condition?.subject === 'quantile')
      return `the query answered one number, but '${condition.expression}' needs histogram buckets (a 'le' label per series)`;
    return sample.value;
  }
  if (condition?.subject !== 'quantile')
    return `the query answered histogram buckets ('le' labels); write a condition such as p(95) < 300ms or wrap the query in histogram_quantile()`;
  return histogramQuantile(condition.quantile!, sample.buckets) * 1000;
}

/** Judges one sample: NaN, an empty result and a missing series are inconclusive, never a pass. */
export function judge(condition: Condition, sample: Sample): Judgement {
  const value = observedValue(condition, sample);
  if (typeof value === 'string') return { outcome: 'inconclusive', reason: value };
  if (Number.isNaN(value))
    return { outcome: 'inconclusive', reason: 'the value is NaN (no data in the window, e.g. 0/0)' };
  const holds = compare(value, condition.op, condition.limit);
  return {
    outcome: holds ? 'pass' : 'fail',
    value,
    reason: `${formatNumber(value)} ${holds ? 'holds' : 'breaks'} ${condition.expression}`,
  };
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
