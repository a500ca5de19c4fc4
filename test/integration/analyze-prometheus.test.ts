import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, parseCondition, type AnalysisConfig, type MetricSpec } from '../../src/core/analysis/index.js';
import { createPrometheusProvider } from '../../src/clients/metrics/prometheus.js';
import { ConfigError } from '../../src/shared/errors.js';
import { startFleet, type Fleet } from '../helpers/metric-fleet.js';
import { prometheusBinary, startPrometheus, type PrometheusServer } from '../helpers/prometheus.js';

const ERROR_RATE =
  '(sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[3s])) or vector(0)) / sum(rate(http_requests_total{version="{{version}}"}[3s]))';
const P95 =
  'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[3s])))';
const BUCKETS = 'sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[3s]))';

function metric(name: string, query: string, condition?: string): MetricSpec {
  const parsed = condition ? parseCondition(condition) : undefined;
  if (typeof parsed === 'string') throw new Error(parsed);
  return { name, provider: 'prometheus', query, condition: parsed, direction: 'increase' };
}

const plan = { intervalMs: 300, count: 2, initialDelayMs: 0, failureLimit: 0, inconclusiveLimit: 0 };

describe.skipIf(!prometheusBinary())('analysis against a real Prometheus', () => {
  let fleet: Fleet;
  let prom: PrometheusServer;
  let provider: Awaited<ReturnType<typeof createPrometheusProvider>>;
  const deps = () => ({
    providers: { prometheus: provider },
    sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
    now: Date.now,
  });
  const config = (version: string, metrics: MetricSpec[], extra: Partial<AnalysisConfig> = {}): AnalysisConfig => ({
    metrics,
    plan,
    vars: { version },
    minScore: 100,
    kitVersion: 'test',
    ...extra,
  });

  beforeAll(async () => {
    fleet = await startFleet({ clean: {}, twin: {}, bad: { errorRate: 0.2 } });
    prom = await startPrometheus({ targets: fleet.targets, scrapeInterval: '500ms' });
    provider = await createPrometheusProvider({ address: prom.url, timeoutMs: 5000 });
    await prom.waitForScrapes(10);
  }, 60_000);

  afterAll(async () => {
    await provider?.close();
    await prom?.stop();
    await fleet?.stop();
  });

  it('passes the error rate of a clean version and fails one answering 20% 500s', async () => {
    const metrics = [metric('error-rate', ERROR_RATE, 'value < 5%')];
    const clean = await analyze(config('clean', metrics), deps());
    const bad = await analyze(config('bad', metrics), deps());
    expect(clean.verdict).toBe('pass');
    expect(clean.metrics[0].measurements).toHaveLength(2);
    expect(clean.metrics[0].measurements[0].value).toBe(0);
    expect(bad.verdict).toBe('fail');
    expect(bad.metrics[0].measurements[0].value).toBeGreaterThan(0.1);
    expect(bad.metrics[0].measurements[0].value).toBeLessThan(0.3);
    expect(bad.metrics[0].query).toContain('version="bad"');
    expect(bad.stoppedEarly).toMatch(/failure-limit 0/);
    expect(bad.metrics[0].measurements).toHaveLength(1);
  });

  it('judges p95 latency by histogram_quantile and by p(95) on raw buckets alike', async () => {
    const report = await analyze(
      config('clean', [metric('p95', P95, 'value < 250ms'), metric('p95-buckets', BUCKETS, 'p(95) < 250ms')]),
      deps(),
    );
    expect(report.verdict).toBe('pass');
    const [server, ours] = report.metrics.map((m) => m.measurements[0].value!);
    expect(server).toBeGreaterThan(0);
    expect(ours).toBeGreaterThan(0);
    // Same buckets, same interpolation: seconds from the server, milliseconds from the condition.
    expect(ours).toBeLessThan(250);
    expect(server * 1000).toBeLessThan(250);
    const strict = await analyze(config('clean', [metric('p95', P95, 'value < 1us')]), deps());
    expect(strict.verdict).toBe('fail');
  });

  it('calls an empty result inconclusive, never a pass', async () => {
    const report = await analyze(
      config('ghost', [metric('error-rate', ERROR_RATE, 'value < 5%'), metric('p95', P95, 'value < 1s')]),
      deps(),
    );
    expect(report.verdict).toBe('inconclusive');
    expect(report.score).toBe(0);
    expect(report.metrics.map((m) => m.outcome)).toEqual(['inconclusive', 'inconclusive']);
    expect(report.metrics[0].reason).toMatch(/no series|NaN/);
  });

  describe('comparison with the baseline', () => {
    const compared = (canary: string, baseline: string) =>
      config(canary, [metric('error-rate', ERROR_RATE), metric('p95', P95)], {
        plan: { ...plan, count: 1 },
        comparison: { baselineVars: { version: baseline }, lookbackMs: 5000, stepMs: 500, maxDifference: 0.1 },
      });

    it('fails a canary answering 20% 500s against a healthy stable', async () => {
      const report = await analyze(compared('bad', 'clean'), deps());
      expect(report.mode).toBe('compare');
      expect(report.verdict).toBe('fail');
      const errorRate = report.metrics[0];
      expect(errorRate.outcome).toBe('fail');
      expect(errorRate.baselineQuery).toContain('version="clean"');
      expect(errorRate.measurements[0].comparison!.pValue).toBeLessThan(0.05);
      expect(errorRate.measurements[0].comparison!.canaryPoints).toBeGreaterThanOrEqual(5);
      expect(report.score).toBeLessThan(100);
    });

    it('raises no false alarm between two healthy versions in 20 repeated comparisons', async () => {
      const verdicts: string[] = [];
      for (let run = 0; run < 20; run++) {
        const report = await analyze(compared('twin', 'clean'), deps());
        verdicts.push(`${report.verdict}${report.reasons.length ? `: ${report.reasons.join('; ')}` : ''}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(verdicts.filter((v) => v !== 'pass')).toEqual([]);
    }, 60_000);
  });

  it('rejects a PromQL syntax error with the server message and the query', async () => {
    const query = 'sum(rate(http_requests_total[1m])';
    const error = await analyze(config('clean', [metric('broken', query, 'value < 1')]), deps()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems[0].input).toBe('metrics');
    expect(String(error)).toMatch(/Prometheus rejected the query: .*parse error/);
    expect(String(error)).toContain(`query: ${query}`);
  });

  it('rejects a matrix where one number is expected, and several unaggregated series', async () => {
    const matrix = await analyze(
      config('clean', [metric('raw', 'http_requests_total{version="{{version}}"}[5s]', 'value < 1')]),
      deps(),
    ).catch((e: unknown) => e);
    expect(String(matrix)).toMatch(/input 'metrics': metric 'raw' returned a range vector \(matrix\)/);
    const many = await analyze(config('clean', [metric('many', 'up', 'value == 1')]), deps()).catch((e: unknown) => e);
    expect(String(many)).toMatch(/returned 3 series .* aggregate them/);
  });

  it('rejects an unknown template variable before any query', async () => {
    const error = await analyze(
      config('clean', [metric('typo', 'up{version="{{verison}}"}', 'value == 1')]),
      deps(),
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/input 'metrics': metric 'typo' uses unknown template variable \{\{verison\}\}/);
  });

  it('names the address when the server is unreachable', async () => {
    const closed = await createPrometheusProvider({ address: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const error = await analyze(config('clean', [metric('e', 'up', 'value == 1')]), {
      ...deps(),
      providers: { prometheus: closed },
    }).catch((e: unknown) => e);
    await closed.close();
    expect(String(error)).toMatch(/input 'address': cannot reach http:\/\/127.0.0.1:9: .*ECONNREFUSED/);
  });
});
