import { isRecord } from './files.js';
import type { DimensionId, ReportFormat } from './types.js';

/** Which formats each dimension accepts, in detection order. */
export const DIMENSION_FORMATS: Record<DimensionId, readonly ReportFormat[]> = {
  tests: ['junit'],
  coverage: ['lcov', 'cobertura', 'istanbul-summary'],
  lint: ['eslint', 'sarif'],
  security: ['npm-audit', 'sarif'],
  performance: ['perf-gate'],
  health: ['health-check', 'smoke-test'],
  analysis: ['analysis'],
};

export const JSON_FORMATS: ReadonlySet<ReportFormat> = new Set([
  'istanbul-summary', 'eslint', 'sarif', 'npm-audit', 'perf-gate', 'health-check', 'smoke-test', 'analysis',
]);

/** Non-JSON formats told apart from the first few KB: XML root element or lcov keys. */
export function detectTextFormat(head: string): ReportFormat | 'json' | undefined {
  const text = head.trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('<')) {
    const root = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '').trimStart().match(/^<([\w:-]+)/)?.[1];
    if (root === 'testsuites' || root === 'testsuite') return 'junit';
    if (root === 'coverage') return 'cobertura';
    return undefined;
  }
  if (/^(TN|SF|VER):/m.test(text.split('\n').slice(0, 5).join('\n'))) return 'lcov';
  return undefined;
}

/** JSON formats told apart by their shape; `accepted` breaks ties (SARIF is lint or security). */
export function detectJsonFormat(data: unknown, accepted: readonly ReportFormat[]): ReportFormat | undefined {
  const candidates: [ReportFormat, boolean][] = [
    ['analysis', isRecord(data) && typeof data.schema === 'string' && data.schema.startsWith('deploy-kit/analysis-report@')],
    ['eslint', Array.isArray(data)],
    ['sarif', isRecord(data) && Array.isArray(data.runs) && (String(data.$schema ?? '').includes('sarif') || data.version === '2.1.0')],
    ['npm-audit', isRecord(data) && ('auditReportVersion' in data || isRecord(data.vulnerabilities) || isRecord(data.advisories))],
    ['istanbul-summary', isRecord(data) && isRecord(data.total) && isRecord(data.total.lines)],
    ['health-check', isRecord(data) && typeof data.healthy === 'boolean'],
    ['smoke-test', isRecord(data) && typeof data.total === 'number' && typeof data.failed === 'number'],
    ['perf-gate', isRecord(data) && ('thresholds' in data || 'verdict' in data || typeof data.passed === 'boolean')],
  ];
  return candidates.find(([format, matches]) => matches && accepted.includes(format))?.[0];
}
