#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  definition as definition5
} from "./chunk-3H52V5BP.js";
import {
  definition as definition4
} from "./chunk-IJDQ7I7M.js";
import {
  definition as definition6
} from "./chunk-VSALJTQM.js";
import {
  definition as definition7
} from "./chunk-ZDXQ3BUW.js";
import {
  definition as definition8
} from "./chunk-RCKPXYKE.js";
import {
  progressFor,
  progressOf,
  terminalValue
} from "./chunk-3IMVR3IU.js";
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-BVZ2AC2N.js";
import {
  definition
} from "./chunk-WBF3CHRZ.js";
import {
  issueLine,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  definition as definition2
} from "./chunk-JWOMXZNR.js";
import {
  MAX_TASKS,
  SERIES_COMMENT,
  bounded,
  niceScale,
  tickLabel,
  toMermaid,
  yScale
} from "./chunk-PRWZRJSU.js";
import {
  definition as definition3
} from "./chunk-W5SOKGYK.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  details,
  heading,
  runAction,
  table
} from "./chunk-LNGQDQGR.js";
import {
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  external_exports
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/cli/pipeline-command.ts
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve as resolve2 } from "node:path";

// src/pipeline/config.ts
import { dirname, resolve } from "node:path";
var scalar = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.array(external_exports.union([external_exports.string(), external_exports.number()])), external_exports.null()]);
var inputsSchema = external_exports.record(external_exports.string().regex(/^[a-z][a-z0-9-]*$/, "input names are kebab-case action inputs"), scalar).optional();
var schema = external_exports.strictObject({
  version: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  environment: external_exports.string().default("production"),
  build: inputsSchema,
  deploy: external_exports.record(external_exports.string(), scalar),
  verify: external_exports.strictObject({ "health-check": inputsSchema, "smoke-test": inputsSchema, "perf-gate": inputsSchema }).optional(),
  "quality-score": inputsSchema,
  rollback: inputsSchema,
  notify: inputsSchema
});
function expandEnv(value, env, problems) {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name) => {
    if (env[name] === void 0) problems.push(name);
    return env[name] ?? "";
  });
}
function toInputs(raw, env, missing) {
  if (!raw) return void 0;
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) continue;
    const text = Array.isArray(value) ? value.join("\n") : String(value);
    out[key] = expandEnv(text, env, missing);
  }
  return out;
}
function parseConfig(text, file, env) {
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length) {
    throw new ConfigError(
      source.syntaxErrors.map((e) => ({ input: "config", message: e.message, file, line: e.line }))
    );
  }
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      input: "config",
      message: `${issue.path.join(".") || "(top level)"}: ${issue.message}`,
      file,
      line: issueLine(source, issue)
    }));
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  const missing = [];
  const config = {
    version: c.version === void 0 ? void 0 : String(c.version),
    environment: c.environment,
    build: toInputs(c.build, env, missing),
    deploy: toInputs(c.deploy, env, missing),
    verify: {
      "health-check": toInputs(c.verify?.["health-check"], env, missing),
      "smoke-test": toInputs(c.verify?.["smoke-test"], env, missing),
      "perf-gate": toInputs(c.verify?.["perf-gate"], env, missing)
    },
    "quality-score": toInputs(c["quality-score"], env, missing),
    rollback: toInputs(c.rollback, env, missing) ?? {},
    notify: toInputs(c.notify, env, missing),
    baseDir: dirname(resolve(file))
  };
  if (missing.length)
    throw ConfigError.single(
      "config",
      `uses \${${[...new Set(missing)].join("}, ${")}} but the environment does not set it`,
      { file }
    );
  return config;
}
async function loadConfig(file, env) {
  const text = await readTextFile(file, (reason) => ConfigError.single("config", `'${file}' ${reason}`));
  return parseConfig(text, file, env);
}

