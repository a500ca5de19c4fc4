import { SERIES_COMMENT } from './mermaid.js';
import type { Chart, GanttChart, GanttTask, SeriesKind, XYChart } from './model.js';

/**
 * Reads back the Mermaid that toMermaid() writes, so an HTML report can draw as SVG every
 * chart a step's Markdown summary carries. It is the exact inverse for our own output (tested
 * round trip); a diagram it does not know returns undefined and the caller shows it folded.
 */
export function parseMermaid(source: string): Chart | undefined {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines[0] === 'xychart-beta') return parseXY(lines.slice(1));
  if (lines[0] === 'gantt') return parseGantt(lines.slice(1));
  return undefined;
}

const strings = (text: string) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
const numbers = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map(Number);

function parseXY(lines: string[]): XYChart | undefined {
  const chart: XYChart = { type: 'xy', title: '', categories: [], series: [] };
  let names: string[] = [];
  for (const line of lines) {
    let m: RegExpMatchArray | null;
    if (line.startsWith(SERIES_COMMENT))
      names = line
        .slice(SERIES_COMMENT.length)
        .split('|')
        .map((n) => n.trim());
    else if ((m = line.match(/^title\s+"([^"]*)"/))) chart.title = m[1];
    else if ((m = line.match(/^x-axis\s*(?:"([^"]*)")?\s*\[(.*)\]$/))) {
      chart.xLabel = m[1];
      chart.categories = m[2].includes('"') ? strings(m[2]) : numbers(m[2]).map(String);
    } else if ((m = line.match(/^y-axis\s*(?:"([^"]*)")?\s*(?:(-?[\d.]+)\s*-->\s*(-?[\d.]+))?$/))) {
      chart.yLabel = m[1];
      if (m[2] !== undefined) [chart.yMin, chart.yMax] = [Number(m[2]), Number(m[3])];
    } else if ((m = line.match(/^(line|bar)\s*\[(.*)\]$/))) {
      const kind = m[1] as SeriesKind;
      chart.series.push({
        name: names[chart.series.length] ?? `${kind} ${chart.series.length + 1}`,
        kind,
        values: numbers(m[2]),
      });
    } else if (!line.startsWith('%%')) return undefined;
  }
  if (chart.xLabel === undefined) delete chart.xLabel;
  if (chart.yLabel === undefined) delete chart.yLabel;
  return chart;
}

const STATES: Record<string, GanttTask['state']> = { done: 'ok', active: 'warn', crit: 'failed' };

function parseTask(line: string, section: string): GanttTask | undefined {
  const m = line.match(/^(.+?)\s*:(.*)$/);
  if (!m) return undefined;
  const parts = m[2].split(',').map((p) => p.trim());
  const [start, end] = parts.slice(-2).map(Number);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  const tags = parts.slice(0, -3);
  const state = STATES[tags.find((t) => t in STATES) ?? 'done'];
  const task: GanttTask = { section, label: m[1], startMs: start, endMs: end, state };
  if (tags.includes('milestone')) task.milestone = true;
  return task;
}

function parseGantt(lines: string[]): GanttChart | undefined {
  const chart: GanttChart = { type: 'gantt', title: '', tasks: [] };
  let section = '';
  for (const line of lines) {
    if (line.startsWith('title ')) chart.title = line.slice(6).trim();
    else if (line.startsWith('section ')) section = line.slice(8).trim();
    else if (/^(dateFormat|axisFormat|%%)/.test(line)) continue;
    else {
      const task = parseTask(line, section);
      if (!task) return undefined;
      chart.tasks.push(task);
    }
  }
  return chart;
}
