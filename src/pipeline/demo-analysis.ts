import {
  analyze,
  parseCondition,
  type AnalysisReport,
  type Condition,
  type MetricSpec,
} from '../core/analysis/index.js';
import { createPrometheusProvider } from '../clients/metrics/prometheus.js';
import { prometheusBinary, startPrometheus } from '../clients/metrics/prometheus-process.js';
import { createScrapeProvider } from '../clients/metrics/scrape.js';
import { table } from '../shared/markdown.js';

export interface DemoAnalysis {
  /** `prometheus`: a real Prometheus scraped the pods; `direct`: their /metrics were read without one. */
  source: 'prometheus' | 'direct';
  report: AnalysisReport;
}

export interface DemoAnalysisOptions {
  /** The demo Service's URL (round-robin to the pods). */
  url: string;
  version: string;
  env: Readonly<Record<string, string | undefined>>;
  say(line: string): void;
  /** Override the PATH lookup (tests force either path). */
  prometheus?: string | null;
}

const condition = (text: string) => parseCondition(text) as Condition;
const PROMQL = {
  'error-rate': `(sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[3s])) or vector(0)) / sum(rate(http_requests_total{version="{{version}}"}[3s]))`,
  'p95-latency': `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[3s])))`,
};
const DIRECT = {
  'error-rate': 'error-ratio version={{version}}',
  'p95-latency': 'latency-buckets version={{version}}',
};

function metrics(source: DemoAnalysis['source']): MetricSpec[] {
  const queries = source === 'prometheus' ? PROMQL : DIRECT;
  const latency = source === 'prometheus' ? 'value < 500ms' : 'p(95) < 500ms';
  return [
    {
      name: 'error-rate',
      provider: 'prometheus',
      query: queries['error-rate'],
      condition: condition('value < 1%'),
      direction: 'increase',
    },
    {
      name: 'p95-latency',
      provider: 'prometheus',
      query: queries['p95-latency'],
      condition: condition(latency),
      direction: 'increase',
    },
  ];
}

/** Light GET /api/items traffic until stopped, so the release has numbers to be judged by. */
function traffic(url: string): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await Promise.all([
        fetch(`${url}/api/items`)
          .then((r) => r.arrayBuffer())
          .catch(() => undefined),
        new Promise((r) => setTimeout(r, 50)),
      ]);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

const deps = { sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), now: Date.now };
const plan = { intervalMs: 1500, count: 3, initialDelayMs: 0, failureLimit: 0, inconclusiveLimit: 0 };

async function withPrometheus(o: DemoAnalysisOptions, binary: string): Promise<AnalysisReport> {
  const server = await startPrometheus({ targets: [new URL(o.url).host], scrapeInterval: '500ms' }, binary);
  o.say(`metric analysis: a real Prometheus (${binary}) at ${server.url} scrapes the pods' /metrics every 500ms`);
  try {
    await server.waitForScrapes(6);
    const provider = await createPrometheusProvider({ address: server.url, timeoutMs: 5000 });
    try {
      return await analyze(
        { metrics: metrics('prometheus'), plan, vars: { version: o.version }, minScore: 100, kitVersion: 'demo' },
        { providers: { prometheus: provider }, ...deps },
      );
    } finally {
      await provider.close();
    }
  } finally {
    await server.stop();
  }
}

async function direct(o: DemoAnalysisOptions): Promise<AnalysisReport> {
  o.say(`metric analysis: no prometheus on PATH; reading the pods' /metrics directly through ${o.url}`);
  const provider = createScrapeProvider(o.url);
  await provider.start();
  await deps.sleep(plan.intervalMs);
  return analyze(
    { metrics: metrics('direct'), plan, vars: { version: o.version }, minScore: 100, kitVersion: 'demo' },
    { providers: { prometheus: provider }, ...deps },
  );
}

/**
 * Judges the serving release by its own metrics (error rate, p95 latency) while it takes traffic:
 * with a real Prometheus when one is on PATH, else by reading the pods' /metrics directly; the same
 * analysis core and provider interface either way, and the demo says which.
 */
export async function analyzeDemoRelease(o: DemoAnalysisOptions): Promise<DemoAnalysis> {
  const binary = o.prometheus === undefined ? prometheusBinary(o.env) : (o.prometheus ?? undefined);
  const stop = traffic(o.url);
  try {
    const report = binary ? await withPrometheus(o, binary) : await direct(o);
    o.say(
      `metric analysis of ${o.version}: ${report.verdict} (score ${report.score}); ${report.metrics.map((m) => `${m.name} ${m.measurements.at(-1)?.reason ?? ''}`).join('; ')}`,
    );
    return { source: binary ? 'prometheus' : 'direct', report };
  } finally {
    await stop();
  }
}

export function renderDemoAnalysis(a: DemoAnalysis): string {
  const rows = a.report.metrics.map((m) => [m.name, m.query, m.outcome, m.reason]);
  const how =
    a.source === 'prometheus'
      ? 'a real Prometheus scraping the pods'
      : "the pods' /metrics read directly (no Prometheus on PATH)";
  return `\n## Metric analysis of ${a.report.vars.version}: ${a.report.verdict} (score ${a.report.score})\n\nFrom ${how}.\n\n${table(['metric', 'query', 'outcome', 'last'], rows)}`;
}