// src/core/charts/parse.ts
function parseMermaid(source) {
  const lines2 = source.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines2[0] === "xychart-beta") return parseXY(lines2.slice(1));
  if (lines2[0] === "gantt") return parseGantt(lines2.slice(1));
  return void 0;
}
var strings = (text) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
var numbers = (text) => text.split(",").map((v) => v.trim()).filter(Boolean).map(Number);
function parseXY(lines2) {
  const chart = { type: "xy", title: "", categories: [], series: [] };
  let names = [];
  for (const line of lines2) {
    let m;
    if (line.startsWith(SERIES_COMMENT))
      names = line.slice(SERIES_COMMENT.length).split("|").map((n) => n.trim());
    else if (m = line.match(/^title\s+"([^"]*)"/)) chart.title = m[1];
    else if (m = line.match(/^x-axis\s*(?:"([^"]*)")?\s*\[(.*)\]$/)) {
      chart.xLabel = m[1];
      chart.categories = m[2].includes('"') ? strings(m[2]) : numbers(m[2]).map(String);
    } else if (m = line.match(/^y-axis\s*(?:"([^"]*)")?\s*(?:(-?[\d.]+)\s*-->\s*(-?[\d.]+))?$/)) {
      chart.yLabel = m[1];
      if (m[2] !== void 0) [chart.yMin, chart.yMax] = [Number(m[2]), Number(m[3])];
    } else if (m = line.match(/^(line|bar)\s*\[(.*)\]$/)) {
      const kind = m[1];
      chart.series.push({
        name: names[chart.series.length] ?? `${kind} ${chart.series.length + 1}`,
        kind,
        values: numbers(m[2])
      });
    } else if (!line.startsWith("%%")) return void 0;
  }
  if (chart.xLabel === void 0) delete chart.xLabel;
  if (chart.yLabel === void 0) delete chart.yLabel;
  return chart;
}
var STATES = { done: "ok", active: "warn", crit: "failed" };
function parseTask(line, section) {
  const m = line.match(/^(.+?)\s*:(.*)$/);
  if (!m) return void 0;
  const parts = m[2].split(",").map((p) => p.trim());
  const [start, end] = parts.slice(-2).map(Number);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return void 0;
  const tags = parts.slice(0, -3);
  const state = STATES[tags.find((t) => t in STATES) ?? "done"];
  const task = { section, label: m[1], startMs: start, endMs: end, state };
  if (tags.includes("milestone")) task.milestone = true;
  return task;
}
function parseGantt(lines2) {
  const chart = { type: "gantt", title: "", tasks: [] };
  let section = "";
  for (const line of lines2) {
    if (line.startsWith("title ")) chart.title = line.slice(6).trim();
    else if (line.startsWith("section ")) section = line.slice(8).trim();
    else if (/^(dateFormat|axisFormat|%%)/.test(line)) continue;
    else {
      const task = parseTask(line, section);
      if (!task) return void 0;
      chart.tasks.push(task);
    }
  }
  return chart;
}

// src/core/charts/svg-kit.ts
var escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
var STATE_COLOUR = { ok: "#1a7f37", warn: "#9a6700", failed: "#cf222e" };
var WIDTH = 720;
var px = (value) => Number(value.toFixed(1));
function frame(kind, title, height, body) {
  const t = escapeXml(title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dk-chart dk-${kind}" role="img" aria-label="${t}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui,sans-serif" font-size="11">`,
    `<title>${t}</title>`,
    `<text x="${WIDTH / 2}" y="16" text-anchor="middle" font-size="13" font-weight="600">${t}</text>`,
    ...body,
    "</svg>"
  ].join("\n");
}
var emptySvg = (kind, title) => frame(kind, title, 60, [`<text x="${WIDTH / 2}" y="42" text-anchor="middle" fill="#57606a">no data</text>`]);

