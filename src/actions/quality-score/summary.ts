import { toMermaid } from '../../core/charts/mermaid.js';
import { dimensionsChart } from '../../core/charts/score-charts.js';
import type { DimensionResult, ScoreResult } from '../../core/score/model.js';
import { capSummary, cell, details, heading, table, verdictIcon } from '../../shared/markdown.js';

/** Hidden marker that identifies the action's one pull-request comment. */
export const COMMENT_MARKER = '<!-- deploy-kit:quality-score -->';

/** A glob over a monorepo can match hundreds of reports; the table names the first few. */
const MAX_SOURCES = 5;
/** GitHub refuses comment bodies over 65536 characters. */
const COMMENT_LIMIT_BYTES = 60_000;

const VERDICT_ICON = { pass: '✅', marginal: '⚠️', fail: '❌' } as const;

const signed = (value: number | undefined) => (value === undefined ? '' : value > 0 ? `+${value}` : String(value));

function dimensionRow(d: DimensionResult, withBaseline: boolean): unknown[] {
  const score = d.score === undefined ? '—' : d.score;
  const weight = d.status === 'scored' ? `${d.weight} (${d.effectiveWeight}%)` : `${d.weight} (excluded)`;
  const verdict = `${verdictIcon(d.verdict)} ${d.verdict}${d.reason ? `: ${d.reason}` : ''}`;
  const shown = d.sources.slice(0, MAX_SOURCES).map((s) => `${s.path} (${s.format})`);
  if (d.sources.length > MAX_SOURCES) shown.push(`... and ${d.sources.length - MAX_SOURCES} more (all in the report)`);
  const sources = shown.join('\n') || (d.status === 'not-configured' ? 'not given' : '');
  const row = [d.label, score, weight, d.minimum ?? '—', verdict, d.formula, sources];
  if (withBaseline) row.splice(2, 0, signed(d.delta));
  return row;
}

/** Mermaid chart of the scored dimensions against their minimums (GitHub renders it in summaries and comments). */
export function barChart(result: ScoreResult): string {
  if (!result.dimensions.some((d) => d.score !== undefined)) return '';
  return toMermaid(dimensionsChart(result));
}

function failingDetails(result: ScoreResult): string {
  const lines: string[] = [];
  for (const d of result.dimensions) {
    const data = d.data as { failures?: string[]; failing?: string[] } | undefined;
    const names = data?.failures ?? data?.failing ?? [];
    if (names.length) lines.push(`**${d.label}**:\n${names.map((n) => `- ${cell(n)}`).join('\n')}`);
  }
  return lines.length ? details('Failing tests and checks', lines.join('\n\n')) : '';
}

/** The job summary (and PR comment body): score, verdict, dimension table, chart, the exact failed rules. */
export function renderSummary(result: ScoreResult): string {
  const withBaseline = result.baseline !== undefined;
  const headers = ['dimension', 'score', 'weight (share)', 'minimum', 'verdict', 'formula', 'source files'];
  if (withBaseline) headers.splice(2, 0, 'Δ baseline');
  let md = heading(
    `${VERDICT_ICON[result.verdict]} Quality score: ${result.score} / 100 (grade ${result.grade}) — ${result.verdict}`,
  );
  const t = result.thresholds;
  md += `Gate: overall >= ${t.minScore} to pass, >= ${t.marginalScore} is marginal${t.maxDrop !== null ? `, at most ${t.maxDrop} points below the baseline` : ''}. `;
  md += result.passed ? '**The gate passed.**\n\n' : '**The gate failed.**\n\n';
  if (result.failedRules.length) {
    md += heading('Rules that failed the gate', 3);
    md += result.failedRules.map((r) => `- ${cell(r.message)}`).join('\n') + '\n\n';
  }
  md += table(
    headers,
    result.dimensions.map((d) => dimensionRow(d, withBaseline)),
  );
  md += '\n' + barChart(result);
  if (result.baseline)
    md += `\nBaseline ${cell(result.baseline.path)}: ${result.baseline.score} -> ${result.score} (${signed(-result.baseline.drop) || '0'}).\n`;
  for (const note of result.notes) md += `\n> ${cell(note)}\n`;
  md += failingDetails(result);
  return md;
}

/** The PR comment: the summary behind the hidden marker that lets a rerun find and update it. */
export function renderComment(result: ScoreResult): string {
  return capSummary(`${COMMENT_MARKER}\n${renderSummary(result)}`, COMMENT_LIMIT_BYTES);
}
