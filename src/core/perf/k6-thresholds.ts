import { resolveMetric } from './metrics.js';

/** One k6 threshold translated: the text the user wrote and the perf-gate expression it means. */
export interface K6Translation {
  /** As shown in reports: `http_req_duration: p(95)<200`. */
  expression: string;
  /** perf-gate's own form: `p(95)<200` (k6 durations are milliseconds, which is also perf-gate's default unit). */
  native: string;
}

/** k6 metric -> aggregation -> perf-gate metric (`*` = any latency aggregation, kept as written). */
const K6_METRICS: Record<string, Record<string, string>> = {
  http_req_duration: { '*': '*' },
  http_req_failed: { rate: 'error_rate' },
  http_reqs: { rate: 'rps', count: 'requests' },
};

export const K6_FORMS = [
  'http_req_duration: p(95)<200',
  "http_req_duration: ['p(95)<200', 'p(99)<500']",
  'http_req_failed: rate<0.01',
  'http_reqs: rate>100',
  'http_reqs: count>1000',
];

const LINE = /^["']?([a-z_][a-z0-9_]*)(\{[^}]*\})?["']?\s*:\s*(.+?)\s*,?$/i;

/**
 * A line pasted from a k6 script's `thresholds` object (`name: 'expr'` or `name: ['expr', ...]`)
 * translated into perf-gate expressions; undefined when the line is not in k6's form (perf-gate's
 * own expressions never contain a colon), a message when it is but cannot be honoured.
 */
export function translateK6Line(text: string): K6Translation[] | string | undefined {
  const match = text.trim().match(LINE);
  if (!match) return undefined;
  const [, name, tags, value] = match;
  const metric = K6_METRICS[name.toLowerCase()];
  if (!metric)
    return `k6 metric '${name}' has no perf-gate equivalent (k6 metrics accepted: ${Object.keys(K6_METRICS).join(', ')}; perf-gate has no checks, use error_rate or non2xx)`;
  if (tags) return `k6 sub-metric '${name}${tags}' is not supported: perf-gate measures one request, drop the tags`;
  const items = listItems(value);
  if (typeof items === 'string') return `${items} in '${text.trim()}'`;
  const translations: K6Translation[] = [];
  for (const item of items) {
    const translated = translateItem(name.toLowerCase(), metric, item);
    if (typeof translated === 'string') return translated;
    translations.push(translated);
  }
  return translations;
}

/** `'p(95)<200'`, `p(95)<200` or `['a', "b"]` -> the bare expressions. */
function listItems(value: string): string[] | string {
  const trimmed = value.trim();
  if (trimmed.includes('{'))
    return "k6's object form ({ threshold, abortOnFail }) is not supported: write the expression and set abort-on-fail";
  const body = trimmed.startsWith('[') ? trimmed.replace(/^\[|\]$/g, '') : trimmed;
  const items = body
    .split(',')
    .map((item) => item.trim().replace(/^(['"`])(.*)\1$/, '$2'))
    .filter((item) => item.length > 0);
  return items.length > 0 ? items : 'no threshold expression after the metric name';
}

function translateItem(name: string, metric: Record<string, string>, item: string): K6Translation | string {
  const aggregation = item.match(/^\s*(p\(\s*[^)]*\)|[a-z_0-9]+)/i)?.[1] ?? '';
  const expression = `${name}: ${item}`;
  if (metric['*']) {
    const resolved = resolveMetric(aggregation);
    if (resolved?.kind !== 'latency')
      return `'${aggregation}' is not a k6 trend aggregation of ${name} in '${expression}' (use avg, min, med, max or p(N))`;
    return { expression, native: item };
  }
  const native = metric[aggregation.toLowerCase()];
  if (!native)
    return `'${aggregation}' is not valid for ${name} in '${expression}' (use ${Object.keys(metric).join(' or ')})`;
  return { expression, native: native + item.trim().slice(aggregation.length) };
}