// src/core/charts/svg-gantt.ts
var ROW = 20;
var LEFT = 250;
var RIGHT = WIDTH - 16;
var TOP = 40;
function label(task, row, newSection) {
  const y = TOP + row * ROW + 14;
  const section = newSection ? `<text x="4" y="${y}" font-weight="600">${escapeXml(task.section)}</text>` : "";
  const text = task.label.length > 34 ? `${task.label.slice(0, 33)}\u2026` : task.label;
  return `${section}<text x="${LEFT - 6}" y="${y}" text-anchor="end"><title>${escapeXml(task.label)}</title>${escapeXml(text)}</text>`;
}
function mark(task, row, x) {
  const colour = STATE_COLOUR[task.state];
  const top = TOP + row * ROW + 3;
  const tip = `<title>${escapeXml(`${task.label}: ${((task.endMs - task.startMs) / 1e3).toFixed(1)}s`)}</title>`;
  if (task.milestone) {
    const cx = px(x(task.startMs));
    const cy = top + 7;
    return `<path class="milestone" d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="${colour}">${tip}</path>`;
  }
  const width = Math.max(2, x(task.endMs) - x(task.startMs));
  return `<rect class="task" x="${px(x(task.startMs))}" y="${top}" width="${px(width)}" height="14" rx="2" fill="${colour}">${tip}</rect>`;
}
function ganttSvg(chart) {
  const tasks = chart.tasks.slice(0, MAX_TASKS);
  if (tasks.length === 0) return emptySvg("gantt", chart.title);
  const t0 = Math.min(...tasks.map((t) => t.startMs));
  const end = Math.max(...tasks.map((t) => Math.max(t.endMs, t.startMs)));
  const scale = niceScale(0, (end - t0) / 1e3, 6, { min: 0 });
  const x = (ms) => LEFT + (ms - t0) / 1e3 / scale.max * (RIGHT - LEFT);
  const bottom = TOP + tasks.length * ROW;
  const grid = scale.ticks.map((s) => {
    const gx = px(x(t0 + s * 1e3));
    return `<line x1="${gx}" x2="${gx}" y1="${TOP}" y2="${bottom}" stroke="#d0d7de"/><text x="${gx}" y="${bottom + 14}" text-anchor="middle">${tickLabel(s)}s</text>`;
  });
  const rows = tasks.flatMap((t, i) => [label(t, i, t.section !== tasks[i - 1]?.section), mark(t, i, x)]);
  const more = chart.tasks.length > MAX_TASKS ? [`<text x="4" y="${bottom + 28}">\u2026 ${chart.tasks.length - MAX_TASKS} more rows in the report file</text>`] : [];
  return frame("gantt", chart.title, bottom + 36, [...grid, ...rows, ...more]);
}

// src/core/charts/svg-xy.ts
var HEIGHT = 300;
var PLOT = { left: 56, right: WIDTH - 16, top: 44, bottom: HEIGHT - 44 };
var MAX_X_LABELS = 12;
function legend(chart) {
  let x = PLOT.left;
  return chart.series.map((s, i) => {
    const item = `<g class="legend"><rect x="${x}" y="26" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 14}" y="35">${escapeXml(s.name)}</text></g>`;
    x += 24 + s.name.length * 6.5;
    return item;
  });
}
function axes(chart, y, xCenter) {
  const scale = yScale(chart);
  const out = scale.ticks.map(
    (t) => `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#d0d7de"/><text x="${PLOT.left - 4}" y="${px(y(t)) + 4}" text-anchor="end">${tickLabel(t)}</text>`
  );
  const every = Math.ceil(chart.categories.length / MAX_X_LABELS);
  chart.categories.forEach((c, i) => {
    if (i % every === 0)
      out.push(`<text x="${px(xCenter(i))}" y="${PLOT.bottom + 14}" text-anchor="middle">${escapeXml(c)}</text>`);
  });
  if (chart.xLabel)
    out.push(
      `<text x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`
    );
  if (chart.yLabel)
    out.push(
      `<text transform="translate(12 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}</text>`
    );
  out.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#57606a"/>`);
  return out;
}
function xySvg(chart) {
  if (chart.categories.length === 0 || chart.series.length === 0) return emptySvg("xy", chart.title);
  const scale = yScale(chart);
  const n = chart.categories.length;
  const slot = (PLOT.right - PLOT.left) / n;
  const xCenter = (i) => PLOT.left + slot * (i + 0.5);
  const clamp = (v) => Math.min(scale.max, Math.max(scale.min, v));
  const y = (v) => PLOT.bottom - (clamp(v) - scale.min) / (scale.max - scale.min) * (PLOT.bottom - PLOT.top);
  const bars = chart.series.filter((s) => s.kind === "bar");
  const barWidth = slot * 0.8 / Math.max(1, bars.length);
  const marks = chart.series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length];
    if (s.kind === "line") {
      const points = s.values.map((v, j) => `${px(xCenter(j))},${px(y(v))}`).join(" ");
      return `<polyline class="series" fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>`;
    }
    const offset = bars.indexOf(s) * barWidth - slot * 0.4;
    const rects = s.values.map((v, j) => {
      const top = y(Math.max(v, scale.min));
      const base = y(Math.max(0, scale.min));
      return `<rect x="${px(xCenter(j) + offset)}" y="${px(Math.min(top, base))}" width="${px(barWidth)}" height="${px(Math.abs(base - top))}" fill="${colour}"><title>${escapeXml(`${chart.categories[j]}: ${v}`)}</title></rect>`;
    });
    return `<g class="series">${rects.join("")}</g>`;
  });
  return frame("xy", chart.title, HEIGHT, [...axes(chart, y, xCenter), ...marks, ...legend(chart)]);
}

