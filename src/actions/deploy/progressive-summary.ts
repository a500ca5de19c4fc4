import type { ProgressiveResult } from '../../core/deploy/progressive/index.js';
import type { MeasuredShare } from '../../core/deploy/progressive/share.js';
import type { ReleaseResult } from '../../core/deploy/rollout/release.js';
import { formatDuration } from '../../shared/duration.js';
import { heading, table, verdictIcon } from '../../shared/markdown.js';
import { renderSummary } from './summary.js';

const pct = (value: number) => `${Number(value.toFixed(1))}%`;

/** One line on the measured share: how many requests the new version answered, overall and per step. */
export function shareLine(measured: MeasuredShare | undefined): string {
  if (!measured) return 'share of requests on the new version: not measured (no version or no reachable endpoint)';
  return `${measured.toNew} of ${measured.requests} requests to ${measured.url} reached ${measured.version} (${pct(measured.share)})`;
}

function shareTable(measured: MeasuredShare): string {
  return table(
    [
      'weight',
      'configured share',
      'requests',
      `answered by ${measured.version}`,
      'measured share',
      `5xx from ${measured.version}`,
    ],
    measured.buckets.map((b) => [
      `${b.weight}%`,
      pct(b.expected),
      b.requests,
      b.toNew,
      pct(b.requests ? (100 * b.toNew) / b.requests : 0),
      b.newErrors,
    ]),
  );
}

/** The step's failure line: which step failed and why, what runs now, and the measured share. */
export function progressiveFailure(result: ProgressiveResult): string | undefined {
  if (result.status === 'promoted') return undefined;
  return `${result.strategy} of deployment/${result.deployment} ${result.message}; all traffic is back on the stable version and ${result.workload} is removed; ${shareLine(result.measured)}`;
}

/** The job summary of a canary or blue-green release: steps with verdicts, the measured share, then the release. */
export function renderProgressiveSummary(result: ProgressiveResult, release: ReleaseResult): string {
  const promoted = result.status === 'promoted';
  const lines = [
    heading(
      `${verdictIcon(promoted ? 'pass' : 'fail')} ${result.strategy} of deployment/${result.deployment}: ${result.status}`,
    ),
    `Traffic mode: \`${result.mode}\`; ${formatDuration(result.elapsedMs)}. ${result.message}`,
  ];
  if (result.resumedAt !== undefined) lines.push(`Resumed a half-done release at step ${result.resumedAt + 1}.`);
  if (result.cleanedUp) lines.push(`Before starting: ${result.cleanedUp}.`);
  lines.push(
    table(
      ['step', 'share on new version', 'outcome', 'took', 'reasons'],
      result.steps.map((s) => [
        `${s.index + 1}. ${s.label}`,
        pct(s.share),
        `${verdictIcon(s.outcome === 'failed' ? 'fail' : 'pass')} ${s.outcome}`,
        formatDuration(s.elapsedMs),
        s.message ?? s.verdict?.verdicts.map((v) => `${v.check}: ${v.reasons.join('; ')}`).join('<br>') ?? '',
      ]),
    ),
  );
  lines.push(heading('Requests that reached the new version', 3), shareLine(result.measured));
  if (result.measured) lines.push(shareTable(result.measured));
  if (promoted) lines.push(renderSummary(release));
  return lines.join('\n\n');
}
