import { MAX_TASKS, type GanttChart, type GanttTask } from './model.js';
import { niceScale, tickLabel } from './scale.js';
import { emptySvg, escapeXml, frame, px, STATE_COLOUR, WIDTH } from './svg-kit.js';

const ROW = 20;
const LEFT = 250;
const RIGHT = WIDTH - 16;
const TOP = 40;

function label(task: GanttTask, row: number, newSection: boolean): string {
  const y = TOP + row * ROW + 14;
  const section = newSection ? `<text x="4" y="${y}" font-weight="600">${escapeXml(task.section)}</text>` : '';
  const text = task.label.length > 34 ? `${task.label.slice(0, 33)}…` : task.label;
  return `${section}<text x="${LEFT - 6}" y="${y}" text-anchor="end"><title>${escapeXml(task.label)}</title>${escapeXml(text)}</text>`;
}

function mark(task: GanttTask, row: number, x: (ms: number) => number): string {
  const colour = STATE_COLOUR[task.state];
  const top = TOP + row * ROW + 3;
  const tip = `<title>${escapeXml(`${task.label}: ${((task.endMs - task.startMs) / 1000).toFixed(1)}s`)}</title>`;
  if (task.milestone) {
    const cx = px(x(task.startMs));
    const cy = top + 7;
    return `<path class="milestone" d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="${colour}">${tip}</path>`;
  }
  const width = Math.max(2, x(task.endMs) - x(task.startMs));
  return `<rect class="task" x="${px(x(task.startMs))}" y="${top}" width="${px(width)}" height="14" rx="2" fill="${colour}">${tip}</rect>`;
}

/** A timeline: one row per task, seconds from the first start on the axis, failures in red. */
export function ganttSvg(chart: GanttChart): string {
  const tasks = chart.tasks.slice(0, MAX_TASKS);
  if (tasks.length === 0) return emptySvg('gantt', chart.title);
  const t0 = Math.min(...tasks.map((t) => t.startMs));
  const end = Math.max(...tasks.map((t) => Math.max(t.endMs, t.startMs)));
  const scale = niceScale(0, (end - t0) / 1000, 6, { min: 0 });
  const x = (ms: number) => LEFT + ((ms - t0) / 1000 / scale.max) * (RIGHT - LEFT);
  const bottom = TOP + tasks.length * ROW;
  const grid = scale.ticks.map((s) => {
    const gx = px(x(t0 + s * 1000));
    return `<line x1="${gx}" x2="${gx}" y1="${TOP}" y2="${bottom}" stroke="#d0d7de"/><text x="${gx}" y="${bottom + 14}" text-anchor="middle">${tickLabel(s)}s</text>`;
  });
  const rows = tasks.flatMap((t, i) => [label(t, i, t.section !== tasks[i - 1]?.section), mark(t, i, x)]);
  const more =
    chart.tasks.length > MAX_TASKS
      ? [`<text x="4" y="${bottom + 28}">… ${chart.tasks.length - MAX_TASKS} more rows in the report file</text>`]
      : [];
  return frame('gantt', chart.title, bottom + 36, [...grid, ...rows, ...more]);
}
