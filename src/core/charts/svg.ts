import { bounded } from './bound.js';
import type { Chart } from './model.js';
import { ganttSvg } from './svg-gantt.js';
import { xySvg } from './svg-xy.js';

/** The chart as inline SVG for HTML reports: no script, no network, bounded size. */
export function toSvg(input: Chart): string {
  const chart = bounded(input);
  return chart.type === 'xy' ? xySvg(chart) : ganttSvg(chart);
}