// src/core/charts/svg.ts
function toSvg(input) {
  const chart = bounded(input);
  return chart.type === "xy" ? xySvg(chart) : ganttSvg(chart);
}

// src/pipeline/html-blocks.ts
function mermaidBlockHtml(source, escapeHtml) {
  const chart = parseMermaid(source);
  if (chart) return `<figure class="chart">${toSvg(chart)}</figure>`;
  return `<details class="diagram-source"><summary>diagram (Mermaid source)</summary><pre><code>${escapeHtml(source)}</code></pre></details>`;
}
var EMOJI = {
  "\u2705": ["ok", "pass"],
  "\u274C": ["bad", "fail"],
  "\u26D4": ["bad", "config error"],
  "\u{1F4A5}": ["bad", "error"],
  "\u26A0\uFE0F": ["warn", "warn"],
  "\u23ED\uFE0F": ["skip", "skipped"],
  "\u21A9\uFE0F": ["warn", "rolled back"]
};
var WORDS = {
  pass: "ok",
  passed: "ok",
  succeeded: "ok",
  healthy: "ok",
  ready: "ok",
  warn: "warn",
  marginal: "warn",
  "rolled back": "warn",
  "rolled-back": "warn",
  fail: "bad",
  failed: "bad",
  error: "bad",
  "config-error": "bad",
  skip: "skip",
  skipped: "skip"
};
var EMOJI_PATTERN = /(✅|❌|⛔|💥|⚠️?|⏭️?|↩️?)\uFE0F?(?:\s*(rolled[ -]back|[a-z][a-z-]*))?/gu;
var badge = (tone, text) => `<span class="badge ${tone}">${text}</span>`;
function statusBadges(html) {
  return html.replace(EMOJI_PATTERN, (_match, emoji, word) => {
    const [tone, meaning] = EMOJI[emoji.endsWith("\uFE0F") ? emoji : `${emoji}\uFE0F`] ?? EMOJI[emoji];
    if (word && WORDS[word]) return badge(WORDS[word], word);
    return `${badge(tone, meaning)}${word ? ` ${word}` : ""}`;
  });
}
var BLOCK_CSS = ".badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;line-height:18px;color:#fff}.badge.ok{background:#1a7f37}.badge.warn{background:#9a6700}.badge.bad{background:#cf222e}.badge.skip{background:#6e7781}figure.chart{margin:.75em 0;overflow-x:auto}figure.chart svg{max-width:100%;height:auto;background:#fff}";

