import type { HealthCheckResult, TargetResult } from '../../core/health/health.js';
import { formatDuration } from '../../shared/duration.js';
import { heading, table, verdictIcon } from '../../shared/markdown.js';

const SHOWN_ATTEMPTS = 20;

function lastAnswer(t: TargetResult): string {
  return t.lastStatus !== undefined ? String(t.lastStatus) : (t.lastErrorKind ?? '-');
}

function targetSection(t: TargetResult): string {
  const shown = t.history.slice(-SHOWN_ATTEMPTS);
  const rows = shown.map((a) => [
    a.attempt,
    `+${formatDuration(a.atMs)}`,
    verdictIcon(a.passed ? 'pass' : 'fail'),
    a.status ?? a.errorKind ?? '',
    `${Math.round(a.latencyMs)}ms`,
    a.detail ?? '',
  ]);
  const note = t.attempts > shown.length ? `\n_Last ${shown.length} of ${t.attempts} attempts._\n` : '';
  return `${heading(`${verdictIcon(t.healthy ? 'pass' : 'fail')} ${t.url}`, 3)}${table(['#', 'at', 'result', 'status', 'latency', 'detail'], rows)}${note}\n`;
}

/** The job summary: one overview row per URL, then each URL's attempts. Pure Markdown. */
export function renderSummary(result: HealthCheckResult): string {
  const verdict = result.healthy ? 'healthy' : result.timedOut ? 'not healthy before the deadline' : 'not healthy';
  const overview = table(
    ['URL', 'verdict', 'attempts', 'last status', 'last latency', 'TLS days left', 'detail'],
    result.targets.map((t) => [
      t.url,
      `${verdictIcon(t.healthy ? 'pass' : 'fail')} ${t.healthy ? 'healthy' : 'unhealthy'}`,
      t.attempts,
      lastAnswer(t),
      t.lastLatencyMs === undefined ? '-' : `${Math.round(t.lastLatencyMs)}ms`,
      t.tlsDaysRemaining ?? '-',
      t.healthy ? '' : (t.lastDetail ?? ''),
    ]),
  );
  return [
    heading('health-check'),
    `**${verdictIcon(result.healthy ? 'pass' : 'fail')} ${verdict}** after ${result.attempts} attempt(s) in ${formatDuration(result.elapsedMs)}.\n\n`,
    overview,
    '\n',
    ...result.targets.map(targetSection),
  ].join('');
}
