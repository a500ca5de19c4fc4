import type { TimelineEntry } from '../perf/recorder.js';
import type { PerfReport } from '../perf/report.js';
import type { SeriesKind, XYChart } from './model.js';

/** Latency metrics drawn per window; a threshold on one of them becomes a flat line on the chart. */
const DRAWN: Record<string, string> = { 'p(50)': 'p50', med: 'p50', 'p(95)': 'p95' };

/** The windows of the first run (a merged report has one run): the run the charts show. */
const firstRun = (timeline: readonly TimelineEntry[]) => timeline.filter((e) => e.run === timeline[0]?.run);
const second = (e: TimelineEntry) => (e.startMs / 1000).toFixed(1);
const windowText = (report: PerfReport) => `${(report.config.windowMs / 1000).toString()}s window`;

type Metric = (e: TimelineEntry) => number;

/** A chart over windows: seconds on the x axis, one series per (name, kind, metric). */
function windowChart(
  title: string,
  yLabel: string,
  points: TimelineEntry[],
  series: [string, SeriesKind, Metric][],
): XYChart {
  return {
    type: 'xy',
    title,
    xLabel: 'seconds',
    categories: points.map(second),
    yLabel,
    series: series.map(([name, kind, metric]) => ({ name, kind, values: points.map(metric) })),
  };
}

/** p50 and p95 per window (windows that completed requests), with each latency threshold as a line. */
export function latencyChart(report: PerfReport): XYChart {
  const points = firstRun(report.timeline).filter((e) => e.requests > 0);
  const limits = report.thresholds
    .filter((t) => DRAWN[t.metric])
    .map((t): [string, SeriesKind, Metric] => [`limit ${t.expression}`, 'line', () => t.limit]);
  const title = `p50 and p95 latency per ${windowText(report)}, run ${points[0]?.run ?? 1}`;
  return windowChart(title, 'ms', points, [['p50', 'line', (e) => e.p50], ['p95', 'line', (e) => e.p95], ...limits]);
}

/** Completed requests per second in every window, stalls (0) included. */
export function throughputChart(report: PerfReport): XYChart {
  const perSecond: Metric = (e) => (e.durationMs > 0 ? (e.requests * 1000) / e.durationMs : 0);
  return windowChart(`Throughput per ${windowText(report)}`, 'req/s', firstRun(report.timeline), [
    ['requests/s', 'line', perSecond],
  ]);
}

/** Connection errors and non-2xx responses per window; undefined when no window had any. */
export function errorsChart(report: PerfReport): XYChart | undefined {
  const points = firstRun(report.timeline);
  if (!points.some((e) => e.errors > 0 || e.non2xx > 0)) return undefined;
  return windowChart(`Errors per ${windowText(report)}`, 'count', points, [
    ['connection errors', 'bar', (e) => e.errors],
    ['non-2xx', 'bar', (e) => e.non2xx],
  ]);
}

/** Open model: requests sent (arrivals) and responses per window, so a burst or a stall shows; undefined otherwise. */
export function arrivalsChart(report: PerfReport): XYChart | undefined {
  const points = firstRun(report.timeline);
  if (points.length < 2 || points[0].arrivals === undefined) return undefined;
  return windowChart(`Requests sent and responses per ${windowText(report)}`, 'requests', points, [
    ['sent', 'bar', (e) => e.arrivals ?? 0],
    ['responses', 'line', (e) => e.requests],
  ]);
}