// src/pipeline/html.ts
var escape = (text) => text.replace(/&(?!(?:[a-z]+|#\d+);)/g, "&amp;").replace(/<(?!\/?(?:br|details|summary)\b)/g, "&lt;");
function inline(text) {
  return statusBadges(escape(text)).replace(/`([^`]+)`/g, (_m, code) => `<code>${code}</code>`).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}
var cells = (row) => row.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => inline(c.trim().replace(/\\\|/g, "|")));
function tableHtml(rows) {
  const [head, , ...body] = rows;
  const th = cells(head).map((c) => `<th>${c}</th>`).join("");
  const trs = body.map(
    (r) => `<tr>${cells(r).map((c) => `<td>${c}</td>`).join("")}</tr>`
  ).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>
${trs}
</tbody></table>`;
}
function markdownToHtml(markdown) {
  const out = [];
  const lines2 = markdown.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    const fence = line.match(/^(`{3,})(\w*)/);
    if (fence) {
      const body = [];
      for (i++; i < lines2.length && !lines2[i].startsWith(fence[1]); i++) body.push(lines2[i]);
      const code = (text) => escape(text).replace(/<(?=br|details|summary|\/)/g, "&lt;");
      out.push(
        fence[2] === "mermaid" ? mermaidBlockHtml(body.join("\n"), code) : `<pre><code>${code(body.join("\n"))}</code></pre>`
      );
    } else if (/^\|.*\|\s*$/.test(line) && /^\|\s*-{3}/.test(lines2[i + 1] ?? "")) {
      const rows = [];
      for (; i < lines2.length && /^\|/.test(lines2[i]); i++) rows.push(lines2[i]);
      i--;
      out.push(tableHtml(rows));
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(" ");
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (/^\s*[-*] /.test(line)) {
      const items = [];
      for (; i < lines2.length && /^\s*[-*] /.test(lines2[i]); i++)
        items.push(`<li>${inline(lines2[i].replace(/^\s*[-*] /, ""))}</li>`);
      i--;
      out.push(`<ul>${items.join("")}</ul>`);
    } else if (/^\s*<\/?(details|summary)/.test(line)) {
      out.push(statusBadges(line));
    } else if (line.trim().startsWith(">")) {
      out.push(`<blockquote>${inline(line.replace(/^\s*>\s?/, ""))}</blockquote>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join("\n");
}
function htmlPage(title, markdown) {
  const css = "body{font:14px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}code,pre{background:#f6f8fa;border-radius:4px}pre{padding:8px;overflow:auto}details{margin:.5em 0}summary{cursor:pointer;font-weight:600}" + BLOCK_CSS;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${css}</style></head>
<body>
${markdownToHtml(markdown)}
</body></html>
`;
}

// src/pipeline/timeline.ts
var SECTION = {
  "build-and-push": "build",
  deploy: "deploy",
  rollback: "rollback",
  notify: "notify"
};
function deployTasks(step) {
  const block = step.summary.match(/```mermaid\n(gantt\n[\s\S]*?)\n```/);
  const chart = block ? parseMermaid(block[1]) : void 0;
  return chart?.type === "gantt" && chart.tasks.length ? chart.tasks : void 0;
}
var why = (failure) => {
  const text = (failure ?? "").replace(/^deploy-kit\/[\w-]+:\s*/, "");
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
};
function stepTasks(step) {
  if (step.startedAt === void 0 || step.outcome === "skipped") return [];
  const inner = step.name === "deploy" ? deployTasks(step) : void 0;
  const section = SECTION[step.name] ?? "gates";
  const end = step.startedAt + step.durationMs;
  const failed = step.outcome !== "passed";
  const tasks = inner ?? [
    { section, label: step.name, startMs: step.startedAt, endMs: end, state: failed ? "failed" : "ok" }
  ];
  if (failed && !inner)
    tasks.push({
      section,
      label: `failure detected - ${step.name} ${why(step.failure)}`,
      startMs: end,
      endMs: end,
      state: "failed",
      milestone: true
    });
  return tasks;
}
function pipelineTimeline(result, title) {
  return { type: "gantt", title: `${title} timeline`, tasks: result.steps.flatMap(stepTasks) };
}

// src/pipeline/report.ts
var ICON = { passed: "\u2705", failed: "\u274C", "config-error": "\u26D4", error: "\u{1F4A5}", skipped: "\u23ED\uFE0F" };
var STATUS = {
  succeeded: "\u2705 succeeded",
  failed: "\u274C failed",
  "rolled-back": "\u21A9\uFE0F rolled back"
};
var KEY_OUTPUTS = {
  "build-and-push": ["image-ref", "version"],
  deploy: ["status", "revisions", "previous-revisions"],
  "health-check": ["healthy", "attempts", "elapsed-ms"],
  "smoke-test": ["passed", "total", "failed"],
  "perf-gate": ["verdict", "p95-ms", "rps", "error-rate"],
  "quality-score": ["score", "grade", "verdict"],
  rollback: ["rolled-back", "revisions"],
  notify: ["sent", "failed", "deployment-state"]
};
function keyOutputs(step, shorten = false) {
  return (KEY_OUTPUTS[step.name] ?? []).filter((k) => step.outputs[k] !== void 0 && step.outputs[k] !== "").map((k) => `${k}=${shorten ? terminalValue(step.outputs[k]) : step.outputs[k]}`).join(" ");
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
function stepLine(step) {
  const outputs = keyOutputs(step, true);
  const tail = step.outcome === "passed" ? outputs : `${outputs}
      ${step.failure ?? ""}`.trim();
  return `  ${ICON[step.outcome] ?? "\u2022"} ${step.name.padEnd(14)} ${seconds(step.durationMs).padStart(6)}  ${tail}`;
}
function outcomeLine(result) {
  const restored = result.restoredVersion ? ` (${result.restoredVersion} restored)` : "";
  return `${STATUS[result.status]}${restored}${result.reason ? `: ${result.reason}` : ""}`;
}
function renderPipelineMarkdown(result, title = "deploy-kit pipeline") {
  let md = heading(`${title}: ${result.version ?? "unversioned"} to ${result.environment}`, 2);
  md += `**Outcome:** ${outcomeLine(result).replace(/\n/g, " ")}

`;
  md += table(
    ["step", "outcome", "time", "key outputs", "problem"],
    result.steps.map((s) => [
      s.name,
      `${ICON[s.outcome] ?? ""} ${s.outcome}`,
      seconds(s.durationMs),
      keyOutputs(s),
      s.failure ?? s.warnings[0] ?? ""
    ])
  );
  const timeline = pipelineTimeline(result, title);
  if (timeline.tasks.length) md += `
${heading("Timeline", 3)}${toMermaid(timeline)}`;
  md += "\n";
  for (const step of result.steps) {
    if (step.summary.trim()) md += details(`${step.name}: ${step.title}`, step.summary.trim());
  }
  return md;
}

// src/pipeline/restored.ts
import { readFile } from "node:fs/promises";
function imageVersion(ref) {
  const at = ref.indexOf("@");
  if (at >= 0) return ref.slice(at + 1);
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  return colon > slash ? ref.slice(colon + 1) : "latest";
}
async function restoredVersionOf(recordPath) {
  if (!recordPath) return void 0;
  try {
    const record = JSON.parse(await readFile(recordPath, "utf8"));
    const before = record.workloads?.find((w) => w.existedBefore && w.before)?.before;
    if (before?.version) return before.version;
    const metadata = before?.template?.metadata;
    const label2 = metadata?.labels?.["app.kubernetes.io/version"];
    if (label2) return label2;
    const image = Object.values(before?.images ?? {})[0];
    return image ? imageVersion(image) : void 0;
  } catch {
    return void 0;
  }
}

// src/pipeline/step-runtime.ts
function createStepRuntime(options) {
  const capture = { outputs: {}, summary: "", failures: [], warnings: [] };
  const emit = (level, message, annotation) => {
    const where = annotation?.file ? ` (${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ""})` : "";
    const text = options.mask.apply(`${message}${where}`);
    if (level === "warning") capture.warnings.push(text);
    options.log(level, text);
  };
  return {
    kind: "cli",
    capture,
    input: (name) => options.inputs[name] ?? "",
    output: (name, value) => {
      capture.outputs[name] = value;
    },
    secret: (value) => options.mask.add(value),
    debug: (message) => emit("debug", message),
    info: (message) => emit("info", message),
    warning: (message, annotation) => emit("warning", message, annotation),
    error: (message, annotation) => emit("error", message, annotation),
    group: async (title, fn) => {
      emit("info", `-- ${title}`);
      return fn();
    },
    summary: async (markdown) => {
      capture.summary += options.mask.apply(markdown);
    },
    fail: (message) => {
      capture.failures.push(options.mask.apply(message));
    },
    env: options.env,
    cwd: options.cwd,
    tempDir: options.tempDir
  };
}

// src/pipeline/steps.ts
async function runStep(ctx, name, title, inputs) {
  ctx.events.stepStart?.(name, title);
  const started = Date.now();
  const runtime = createStepRuntime({
    inputs,
    env: ctx.env,
    cwd: ctx.cwd,
    tempDir: ctx.tempDir,
    mask: ctx.mask,
    log: (level, message) => ctx.events.log?.(name, level, message)
  });
  const outcome = await runAction(ctx.actions[name], runtime);
  const record = {
    name,
    title,
    outcome,
    // Masked after the run: the action registered its secret inputs while parsing them.
    inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, ctx.mask.apply(v)])),
    outputs: runtime.capture.outputs,
    failure: runtime.capture.failures[0],
    warnings: runtime.capture.warnings,
    summary: runtime.capture.summary,
    durationMs: Date.now() - started,
    startedAt: started
  };
  ctx.events.stepEnd?.(record);
  return record;
}

// src/pipeline/run.ts
var passed = (s) => s.outcome === "passed";
var lines = (...paths) => paths.filter(Boolean).join("\n");
function deployInputs(config, version, build) {
  const inputs = { ...config.deploy };
  if (!inputs.version && version) inputs.version = version;
  const image = config.build?.images?.split(/\r?\n|,/)[0]?.trim();
  if (build && !inputs.images && image && build.outputs["image-ref"])
    inputs.images = `${image}=${build.outputs["image-ref"]}`;
  return inputs;
}
async function verify(ctx, config, steps) {
  const plan = [
    ["health-check", "wait until the service is healthy"],
    ["smoke-test", "run the smoke-test suite"],
    ["perf-gate", "load test against thresholds and baseline"]
  ];
  for (const [name, title] of plan) {
    const inputs = config.verify[name];
    if (!inputs) continue;
    const step = await runStep(ctx, name, title, inputs);
    steps.push(step);
    if (!passed(step)) return step;
  }
  return void 0;
}
function scoreInputs(config, steps) {
  const out = (name, key) => steps.find((s) => s.name === name)?.outputs[key];
  const given = config["quality-score"] ?? {};
  return {
    comment: "false",
    ...given,
    performance: given.performance ?? out("perf-gate", "report") ?? "",
    health: given.health ?? lines(out("health-check", "report"), out("smoke-test", "report"))
  };
}
async function runPipeline(config, actions, options) {
  const started = Date.now();
  const ctx = {
    actions,
    env: options.env,
    cwd: config.baseDir,
    tempDir: options.tempDir,
    mask: options.mask ?? new SecretMask(),
    events: options.events ?? {}
  };
  const steps = [];
  const result = (status, reason, restoredVersion) => ({
    version,
    environment: config.environment,
    status,
    reason,
    restoredVersion,
    steps,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started
  });
  let version = config.version;
  let build;
  if (config.build) {
    build = await runStep(ctx, "build-and-push", "build and push the image", {
      ...config.build,
      ...version && !config.build.version ? { version } : {}
    });
    steps.push(build);
    if (!passed(build)) return notify(ctx, config, result("failed", `build failed: ${build.failure}`));
    version ||= build.outputs.version;
  }
  const deploy = await runStep(
    ctx,
    "deploy",
    `deploy ${version ?? ""} to ${config.environment}`.replace("  ", " "),
    deployInputs(config, version, build)
  );
  steps.push(deploy);
  if (!passed(deploy)) {
    const rolledBack = deploy.outputs["rolled-back"] === "true";
    const restored = rolledBack ? await restoredVersionOf(deploy.outputs.record) : void 0;
    return notify(
      ctx,
      config,
      result(rolledBack ? "rolled-back" : "failed", `deploy failed: ${deploy.failure}`, restored)
    );
  }
  const failedGate = await verify(ctx, config, steps);
  let gateFailure = failedGate ? `${failedGate.name} failed: ${failedGate.failure}` : void 0;
  if (config["quality-score"] && steps.some((s) => s.name === "health-check" && s.outputs.report)) {
    const score = await runStep(ctx, "quality-score", "score the release", scoreInputs(config, steps));
    steps.push(score);
    if (!passed(score))
      gateFailure = gateFailure ? `${gateFailure}; quality-score: ${score.failure}` : `quality-score failed: ${score.failure}`;
  }
  if (!gateFailure) return notify(ctx, config, result("succeeded"));
  const rollback = await runStep(ctx, "rollback", "roll back from the deploy record", {
    reason: gateFailure.slice(0, 300),
    ...config.rollback,
    record: deploy.outputs.record
  });
  steps.push(rollback);
  if (passed(rollback) && rollback.outputs["rolled-back"] === "true") {
    return notify(ctx, config, result("rolled-back", gateFailure, await restoredVersionOf(deploy.outputs.record)));
  }
  return notify(
    ctx,
    config,
    result("failed", `${gateFailure}; rollback: ${rollback.failure ?? "nothing was rolled back"}`)
  );
}
async function notify(ctx, config, result) {
  if (!config.notify) return result;
  const out = (name, key) => result.steps.find((s) => s.name === name)?.outputs[key] ?? "";
  const step = await runStep(ctx, "notify", "notify the outcome", {
    status: result.status,
    version: result.version ?? "unversioned",
    environment: config.environment,
    digest: out("build-and-push", "digest"),
    verdict: out("perf-gate", "verdict"),
    score: out("quality-score", "score"),
    reason: result.reason ?? "",
    "restored-version": result.restoredVersion ?? "",
    ...config.notify
  });
  result.steps.push(step);
  return result;
}

// src/cli/pipeline-command.ts
var pipelineActions = {
  "build-and-push": definition,
  deploy: definition2,
  "health-check": definition3,
  "smoke-test": definition8,
  "perf-gate": definition5,
  "quality-score": definition6,
  rollback: definition7,
  notify: definition4
};
function terminalEvents(io, verbose, indent = "") {
  const progress = progressFor(io.stdout);
  let ticker;
  return {
    stepStart: (name, title) => {
      progress.line(`${indent}> ${name}: ${title}`);
      if (progress.live) ticker = stepTicker(progress, `${indent}  \u2026 ${name}`);
    },
    log: (_name, level, message) => {
      const update = level === "info" ? progressOf(message) : void 0;
      if (update) progress.update(update.key, `${indent}    ${update.text}`);
      else if (level === "warning" || level === "error" || verbose && level !== "debug")
        progress.line(`${indent}    ${level === "info" ? "" : `${level}: `}${message}`);
    },
    stepEnd: (record) => {
      clearInterval(ticker);
      progress.remove(STEP_KEY);
      progress.close();
      progress.line(`${indent}${stepLine(record)}`);
    }
  };
}
var STEP_KEY = "step";
function stepTicker(progress, label2) {
  const started = Date.now();
  const timer = setInterval(
    () => progress.update(STEP_KEY, `${label2} ${Math.round((Date.now() - started) / 1e3)}s`),
    1e3
  );
  return timer.unref();
}
async function writeReports(dir, base, title, markdown) {
  await mkdir(dir, { recursive: true });
  const paths = { markdown: join(dir, `${base}.md`), html: join(dir, `${base}.html`) };
  await writeFile(paths.markdown, markdown);
  await writeFile(paths.html, htmlPage(title, markdown));
  return paths;
}
var USAGE = `deploy-kit pipeline --config deploy-kit.yml [--out-dir DIR] [--verbose]
  Runs the chain of the reusable deploy workflow against any cluster and URL:
  build-and-push -> deploy -> health-check -> smoke-test -> perf-gate -> quality-score
  -> rollback from the deploy record when anything after the deploy fails -> notify.
  Each section of the config holds that action's inputs by their action.yml names (the same
  values a workflow passes with 'with:'); \${VAR} is read from the environment.
  --config FILE   the pipeline config (deploy-kit.yml), required
  --out-dir DIR   where summary.md and summary.html go (default: deploy-kit-output)
  --verbose       print each step's log lines

example:
  deploy-kit pipeline --config deploy-kit.yml --out-dir reports/release`;
var pipelineCommand = {
  name: "pipeline",
  summary: SUMMARIES.pipeline,
  usage: () => USAGE,
  async run(argv, io) {
    const flags = parseCommandFlags(
      "pipeline",
      argv,
      { valid: ["config", "out-dir", "verbose"], booleans: ["verbose"], usage: USAGE },
      io
    );
    if (typeof flags === "number") return flags;
    if (!flags.config) {
      io.stderr.write(`deploy-kit pipeline: --config FILE is required
${USAGE}
`);
      return EXIT.config;
    }
    let result;
    try {
      const config = await loadConfig(resolve2(flags.config), io.env);
      io.stdout.write(`deploy-kit pipeline: ${config.version ?? "unversioned"} to ${config.environment}
`);
      result = await runPipeline(config, pipelineActions, {
        env: io.env,
        tempDir: io.env.RUNNER_TEMP ?? tmpdir(),
        events: terminalEvents(io, Boolean(flags.verbose))
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`deploy-kit pipeline: ${error.message}
`);
      return EXIT.config;
    }
    const paths = await writeReports(
      resolve2(flags["out-dir"] ?? "deploy-kit-output"),
      "summary",
      "deploy-kit pipeline",
      renderPipelineMarkdown(result)
    );
    io.stdout.write(`
${outcomeLine(result)}
summary: ${paths.markdown}
html:    ${paths.html}
`);
    return result.status === "succeeded" ? EXIT.ok : EXIT.failed;
  }
};

export {
  outcomeLine,
  renderPipelineMarkdown,
  runStep,
  runPipeline,
  pipelineActions,
  terminalEvents,
  writeReports,
  pipelineCommand
};
