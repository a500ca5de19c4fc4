import type { Bucket, MetricProvider, ResolvedMetric, Sample } from '../../core/analysis/types.js';
import { ConfigError } from '../../shared/errors.js';
import { promNumber } from './prometheus-parse.js';

/** The queries a direct /metrics reader answers (it has no PromQL): the demo app's RED signals. */
export const SCRAPE_QUERIES = ['error-ratio', 'latency-buckets'] as const;

interface Series {
  name: string;
  labels: Record<string, string>;
  value: number;
}
type Snapshot = Map<string, Series>;

const LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/** Prometheus text exposition -> series (comments and HELP/TYPE lines skipped). */
export function parseExposition(text: string): Series[] {
  const series: Series[] = [];
  for (const line of text.split('\n')) {
    const match = line.match(LINE);
    if (!match || line.startsWith('#')) continue;
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(LABEL)].map((m) => [m[1], m[2]]));
    series.push({ name: match[1], labels, value: promNumber(match[3]) });
  }
  return series;
}

const keyOf = (s: Series) => `${s.name}${JSON.stringify(s.labels)}`;

/** The increase of every matching series since `before` (a series new since then counts from 0). */
function increases(now: Snapshot, before: Snapshot, name: string, version: string | undefined): Series[] {
  return [...now.values()]
    .filter((s) => s.name === name && (version === undefined || s.labels.version === version))
    .map((s) => ({ ...s, value: s.value - (before.get(keyOf(s))?.value ?? 0) }));
}

function sampleOf(query: string, now: Snapshot, before: Snapshot): Sample {
  const [, kind, version] = query.match(/^(error-ratio|latency-buckets)(?:\s+version=(\S+))?$/) ?? [];
  if (kind === 'error-ratio') {
    const rows = increases(now, before, 'http_requests_total', version);
    const total = rows.reduce((sum, s) => sum + s.value, 0);
    const errors = rows.filter((s) => s.labels.code?.startsWith('5')).reduce((sum, s) => sum + s.value, 0);
    return total > 0
      ? { kind: 'value', value: errors / total }
      : { kind: 'empty', reason: 'no requests since the last measurement' };
  }
  const byLe = new Map<number, number>();
  for (const s of increases(now, before, 'http_request_duration_seconds_bucket', version))
    byLe.set(promNumber(s.labels.le), (byLe.get(promNumber(s.labels.le)) ?? 0) + s.value);
  const buckets: Bucket[] = [...byLe].map(([le, count]) => ({ le, count }));
  return buckets.length ? { kind: 'histogram', buckets } : { kind: 'empty', reason: 'no latency series' };
}

/**
 * Reads /metrics straight from the pods when no Prometheus is at hand: each measurement scrapes
 * `scrapes` times (a round-robin Service reaches every pod; each pod's series carry its own label)
 * and judges the increase since the metric's previous measurement, as rate() would.
 */
export function createScrapeProvider(url: string, scrapes = 4): MetricProvider & { start(): Promise<void> } {
  const previous = new Map<string, Snapshot>();
  let first: Snapshot = new Map();
  const snapshot = async (): Promise<Snapshot> => {
    const merged: Snapshot = new Map();
    for (let i = 0; i < scrapes; i++) {
      const response = await fetch(`${url}/metrics`).catch((error: unknown) => {
        throw ConfigError.single('address', `cannot read ${url}/metrics: ${String(error)}`);
      });
      for (const s of parseExposition(await response.text())) {
        const key = keyOf(s);
        if (!merged.has(key) || merged.get(key)!.value < s.value) merged.set(key, s);
      }
    }
    return merged;
  };
  return {
    name: 'prometheus',
    async start() {
      first = await snapshot();
    },
    async measure(metric: ResolvedMetric) {
      if (!(SCRAPE_QUERIES as readonly string[]).some((q) => metric.query.startsWith(q)))
        throw ConfigError.single(
          'metrics',
          `metric '${metric.name}': reading /metrics directly answers only ${SCRAPE_QUERIES.join(', ')}`,
        );
      const now = await snapshot();
      const sample = sampleOf(metric.query, now, previous.get(metric.name) ?? first);
      previous.set(metric.name, now);
      return sample;
    },
  };
}
