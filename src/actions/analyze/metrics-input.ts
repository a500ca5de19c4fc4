import { parse as parseYaml } from 'yaml';
import { parseCondition } from '../../core/analysis/conditions.js';
import { PROVIDER_NAMES, type Direction, type MetricSpec, type ProviderName } from '../../core/analysis/types.js';
import { KUBERNETES_SIGNALS } from '../../clients/metrics/kubernetes-signals.js';
import { parseJsonPath } from '../../clients/metrics/jsonpath.js';
import { ConfigError } from '../../shared/errors.js';

const DIRECTIONS: Direction[] = ['increase', 'decrease', 'either'];
const KEYS = ['name', 'provider', 'query', 'url', 'json-path', 'selector', 'condition', 'direction'];

/** A metric entry before the mode is known: the condition is required in measure mode only (checked in main). */
type Entry = Record<string, unknown>;

function str(entry: Entry, key: string): string | undefined {
  const value = entry[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

function checkSource(entry: Entry, provider: ProviderName, name: string): string | undefined {
  if (provider === 'web') {
    const path = parseJsonPath(str(entry, 'json-path') ?? '');
    if (!str(entry, 'url') || !str(entry, 'json-path')) return `metric '${name}' (web) needs url: and json-path:`;
    return typeof path === 'string' ? `metric '${name}': ${path}` : undefined;
  }
  const query = str(entry, 'query');
  if (!query)
    return `metric '${name}' needs query: (${provider === 'prometheus' ? 'PromQL' : KUBERNETES_SIGNALS.join(', ')})`;
  if (provider === 'kubernetes' && !(KUBERNETES_SIGNALS as readonly string[]).includes(query))
    return `metric '${name}' (kubernetes) query must be one of ${KUBERNETES_SIGNALS.join(', ')}, got '${query}'`;
  return undefined;
}

/** One list entry -> a MetricSpec, or the problems found in it. */
function toSpec(entry: Entry, index: number, defaultProvider: ProviderName): MetricSpec | string[] {
  const name = str(entry, 'name') ?? `#${index + 1}`;
  const problems: string[] = [];
  const unknown = Object.keys(entry).filter((k) => !KEYS.includes(k));
  if (unknown.length)
    problems.push(`metric '${name}' has unknown keys ${unknown.join(', ')} (keys: ${KEYS.join(', ')})`);
  if (!str(entry, 'name')) problems.push(`metric ${name} needs a name:`);
  const provider = (str(entry, 'provider') ?? defaultProvider) as ProviderName;
  if (!PROVIDER_NAMES.includes(provider))
    problems.push(`metric '${name}' provider must be one of ${PROVIDER_NAMES.join(', ')}, got '${provider}'`);
  else {
    const problem = checkSource(entry, provider, name);
    if (problem) problems.push(problem);
  }
  const direction = (str(entry, 'direction') ?? 'increase') as Direction;
  if (!DIRECTIONS.includes(direction))
    problems.push(`metric '${name}' direction must be one of ${DIRECTIONS.join(', ')}, got '${direction}'`);
  const conditionText = str(entry, 'condition');
  const condition = conditionText ? parseCondition(conditionText) : undefined;
  if (typeof condition === 'string') problems.push(`metric '${name}' condition: ${condition}`);
  if (problems.length) return problems;
  return {
    name,
    provider,
    query: provider === 'web' ? str(entry, 'url')! : str(entry, 'query')!,
    jsonPath: str(entry, 'json-path'),
    selector: str(entry, 'selector'),
    condition: condition as MetricSpec['condition'],
    direction,
  };
}

function entriesOf(raw: string): Entry[] | string {
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (error) {
    return `is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
  }
  if (!Array.isArray(value) || value.length === 0)
    return 'must be a YAML list of metrics, each with name:, query: and condition:';
  if (value.some((e) => !e || typeof e !== 'object' || Array.isArray(e)))
    return 'every list item must be a mapping (name: ..., query: ..., condition: ...)';
  return value as Entry[];
}

/**
 * The `metrics` input: a YAML list, every entry checked (conditions parsed with perf-gate's
 * grammar) and every problem reported at once against the input, before any query runs.
 */
export function parseMetrics(raw: string, defaultProvider: ProviderName, requireCondition: boolean): MetricSpec[] {
  const entries = entriesOf(raw);
  if (typeof entries === 'string') throw ConfigError.single('metrics', entries);
  const specs: MetricSpec[] = [];
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const spec = toSpec(entry, index, defaultProvider);
    if (Array.isArray(spec)) return problems.push(...spec);
    if (requireCondition && !spec.condition)
      problems.push(`metric '${spec.name}' needs a condition: such as 'value < 0.01' or 'p(95) < 300ms'`);
    specs.push(spec);
  });
  const names = specs.map((s) => s.name);
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length) problems.push(`metric names must be unique, repeated: ${repeated.join(', ')}`);
  if (problems.length) throw new ConfigError(problems.map((message) => ({ input: 'metrics', message })));
  return specs;
}
