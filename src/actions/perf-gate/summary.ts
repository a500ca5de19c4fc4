import { formatChange, formatMetric, formatPValue } from '../../core/perf/format.js';
import type { TimelineEntry } from '../../core/perf/recorder.js';
import type { PerfReport } from '../../core/perf/report.js';
import { formatDuration } from '../../shared/duration.js';
import { heading, table, verdictIcon } from '../../shared/markdown.js';

const MAX_POINTS = 60;

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

/** Up to MAX_POINTS evenly spaced windows of the first run (a merged report has one run). */
function chartPoints(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  const first = timeline.filter((e) => e.run === timeline[0]?.run);
  if (first.length <= MAX_POINTS) return first;
  const step = first.length / MAX_POINTS;
  return Array.from({ length: MAX_POINTS }, (_, i) => first[Math.floor(i * step)]);
}

interface Chart {
  heading: string;
  title: string;
  points: readonly TimelineEntry[];
  yAxis: string;
  top: number;
  /** Mermaid series lines, e.g. `line [1, 2]`. */
  series: string[];
}

/** A Mermaid xychart over timeline windows; GitHub renders it in the job summary. */
function mermaidChart(chart: Chart): string {
  const labels = chart.points.map((p) => `"${(p.startMs / 1000).toFixed(1)}"`).join(', ');
  return (
    [
      heading(chart.heading, 3).trimEnd(),
      '',
      '```mermaid',
      'xychart-beta',
      `    title "${chart.title}, run ${chart.points[0].run}"`,
      `    x-axis "seconds" [${labels}]`,
      `    y-axis "${chart.yAxis}" 0 --> ${chart.top}`,
      ...chart.series.map((line) => `    ${line}`),
      '```',
      '',
    ].join('\n') + '\n'
  );
}

/** p50/p95 latency over time. */
export function timelineChart(report: PerfReport): string {
  const points = chartPoints(report.timeline).filter((p) => p.requests > 0);
  if (points.length < 2) return '';
  return mermaidChart({
    heading: 'Latency over time',
    title: `p50 (lower) and p95 latency per ${formatDuration(report.config.windowMs)} window`,
    points,
    yAxis: 'ms',
    top: Number((Math.max(...points.map((p) => p.p95)) * 1.1 || 1).toFixed(2)),
    series: [`line [${points.map((p) => p.p50).join(', ')}]`, `line [${points.map((p) => p.p95).join(', ')}]`],
  });
}

/** Open model: requests sent (arrivals) and responses per window, so a burst or a stall shows. */
export function arrivalsChart(report: PerfReport): string {
  const points = chartPoints(report.timeline);
  if (points.length < 2 || points[0].arrivals === undefined) return '';
  return mermaidChart({
    heading: 'Arrivals and responses',
    title: `requests sent (bars) and responses (line) per ${formatDuration(report.config.windowMs)} window`,
    points,
    yAxis: 'requests',
    top: Math.ceil(Math.max(...points.flatMap((p) => [p.arrivals ?? 0, p.requests])) * 1.1 || 1),
    series: [
      `bar [${points.map((p) => p.arrivals ?? 0).join(', ')}]`,
      `line [${points.map((p) => p.requests).join(', ')}]`,
    ],
  });
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
    arrivalsChart(report) +
    notes(report)
  );
}
