import type { MetricProvider, ResolvedMetric, Sample } from '../../core/analysis/types.js';
import { ConfigError } from '../../shared/errors.js';
import { createJsonGetter, type HttpSourceOptions } from './http-json.js';
import { parseJsonPath, readJsonPath } from './jsonpath.js';

/** A JSON value as a sample: numbers and numeric strings count; null or a missing path is empty. */
function sampleOf(value: unknown, metric: ResolvedMetric): Sample {
  if (value === undefined || value === null)
    return { kind: 'empty', reason: `${metric.jsonPath} is missing in the answer of ${metric.query}` };
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (typeof value === 'object' || (typeof value === 'string' && Number.isNaN(number)))
    throw ConfigError.single(
      'metrics',
      `metric '${metric.name}': ${metric.jsonPath} is ${JSON.stringify(value).slice(0, 80)}, not a number`,
    );
  return Number.isNaN(number)
    ? { kind: 'empty', reason: `${metric.jsonPath} is NaN` }
    : { kind: 'value', value: number };
}

/** Argo's "web" provider: any HTTP JSON endpoint, a JSONPath to the number. */
export async function createWebProvider(o: HttpSourceOptions): Promise<MetricProvider & { close(): Promise<void> }> {
  const client = await createJsonGetter(o, 'metrics');
  return {
    name: 'web',
    async measure(metric) {
      const path = parseJsonPath(metric.jsonPath ?? '');
      if (typeof path === 'string') throw ConfigError.single('metrics', `metric '${metric.name}': ${path}`);
      const answer = await client.get(metric.query);
      if (answer.status === 401 || answer.status === 403)
        throw ConfigError.single(
          'bearer',
          `${metric.query} answered ${answer.status}: set or fix bearer, username/password or headers`,
        );
      if (answer.status !== 200 || answer.body === undefined)
        throw ConfigError.single(
          'metrics',
          `metric '${metric.name}': ${metric.query} answered ${answer.status}${answer.body === undefined ? ' without JSON' : ''}: '${answer.text.slice(0, 120)}'`,
        );
      return sampleOf(readJsonPath(answer.body, path), metric);
    },
    close: () => client.close(),
  };
}
