import { toMermaid } from '../../core/charts/mermaid.js';
import { releaseTimeline } from '../../core/charts/release-timeline.js';
import type { ReleaseResult } from '../../core/deploy/rollout/release.js';
import { workloadKey } from '../../core/deploy/rollback/record.js';
import { formatDuration } from '../../shared/duration.js';
import { codeBlock, details, heading, table, verdictIcon } from '../../shared/markdown.js';
import { imagesText, rev, rollbackTable } from '../shared/rollback-table.js';

/** The deploy step's job summary: workloads before -> after, failures with pod states and Events, the rollback. */
export function renderSummary(result: ReleaseResult): string {
  const icon = verdictIcon(result.status === 'succeeded' ? 'pass' : result.status === 'rolled-back' ? 'warn' : 'fail');
  const version = result.record.version ? ` ${result.record.version}` : '';
  let md = heading(`${icon} deploy${version}: ${result.status}`);
  md += `Namespace \`${result.record.namespace}\`, context \`${result.record.context}\`, field manager \`${result.record.fieldManager}\`, ${result.applied.length} object(s) applied.\n\n`;
  if (result.record.workloads.length) {
    md += table(
      ['workload', 'revision (before -> after)', 'images before', 'images after', 'status'],
      result.record.workloads.map((w) => {
        const outcome = result.outcomes.find((o) => workloadKey(o.ref) === workloadKey(w));
        const status = outcome
          ? `${outcome.state} (${formatDuration(outcome.elapsedMs)}): ${outcome.message}`
          : (w.after?.status ?? 'applied');
        return [
          workloadKey(w),
          `${w.existedBefore ? rev(w.before?.revision) : 'new'} -> ${rev(w.after?.revision)}`,
          imagesText(w.before?.images),
          imagesText(w.after?.images),
          status,
        ];
      }),
    );
  }
  for (const outcome of result.outcomes.filter((o) => o.failure)) {
    const f = outcome.failure!;
    md += `\n${heading(`Failure: ${workloadKey(outcome.ref)} (${f.reason})`, 3)}${outcome.message}\n\n`;
    if (f.containers.length) md += details('Container status', codeBlock(f.containers.join('\n')));
    if (f.events.length) md += details('Recent events', codeBlock(f.events.join('\n')));
  }
  if (result.rollback) md += `\n${heading('Rollback', 3)}${rollbackTable(result.rollback.items)}`;
  if (result.notDryRun.length)
    md += `\n> Not dry-run first (their namespace is created by this deploy): ${result.notDryRun.join(', ')}\n`;
  if (result.phases?.length) md += `\n${heading('Timeline', 3)}${toMermaid(releaseTimeline(result))}`;
  md += `\nDeploy record: \`${result.recordPath}\`\n`;
  return md;
}
