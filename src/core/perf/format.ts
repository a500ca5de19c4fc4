import { resolveMetric } from './metrics.js';

/** A metric value for people: `12.3ms`, `0.10%`, `512.4 req/s`, `3`. */
export function formatMetric(metricName: string, value: number): string {
  const metric = resolveMetric(metricName);
  if (!Number.isFinite(value)) return String(value);
  switch (metric?.kind) {
    case 'latency':
      return value >= 1000 ? `${(value / 1000).toFixed(3)}s` : `${Number(value.toFixed(3))}ms`;
    case 'ratio':
      return `${Number((value * 100).toFixed(3))}%`;
    case 'rate':
      return `${Number(value.toFixed(1))} req/s`;
    default:
      return String(Number(value.toFixed(3)));
  }
}

/** A relative change for people: `+12.5%`, `-3.0%`, `new` (baseline 0). */
export function formatChange(change: number): string {
  if (!Number.isFinite(change)) return 'from 0';
  return `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
}

/** A p-value as people read it: rounded to 0 it would claim certainty, so small ones print as a bound. */
export function formatPValue(p: number): string {
  return p < 0.0001 ? 'p<0.0001' : `p=${Number(p.toPrecision(2))}`;
}
