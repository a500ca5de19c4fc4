import { bounded, isEmpty, yScale } from './bound.js';
import { MAX_TASKS, type Chart, type GanttChart, type GanttTask, type XYChart } from './model.js';

/** Marks the comment that carries the series names through Mermaid (xychart-beta draws no legend). */
export const SERIES_COMMENT = '%% series:';

/** Mermaid strings are double-quoted without escapes; the quote becomes an apostrophe. */
export const quoted = (text: string) => `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;

/** Gantt task names end at `:`, and `#`/`;` start comments or entities; newlines end the line. */
export const taskName = (text: string) => text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim() || 'step';

function xyLines(chart: XYChart): string[] {
  const scale = yScale(chart);
  const xLabel = chart.xLabel ? `${quoted(chart.xLabel)} ` : '';
  const yLabel = chart.yLabel ? `${quoted(chart.yLabel)} ` : '';
  return [
    'xychart-beta',
    `    ${SERIES_COMMENT} ${chart.series.map((s) => s.name.replace(/\|/g, '/')).join(' | ')}`,
    `    title ${quoted(chart.title)}`,
    `    x-axis ${xLabel}[${chart.categories.map(quoted).join(', ')}]`,
    `    y-axis ${yLabel}${scale.min} --> ${scale.max}`,
    ...chart.series.map((s) => `    ${s.kind} [${s.values.join(', ')}]`),
  ];
}

const TAGS: Record<GanttTask['state'], string> = { ok: 'done', warn: 'active', failed: 'crit' };

function ganttLines(chart: GanttChart): string[] {
  const lines = ['gantt', `    title ${taskName(chart.title)}`, '    dateFormat x', '    axisFormat %M:%S'];
  let section: string | undefined;
  chart.tasks.slice(0, MAX_TASKS).forEach((task, i) => {
    if (task.section !== section) lines.push(`    section ${taskName((section = task.section))}`);
    const tags = [TAGS[task.state], ...(task.milestone ? ['milestone'] : [])].join(', ');
    const end = task.milestone ? task.startMs : Math.max(task.endMs, task.startMs);
    lines.push(`    ${taskName(task.label)} :${tags}, t${i}, ${Math.round(task.startMs)}, ${Math.round(end)}`);
  });
  return lines;
}

/**
 * The chart as a Markdown Mermaid block for job summaries and PR comments. An empty chart
 * becomes one plain sentence (Mermaid refuses empty axes).
 */
export function toMermaid(input: Chart): string {
  const chart = bounded(input);
  if (isEmpty(chart)) return `_${chart.title}: no data._\n`;
  const lines = chart.type === 'xy' ? xyLines(chart) : ganttLines(chart);
  return ['```mermaid', ...lines, '```', ''].join('\n');
}
