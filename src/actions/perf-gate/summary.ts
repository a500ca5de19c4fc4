import { toMermaid } from '../../core/charts/mermaid.js';
import { arrivalsChart, errorsChart, latencyChart, throughputChart } from '../../core/charts/perf-charts.js';
import { formatChange, formatMetric, formatPValue } from '../../core/perf/format.js';
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
  const model = modelText(report);
  const runs = report.config.runs > 1 ? `, median of ${report.runs.length} runs` : '';
  return `${parts.join(' · ')}\n\n${model}, ${formatDuration(report.config.durationMs)} per run${runs}${report.mergedFrom ? `, merged from ${report.mergedFrom.length} shards` : ''}.\n\n`;
}

function modelText(report: PerfReport): string {
  const { rate, stages, connections } = report.config;
  if (report.model === 'closed') return `closed model, ${connections} connections`;
  const pool = `pool of at most ${connections} connections`;
  if (!stages?.length) return `open model, constant arrival rate ${rate} req/s, ${pool}`;
  const ramp = stages.map((s) => `${s.rate} req/s over ${formatDuration(s.durationMs)}`).join(' → ');
  return `open model, ramping arrival rate from ${rate ?? 0} req/s: ${ramp}, ${pool}`;
}

function correctedNote(report: PerfReport): string {
  const c = report.figures.correctedLatency;
  if (!c) return '';
  return `Latency from each request's intended send time (what arriving users wait; what thresholds judge): p50 ${c.p50}ms · p95 ${c.p95}ms · p99 ${c.p99}ms (above: from the moment each was sent).\n\n`;
}

/** The open model's load shape: was it the even arrival rate it claims to be? */
function arrivalsNote(report: PerfReport): string {
  const a = report.arrivals;
  if (!a) return '';
  const e = a.evenness;
  return (
    heading('Arrivals', 3) +
    table(
      [
        'sent / intended',
        'achieved rate',
        `deviation per ${e.windowMs}ms window (max / p99)`,
        'late sends',
        'lateness p99 / max',
        'waited for a connection',
        'never sent',
      ],
      [
        [
          `${a.sent} / ${a.intended}`,
          `${a.achievedRate} of ${a.targetRate} req/s`,
          `±${e.maxDeviation} / ±${e.p99Deviation} (target ${e.targetPerWindow})`,
          String(a.lateSends),
          `${a.lateness.p99}ms / ${a.lateness.max}ms`,
          String(a.poolExhausted),
          String(a.unsent),
        ],
      ],
    ) +
    '\n'
  );
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

/** Open model: requests sent (arrivals) against responses per window. */
export function arrivalsChartText(report: PerfReport): string {
  const chart = arrivalsChart(report);
  return chart ? [heading('Arrivals and responses', 3), toMermaid(chart), ''].join('\n') : '';
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
    arrivalsNote(report) +
    thresholdTable(report) +
    regressionTable(report) +
    timelineChart(report) +
    arrivalsChartText(report) +
    notes(report)
  );
}
