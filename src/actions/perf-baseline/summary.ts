import type { RunArtifact } from '../../clients/github/artifacts.js';
import { heading } from '../../shared/markdown.js';

export interface BaselineResult {
  artifact: string;
  from?: RunArtifact;
  /** Where the baseline report was written; absent when there is none. */
  path?: string;
  runUrl?: string;
  /** Why there is no baseline. */
  note?: string;
}

/** Says which run the baseline came from, or why the perf gate runs without one. */
export function renderSummary(result: BaselineResult): string {
  if (!result.path)
    return `${heading('Perf baseline: none', 3)}${result.note ?? ''}; the perf gate runs without a baseline.\n`;
  const run = result.runUrl ? `[run ${result.from?.runId}](${result.runUrl})` : `run ${result.from?.runId ?? '?'}`;
  const when = result.from?.createdAt ? ` of ${result.from.createdAt}` : '';
  const commit = result.from?.headSha ? ` (commit \`${result.from.headSha.slice(0, 7)}\`)` : '';
  return `${heading('Perf baseline', 3)}The perf report of the last successful release, ${run}${when}${commit}, artifact \`${result.artifact}\`.\n`;
}
