import type { CheckResult } from '../../core/smoke/check.js';
import type { SuiteResult } from '../../core/smoke/run.js';
import { formatDuration } from '../../shared/duration.js';
import { heading, table, verdictIcon } from '../../shared/markdown.js';

function measured(check: CheckResult): string {
  return check.outcomes.map((o) => `${o.passed ? '✓' : '✗'} ${o.assertion} → ${o.actual}`).join('\n');
}

/** The job summary: one row per check with its verdict, measured values and latency. Pure Markdown. */
export function renderSummary(result: SuiteResult, specFile: string): string {
  const verdict = result.passed ? 'all checks passed' : `${result.failed} failed, ${result.skipped} skipped`;
  const rows = result.checks.map((c) => [
    `${verdictIcon(c.verdict)} ${c.verdict}`,
    c.name,
    `${c.method} ${c.url ?? ''}`,
    c.status ?? '-',
    c.latencyMs === undefined ? '-' : `${Math.round(c.latencyMs)}ms`,
    c.attempts,
    measured(c),
    c.reason ?? '',
  ]);
  return [
    heading('smoke-test'),
    `**${verdictIcon(result.passed ? 'pass' : 'fail')} ${result.total - result.failed - result.skipped}/${result.total} passed** (${verdict}) in ${formatDuration(result.elapsedMs)} — \`${specFile}\`\n\n`,
    table(['verdict', 'check', 'request', 'status', 'latency', 'attempts', 'measured', 'detail'], rows),
  ].join('');
}
