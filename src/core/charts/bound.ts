import { MAX_POINTS, type Chart, type XYChart } from './model.js';
import { niceScale, type Scale } from './scale.js';

/** Values as they are drawn and written: finite, at most 3 decimals (keeps the Mermaid text short). */
const tidy = (v: number) => (Number.isFinite(v) ? Number(v.toFixed(3)) : 0);

/**
 * At most `max` points: consecutive windows are merged into buckets keeping each series'
 * largest value (a latency spike or an error burst must survive) and the bucket's first label.
 */
export function downsample(chart: XYChart, max = MAX_POINTS): XYChart {
  const n = chart.categories.length;
  const tidied = chart.series.map((s) => ({ ...s, values: s.values.slice(0, n).map(tidy) }));
  if (n <= max) return { ...chart, series: tidied };
  const bucket = (i: number) => [Math.floor((i * n) / max), Math.floor(((i + 1) * n) / max)] as const;
  const indexes = Array.from({ length: max }, (_, i) => bucket(i));
  return {
    ...chart,
    categories: indexes.map(([from]) => chart.categories[from]),
    series: tidied.map((s) => ({ ...s, values: indexes.map(([from, to]) => Math.max(...s.values.slice(from, to))) })),
  };
}

/** The chart both renderers draw: downsampled, every series as long as the categories. */
export function bounded(chart: Chart): Chart {
  if (chart.type !== 'xy') return chart;
  const n = chart.categories.length;
  const padded: XYChart = { ...chart, series: chart.series.map((s) => ({ ...s, values: padTo(s.values, n) })) };
  return downsample(padded);
}

const padTo = (values: number[], n: number) =>
  values.length >= n ? values : [...values, ...Array<number>(n - values.length).fill(0)];

/** The value axis of a chart: its fixed ends or a nice range around all values. */
export function yScale(chart: XYChart): Scale {
  const values = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const high = values.length ? Math.max(...values) : 1;
  const low = values.length ? Math.min(...values) : 0;
  return niceScale(low, high, 5, { min: chart.yMin, max: chart.yMax });
}

/** True when there is nothing to draw: no points, or no series. */
export const isEmpty = (chart: Chart) =>
  chart.type === 'xy' ? chart.categories.length === 0 || chart.series.length === 0 : chart.tasks.length === 0;
