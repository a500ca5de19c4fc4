import type { MetricProvider, ResolvedMetric, TimeRange } from '../../core/analysis/types.js';
import { ConfigError, DeployKitError } from '../../shared/errors.js';
import { createJsonGetter, type HttpSourceOptions, type JsonAnswer } from './http-json.js';
import { instantSample, rangeSamples, type PromData } from './prometheus-parse.js';

export interface PrometheusOptions extends HttpSourceOptions {
  /** Base URL of the server, e.g. http://prometheus.monitoring:9090 (a path prefix is kept). */
  address: string;
}

interface PromBody {
  status?: string;
  data?: PromData;
  errorType?: string;
  error?: string;
}

/** Turns a non-success answer into an error that names the input to fix and shows the query. */
function failure(answer: JsonAnswer, metric: ResolvedMetric, address: string, authGiven: boolean): Error {
  const body = answer.body as PromBody | undefined;
  if (answer.status === 401 || answer.status === 403) {
    const fix = authGiven
      ? 'was refused; check bearer or username/password'
      : 'is required by this server; set bearer, or username and password';
    return ConfigError.single('bearer', `Prometheus at ${address} answered ${answer.status}: authentication ${fix}`);
  }
  if (body?.status === 'error' && (body.errorType === 'bad_data' || answer.status === 400))
    return ConfigError.single(
      'metrics',
      `metric '${metric.name}': Prometheus rejected the query: ${body.error}\n  query: ${metric.query}`,
    );
  if (body?.status === 'error')
    return new DeployKitError(
      `metric '${metric.name}': Prometheus answered ${answer.status} ${body.errorType}: ${body.error}\n  query: ${metric.query}`,
    );
  const snippet = answer.text.slice(0, 120).replace(/\s+/g, ' ');
  return ConfigError.single(
    'address',
    `${address} answered ${answer.status} with no Prometheus API response ('${snippet}'); is it the Prometheus base URL?`,
  );
}

/** The Prometheus HTTP API (instant and range queries) behind the core's MetricProvider. */
export async function createPrometheusProvider(
  o: PrometheusOptions,
): Promise<MetricProvider & { close(): Promise<void> }> {
  const base = o.address.replace(/\/+$/, '');
  const client = await createJsonGetter(o, 'address');
  const authGiven = Boolean(o.token || o.username);
  const call = async (path: string, params: Record<string, string>, metric: ResolvedMetric): Promise<PromData> => {
    const answer = await client.get(`${base}${path}?${new URLSearchParams(params).toString()}`);
    const body = answer.body as PromBody | undefined;
    if (answer.status !== 200 || body?.status !== 'success' || !body.data)
      throw failure(answer, metric, base, authGiven);
    return body.data;
  };
  return {
    name: 'prometheus',
    async measure(metric) {
      return instantSample(await call('/api/v1/query', { query: metric.query }, metric), metric.name, metric.query);
    },
    async series(metric, range: TimeRange) {
      const params = {
        query: metric.query,
        start: String(range.startMs / 1000),
        end: String(range.endMs / 1000),
        step: String(range.stepMs / 1000),
      };
      return rangeSamples(await call('/api/v1/query_range', params, metric), metric.name, metric.query);
    },
    close: () => client.close(),
  };
}
