#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/core/charts/model.ts
var MAX_POINTS = 120;
var MAX_TASKS = 60;

// src/core/charts/scale.ts
var STEPS = [1, 2, 2.5, 5, 10];
function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
}
var round = (value) => Number(value.toPrecision(12));
function niceScale(low, high, count = 5, fixed = {}) {
  let lo = fixed.min ?? (Number.isFinite(low) ? Math.min(0, low) : 0);
  let hi = fixed.max ?? (Number.isFinite(high) ? high : 1);
  if (hi <= lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo));
  const step = niceStep(hi - lo, count);
  if (fixed.min === void 0) lo = Math.floor(lo / step) * step;
  if (fixed.max === void 0) hi = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step / 1e9; t += step) ticks.push(round(t));
  return { min: round(lo), max: round(hi), step, ticks };
}
function tickLabel(value) {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${round(value / 1e6)}M`;
  if (abs >= 1e4) return `${round(value / 1e3)}k`;
  return String(Number(value.toFixed(3)));
}

// src/core/charts/bound.ts
var tidy = (v) => Number.isFinite(v) ? Number(v.toFixed(3)) : 0;
function downsample(chart, max = MAX_POINTS) {
  const n = chart.categories.length;
  const tidied = chart.series.map((s) => ({ ...s, values: s.values.slice(0, n).map(tidy) }));
  if (n <= max) return { ...chart, series: tidied };
  const bucket = (i) => [Math.floor(i * n / max), Math.floor((i + 1) * n / max)];
  const indexes = Array.from({ length: max }, (_, i) => bucket(i));
  return {
    ...chart,
    categories: indexes.map(([from]) => chart.categories[from]),
    series: tidied.map((s) => ({ ...s, values: indexes.map(([from, to]) => Math.max(...s.values.slice(from, to))) }))
  };
}
function bounded(chart) {
  if (chart.type !== "xy") return chart;
  const n = chart.categories.length;
  const padded = { ...chart, series: chart.series.map((s) => ({ ...s, values: padTo(s.values, n) })) };
  return downsample(padded);
}
var padTo = (values, n) => values.length >= n ? values : [...values, ...Array(n - values.length).fill(0)];
function yScale(chart) {
  const values = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const high = values.length ? Math.max(...values) : 1;
  const low = values.length ? Math.min(...values) : 0;
  return niceScale(low, high, 5, { min: chart.yMin, max: chart.yMax });
}
var isEmpty = (chart) => chart.type === "xy" ? chart.categories.length === 0 || chart.series.length === 0 : chart.tasks.length === 0;

// src/core/charts/mermaid.ts
var SERIES_COMMENT = "%% series:";
var quoted = (text) => `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, " ")}"`;
var taskName = (text) => text.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim() || "step";
function xyLines(chart) {
  const scale = yScale(chart);
  const xLabel = chart.xLabel ? `${quoted(chart.xLabel)} ` : "";
  const yLabel = chart.yLabel ? `${quoted(chart.yLabel)} ` : "";
  return [
    "xychart-beta",
    `    ${SERIES_COMMENT} ${chart.series.map((s) => s.name.replace(/\|/g, "/")).join(" | ")}`,
    `    title ${quoted(chart.title)}`,
    `    x-axis ${xLabel}[${chart.categories.map(quoted).join(", ")}]`,
    `    y-axis ${yLabel}${scale.min} --> ${scale.max}`,
    ...chart.series.map((s) => `    ${s.kind} [${s.values.join(", ")}]`)
  ];
}
var TAGS = { ok: "done", warn: "active", failed: "crit" };
function ganttLines(chart) {
  const lines = ["gantt", `    title ${taskName(chart.title)}`, "    dateFormat x", "    axisFormat %M:%S"];
  let section;
  chart.tasks.slice(0, MAX_TASKS).forEach((task, i) => {
    if (task.section !== section) lines.push(`    section ${taskName(section = task.section)}`);
    const tags = [TAGS[task.state], ...task.milestone ? ["milestone"] : []].join(", ");
    const end = task.milestone ? task.startMs : Math.max(task.endMs, task.startMs);
    lines.push(`    ${taskName(task.label)} :${tags}, t${i}, ${Math.round(task.startMs)}, ${Math.round(end)}`);
  });
  return lines;
}
function toMermaid(input) {
  const chart = bounded(input);
  if (isEmpty(chart)) return `_${chart.title}: no data._
`;
  const lines = chart.type === "xy" ? xyLines(chart) : ganttLines(chart);
  return ["```mermaid", ...lines, "```", ""].join("\n");
}

export {
  MAX_TASKS,
  niceScale,
  tickLabel,
  bounded,
  yScale,
  SERIES_COMMENT,
  toMermaid
};
