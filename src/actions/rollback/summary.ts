import { heading, verdictIcon } from '../../shared/markdown.js';
import { rollbackTable } from '../shared/rollback-table.js';
import type { RollbackResult } from '../../core/deploy/rollback/rollback.js';

export interface RollbackOutcome extends RollbackResult {
  source: string;
  /** Set when there was nothing to roll back to (a first deploy). */
  note?: string;
}

/** The rollback step's job summary: one row per object, what was done and which revision runs now. */
export function renderSummary(result: RollbackOutcome): string {
  const verdict = !result.ok ? 'fail' : result.rolledBack ? 'pass' : 'skip';
  const title = !result.ok ? 'failed' : result.rolledBack ? 'rolled back' : 'nothing to change';
  let md = heading(`${verdictIcon(verdict)} rollback: ${title}`);
  md += `Source: \`${result.source}\`\n\n`;
  if (result.note) md += `> ${result.note}\n\n`;
  md += result.items.length ? rollbackTable(result.items) : 'No workload to roll back.\n';
  return md;
}
