import { formatChange, formatMetric, formatPValue } from '../../core/perf/format.js';
import { toMermaid } from '../../core/charts/mermaid.js';
import { errorsChart, latencyChart, throughputChart } from '../../core/charts/perf-charts.js';
import type { PerfReport } from '../../core/perf/report.js';
import { formatDuration } from '../../shared/duration.js';
import { heading, table, verdictIcon } from '../../shared/markdown.js';

function figuresLine(report: PerfReport): string {
  const f = report.figures;
  const lat = f.latency;
  const parts = [
    `**${f.requests}** responses`,
    `**${f.rps}** req/s`,
    `error rate **${formatMetric('error_rate', f.errorRate)}**`,
    `p50 **${lat.p50}ms**`,
    `p95 **${lat.p95}ms**`,
    `p99 **${lat.p99}ms**`,
    `max ${lat.max}ms`,
  ];
  const model =
    report.model === 'open'
      ? `open model, ${report.config.rate} req/s`
      : `closed model, ${report.config.connections} connections`;
  const runs = report.config.runs > 1 ? `, median of ${report.runs.length} runs` : '';
  return `${parts.join(' · ')}\n\n${model}, ${formatDuration(report.config.durationMs)} per run${runs}${report.mergedFrom ? `, merged from ${report.mergedFrom.length} shards` : ''}.\n\n`;
}

function correctedNote(report: PerfReport): string {
  const c = report.figures.correctedLatency;
  if (!c) return '';
  return `Latency corrected for coordinated omission (what thresholds judge): p50 ${c.p50}ms · p95 ${c.p95}ms · p99 ${c.p99}ms (raw above).\n\n`;
}

function thresholdTable(report: PerfReport): string {
  if (report.thresholds.length === 0) return '';
  const rows = report.thresholds.map((t) => {
    const delta =
      t.baseline !== undefined ? `${formatDelta(t.measured, t.baseline)} vs ${formatMetric(t.metric, t.baseline)}` : '';
    return [t.expression, formatMetric(t.metric, t.measured), `${verdictIcon(t.verdict)} ${t.verdict}`, delta];
  });
  return heading('Thresholds', 3) + table(['threshold', 'measured', 'verdict', 'baseline delta'], rows) + '\n';
}

/** Plain relative difference (positive = higher than the baseline), for thresholds without a rule. */
function formatDelta(current: number, baseline: number): string {
  if (baseline === 0) return current === 0 ? '±0%' : 'from 0';
  const change = (current - baseline) / Math.abs(baseline);
  return `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`;
}

function regressionTable(report: PerfReport): string {
  if (report.regressions.length === 0) return '';
  const rows = report.regressions.map((r) => [
    r.expression,
    formatMetric(r.metric, r.baseline),
    formatMetric(r.metric, r.current),
    formatChange(r.change),
    `${formatPValue(r.pValue)} (${(r.confidence * 100).toFixed(1)}%)`,
    r.effectSize,
    `${verdictIcon(r.verdict)} ${r.verdict}`,
  ]);
  return (
    heading('Against the baseline (Mann-Whitney U over per-window samples)', 3) +
    table(
      ['rule', 'baseline', 'current', 'worse by', 'p-value (confidence)', 'effect size (+ = worse)', 'verdict'],
      rows,
    ) +
    '\n'
  );
}

/** Latency (with threshold lines), throughput and errors per window, from the shared chart model. */
export function timelineChart(report: PerfReport): string {
  const latency = latencyChart(report);
  if (latency.categories.length < 2) return '';
  const errors = errorsChart(report);
  return [
    heading('Latency over time', 3),
    toMermaid(latency),
    toMermaid(throughputChart(report)),
    errors ? toMermaid(errors) : 'No connection errors or non-2xx responses in any window.\n',
    '',
  ].join('\n');
}

function notes(report: PerfReport): string {
  const lines = report.reasons.map((r) => `- ${r}`);
  const g = report.generator;
  if (g)
    lines.push(
      `- load generator: CPU ${Math.round(g.cpu * 100)}% of a core, event-loop lag p99 ${g.eventLoopLagP99Ms}ms${g.saturated ? ' (**saturated**)' : ''}`,
    );
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

/** The job summary: verdict, figures, threshold and baseline tables, a latency chart, the reasons. */
export function renderSummary(report: PerfReport): string {
  return (
    heading(
      `perf-gate ${verdictIcon(report.verdict)} ${report.verdict}: ${report.target.method} ${report.target.url}`,
    ) +
    figuresLine(report) +
    correctedNote(report) +
    thresholdTable(report) +
    regressionTable(report) +
    timelineChart(report) +
    notes(report)
  );
}
