import { formatNumber } from '../../core/analysis/conditions.js';
import type { AnalysisReport, MetricResult } from '../../core/analysis/report.js';
import { formatDuration } from '../../shared/duration.js';
import { codeBlock, details, heading, table, verdictIcon } from '../../shared/markdown.js';

const MAX_ROWS = 200;

const icon = (outcome: string) => verdictIcon(outcome === 'inconclusive' ? 'warn' : outcome);

function planLine(r: AnalysisReport): string {
  const c = r.config;
  const every = c.count > 1 ? ` every ${formatDuration(c.intervalMs)}` : '';
  const delay = c.initialDelayMs ? ` after ${formatDuration(c.initialDelayMs)}` : '';
  const compare =
    r.mode === 'compare'
      ? `; canary ${r.vars.version ?? '?'} vs baseline ${r.baselineVars?.version ?? '?'} over ${formatDuration(c.lookbackMs ?? 0)} at ${formatDuration(c.stepMs ?? 0)} steps, allowed difference ${((c.maxDifference ?? 0) * 100).toFixed(1)}%`
      : '';
  const stopped = r.stoppedEarly ? `\n\nStopped early: ${r.stoppedEarly}.` : '';
  return `**Score ${r.score}**/100 (min ${c.minScore}) · ${c.count} measurement(s)${every}${delay} · failure-limit ${c.failureLimit} · inconclusive-limit ${c.inconclusiveLimit}${compare}.${stopped}\n\n`;
}

function metricTable(r: AnalysisReport): string {
  const rows = r.metrics.map((m) => [
    m.name,
    m.provider,
    m.condition ?? (m.direction ? `canary must not ${m.direction}` : ''),
    `${icon(m.outcome)} ${m.outcome}`,
    `${m.counts.pass}/${m.counts.fail}/${m.counts.inconclusive}`,
    m.reason,
  ]);
  return table(['metric', 'provider', 'judged by', 'outcome', 'pass/fail/inconclusive', 'last'], rows) + '\n';
}

/** A Mermaid xychart of one metric over the measurements (the canary's and baseline's medians when comparing). */
export function metricChart(m: MetricResult): string {
  const points = m.measurements.filter((x) => x.value !== undefined && Number.isFinite(x.value));
  if (points.length < 2) return '';
  const baseline = points.map((x) => x.comparison?.baselineMedian).filter((v): v is number => v !== undefined);
  const all = [...points.map((x) => x.value!), ...baseline];
  const top = Math.max(...all) * 1.1 || 1;
  const lines = [`    line [${points.map((x) => formatNumber(x.value!)).join(', ')}]`];
  if (baseline.length === points.length) lines.push(`    line [${baseline.map(formatNumber).join(', ')}]`);
  const title = baseline.length ? `${m.name}: canary (first line) and baseline medians` : `${m.name} per measurement`;
  return codeBlock(
    [
      'xychart-beta',
      `    title "${title.replace(/"/g, "'")}"`,
      `    x-axis "measurement" [${points.map((x) => x.index).join(', ')}]`,
      `    y-axis "value" ${Math.min(0, ...all)} --> ${formatNumber(top)}`,
      ...lines,
    ].join('\n'),
    'mermaid',
  );
}

function measurementTable(m: MetricResult): string {
  const rows = m.measurements
    .slice(0, MAX_ROWS)
    .map((x) => [
      x.index,
      x.at,
      `${icon(x.outcome)} ${x.outcome}`,
      x.value === undefined ? '' : formatNumber(x.value),
      x.reason,
    ]);
  const more =
    m.measurements.length > MAX_ROWS ? `\n${m.measurements.length - MAX_ROWS} more in the report file.\n` : '';
  const query = m.baselineQuery ? `canary: ${m.query}\nbaseline: ${m.baselineQuery}` : m.query;
  return details(
    `${m.name}: every measurement`,
    codeBlock(query) + table(['#', 'at', 'outcome', 'value', 'reason'], rows) + more,
  );
}

/** The job summary: verdict and score, one row per metric, a chart and the measurement list of each. */
export function renderSummary(r: AnalysisReport): string {
  const title = `analyze ${icon(r.verdict)} ${r.verdict}${r.vars.version ? `: ${r.vars.version}` : ''}`;
  const perMetric = r.metrics.map((m) => heading(m.name, 3) + metricChart(m) + measurementTable(m)).join('\n');
  const reasons = r.reasons.length ? `${r.reasons.map((x) => `- ${x}`).join('\n')}\n\n` : '';
  return heading(title) + planLine(r) + metricTable(r) + reasons + perMetric;
}
