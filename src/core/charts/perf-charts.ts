import type { TimelineEntry } from '../perf/recorder.js';
import type { PerfReport } from '../perf/report.js';
import type { Series, XYChart } from './model.js';

/** Latency metrics drawn per window; a threshold on one of them becomes a flat line on the chart. */
const DRAWN: Record<string, string> = { 'p(50)': 'p50', med: 'p50', 'p(95)': 'p95' };

/** The windows of the first run (a merged report has one run): the run the charts show. */
const firstRun = (timeline: readonly TimelineEntry[]) => timeline.filter((e) => e.run === timeline[0]?.run);
const second = (e: TimelineEntry) => (e.startMs / 1000).toFixed(1);
const windowText = (report: PerfReport) => `${(report.config.windowMs / 1000).toString()}s window`;

/** p50 and p95 per window (windows that completed requests), with each latency threshold as a line. */
export function latencyChart(report: PerfReport): XYChart {
  const points = firstRun(report.timeline).filter((e) => e.requests > 0);
  const limits: Series[] = report.thresholds
    .filter((t) => DRAWN[t.metric])
    .map((t) => ({ name: `limit ${t.expression}`, kind: 'line', values: points.map(() => t.limit) }));
  return {
    type: 'xy',
    title: `p50 and p95 latency per ${windowText(report)}, run ${points[0]?.run ?? 1}`,
    xLabel: 'seconds',
    categories: points.map(second),
    yLabel: 'ms',
    series: [
      { name: 'p50', kind: 'line', values: points.map((e) => e.p50) },
      { name: 'p95', kind: 'line', values: points.map((e) => e.p95) },
      ...limits,
    ],
  };
}

/** Completed requests per second in every window, stalls (0) included. */
export function throughputChart(report: PerfReport): XYChart {
  const points = firstRun(report.timeline);
  return {
    type: 'xy',
    title: `Throughput per ${windowText(report)}`,
    xLabel: 'seconds',
    categories: points.map(second),
    yLabel: 'req/s',
    series: [
      {
        name: 'requests/s',
        kind: 'line',
        values: points.map((e) => (e.durationMs > 0 ? (e.requests * 1000) / e.durationMs : 0)),
      },
    ],
  };
}

/** Connection errors and non-2xx responses per window; undefined when no window had any. */
export function errorsChart(report: PerfReport): XYChart | undefined {
  const points = firstRun(report.timeline);
  if (!points.some((e) => e.errors > 0 || e.non2xx > 0)) return undefined;
  return {
    type: 'xy',
    title: `Errors per ${windowText(report)}`,
    xLabel: 'seconds',
    categories: points.map(second),
    yLabel: 'count',
    series: [
      { name: 'connection errors', kind: 'bar', values: points.map((e) => e.errors) },
      { name: 'non-2xx', kind: 'bar', values: points.map((e) => e.non2xx) },
    ],
  };
}
