import { isRecord } from './files.js';
import { ReportError, type HealthData, type PerfThreshold, type PerformanceData } from './types.js';

/*
 * perf-gate, health-check and smoke-test reports (deploy-kit's own: src/core/perf/report.ts
 * PerfReport, the health-check and smoke-test report files) are read defensively, by the fields
 * below only, so a new field in those reports never breaks the score:
 * - perf-gate: `passed` (boolean) and/or `verdict` (string), `thresholds`: an array (or a map by
 *   name) of { expression|name|metric, measured|actual|value|observed, limit|target|threshold,
 *   op|operator|comparator } where op '<'/'<=' means the measure must stay below the limit.
 *   Equality thresholds ('==', '!=') have no headroom and are left out of the mean.
 * - health-check: `healthy` (boolean), optional `targets`|`results`|`urls`: [{ url|name, healthy|ok|passed }].
 * - smoke-test: `total` and `failed` (numbers), optional `skipped` (not a pass), optional
 *   `checks`|`results`|`cases`: [{ name, passed (boolean) or verdict ('pass'|'fail'|'skip') }].
 */
const pick = (entry: Record<string, unknown>, keys: string[]): unknown => keys.map((k) => entry[k]).find((v) => v !== undefined);
const numeric = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function thresholdEntries(raw: unknown): [string, Record<string, unknown>][] {
  if (Array.isArray(raw)) return raw.filter(isRecord).map((t, i) => [String(pick(t, ['name', 'expression', 'metric']) ?? `threshold ${i + 1}`), t]);
  if (isRecord(raw)) return Object.entries(raw).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]));
  return [];
}

function boundOf(name: string, entry: Record<string, unknown>): 'upper' | 'lower' {
  const op = String(pick(entry, ['op', 'operator', 'comparator']) ?? '');
  if (op.startsWith('>') || op === 'gt' || op === 'gte' || op === 'min') return 'lower';
  if (op.startsWith('<') || op === 'lt' || op === 'lte' || op === 'max') return 'upper';
  const match = name.match(/([<>])/);
  if (match) return match[1] === '>' ? 'lower' : 'upper';
  return /rps|throughput|requests/i.test(name) ? 'lower' : 'upper';
}

export function performanceFromPerfGate(path: string, data: unknown): PerformanceData {
  if (!isRecord(data)) throw new ReportError(path, 'perf-gate report must be a JSON object');
  const verdict = typeof data.verdict === 'string' ? data.verdict.toLowerCase() : undefined;
  const passed = typeof data.passed === 'boolean' ? data.passed : verdict ? ['pass', 'passed'].includes(verdict) : undefined;
  if (passed === undefined) throw new ReportError(path, 'perf-gate report needs `passed` (boolean) or `verdict` (string)');
  const thresholds: PerfThreshold[] = [];
  for (const [name, entry] of thresholdEntries(data.thresholds)) {
    const measured = numeric(pick(entry, ['measured', 'actual', 'value', 'observed']));
    const limit = numeric(pick(entry, ['limit', 'target', 'threshold']));
    const op = String(pick(entry, ['op', 'operator', 'comparator']) ?? '');
    if (measured === undefined || limit === undefined || op === '==' || op === '!=') continue;
    thresholds.push({ name, measured, limit, bound: boundOf(name, entry) });
  }
  return { runs: [{ passed, verdict: verdict ?? (passed ? 'pass' : 'fail') }], thresholds };
}

function itemPassed(item: Record<string, unknown>): boolean | undefined {
  const value = pick(item, ['healthy', 'passed', 'ok']);
  if (typeof value === 'boolean') return value;
  if (item.verdict === 'pass' || item.verdict === 'fail') return item.verdict === 'pass';
  return undefined;
}

export function healthFromReport(path: string, data: unknown, format: 'health-check' | 'smoke-test'): HealthData {
  if (!isRecord(data)) throw new ReportError(path, `${format} report must be a JSON object`);
  const items = asItems(pick(data, ['targets', 'checks', 'results', 'urls', 'cases']));
  const failing = items.filter((i) => itemPassed(i) === false).map((i, n) => String(pick(i, ['name', 'url']) ?? `check ${n + 1}`));
  if (format === 'smoke-test') {
    const total = numeric(data.total);
    const failed = numeric(data.failed);
    if (total === undefined || failed === undefined) throw new ReportError(path, 'smoke-test report needs numeric `total` and `failed`');
    return { checks: total, passed: Math.max(0, total - failed - (numeric(data.skipped) ?? 0)), failing };
  }
  if (typeof data.healthy !== 'boolean') throw new ReportError(path, 'health-check report needs `healthy` (boolean)');
  const judged = items.filter((i) => itemPassed(i) !== undefined);
  if (judged.length === 0) return { checks: 1, passed: data.healthy ? 1 : 0, failing: data.healthy ? [] : [path] };
  return { checks: judged.length, passed: judged.length - failing.length, failing };
}

const asItems = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);
