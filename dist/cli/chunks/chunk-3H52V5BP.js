#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  workspaceOf
} from "./chunk-26UE3C6K.js";
import {
  globPaths,
  isGlobPattern
} from "./chunk-C5NZ7WGN.js";
import {
  REPORT_SCHEMA,
  figuresOf,
  formatChange,
  formatMetric,
  formatPValue,
  judge,
  loadGenerator,
  runPerfGate,
  stagesDurationMs
} from "./chunk-JQQOWQOR.js";
import {
  VALID_FORMS,
  addCounts,
  decodeHistogram,
  emptyCounts,
  encodeHistogram,
  latencyFigures,
  mergeHistograms,
  parseRegressionRule,
  parseThresholds
} from "./chunk-MCRHI3VV.js";
import {
  toMermaid
} from "./chunk-PRWZRJSU.js";
import {
  METHODS
} from "./chunk-7UZGQWUR.js";
import {
  KIT_VERSION
} from "./chunk-RW64BBIN.js";
import {
  heading,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import {
  inWorkspace,
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  bool,
  checkUrl,
  duration,
  external_exports,
  inputMeta,
  list,
  number,
  oneOf,
  pairs,
  redactUrl,
  text
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-KKQ3JKXY.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/core/perf/merge.ts
function mergeShardReports(shards, input = "reports") {
  if (shards.length === 0) throw ConfigError.single(input, "no reports matched; give shard report files or globs");
  checkDistinctShards(shards, input);
  const counts = shards.reduce((sum, s) => addCounts(sum, s.report.totals), emptyCounts());
  const durationMs = Math.round(shards.reduce((sum, s) => sum + s.report.totals.durationMs, 0) / shards.length);
  const histogram = mergeHistograms(shards.map((s) => s.report.histogram));
  const correctedParts = shards.map((s) => s.report.correctedHistogram).filter((h) => h !== void 0);
  const corrected = correctedParts.length === shards.length ? mergeHistograms(correctedParts) : void 0;
  const measured = { histogram, corrected, counts, durationMs };
  const run = {
    run: 0,
    durationMs,
    counts,
    histogram: encodeHistogram(histogram),
    ...corrected ? { correctedHistogram: encodeHistogram(corrected) } : {},
    figures: figuresOf(measured)
  };
  const mergedFrom = shards.map((s) => ({
    path: s.path,
    shard: s.report.config.shard,
    shards: s.report.config.shards,
    requests: s.report.totals.requests
  }));
  return { run, measured, timeline: mergeTimelines(shards.map((s) => s.report.timeline)), mergedFrom };
}
function checkDistinctShards(shards, input) {
  const seen = /* @__PURE__ */ new Map();
  for (const { path, report } of shards) {
    if (report.config.shards <= 1) continue;
    const key = `${report.config.shard}/${report.config.shards}`;
    const other = seen.get(key);
    if (other)
      throw ConfigError.single(input, `'${path}' and '${other}' are both shard ${key}; each shard must appear once`);
    seen.set(key, path);
  }
}
function mergeTimelines(timelines) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of timelines.flat()) {
    const key = `${entry.run}:${entry.index}`;
    groups.set(key, [...groups.get(key) ?? [], entry]);
  }
  const merged = [...groups.values()].map((entries) => {
    const histogram = mergeHistograms(entries.map((e) => e.histogram));
    const f = latencyFigures(histogram);
    const sum = (read) => entries.reduce((total, e) => total + read(e), 0);
    return {
      run: entries[0].run,
      index: entries[0].index,
      startMs: entries[0].startMs,
      durationMs: Math.max(...entries.map((e) => e.durationMs)),
      requests: sum((e) => e.requests),
      errors: sum((e) => e.errors),
      non2xx: sum((e) => e.non2xx),
      bytes: sum((e) => e.bytes),
      p50: f.p50,
      p95: f.p95,
      p99: f.p99,
      mean: Math.round(f.mean * 1e3) / 1e3,
      max: f.max,
      histogram: encodeHistogram(histogram),
      ...entries.some((e) => e.arrivals !== void 0) ? { arrivals: sum((e) => e.arrivals ?? 0), lateSends: sum((e) => e.lateSends ?? 0) } : {}
    };
  });
  return merged.sort((a, b) => a.run - b.run || a.index - b.index);
}
function buildMergedReport(shards, options, input = "reports") {
  const merged = mergeShardReports(shards, input);
  const first = shards[0].report;
  const judgement = judge({ runs: [merged.measured], timeline: merged.timeline, ...options });
  const saturated = shards.find((s) => s.report.generator?.saturated)?.report.generator;
  const reasons = saturated ? [`a shard's load generator was saturated (${saturated.reason})`, ...judgement.reasons] : judgement.reasons;
  const sumConfig = (read) => shards.reduce((total, s) => total + (read(s.report) ?? 0), 0);
  return {
    schema: REPORT_SCHEMA,
    kitVersion: KIT_VERSION,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    target: first.target,
    model: first.model,
    config: {
      ...first.config,
      connections: sumConfig((r) => r.config.connections),
      ...first.config.rate ? { rate: sumConfig((r) => r.config.rate) } : {},
      ...first.config.stages ? {
        stages: first.config.stages.map((stage, i) => ({
          ...stage,
          rate: sumConfig((r) => r.config.stages?.[i]?.rate)
        }))
      } : {},
      durationMs: merged.measured.durationMs,
      runs: 1,
      shard: 1,
      shards: 1
    },
    figures: merged.run.figures,
    histogram: merged.run.histogram,
    ...merged.run.correctedHistogram ? { correctedHistogram: merged.run.correctedHistogram } : {},
    totals: { ...merged.measured.counts, durationMs: merged.measured.durationMs },
    runs: [merged.run],
    timeline: merged.timeline,
    thresholds: judgement.thresholds,
    regressions: judgement.regressions,
    ...saturated ? { generator: saturated } : {},
    mergedFrom: merged.mergedFrom,
    verdict: judgement.verdict,
    passed: judgement.verdict !== "fail",
    reasons
  };
}

// src/core/perf/report-io.ts
async function readReport(path, input) {
  const text2 = await readTextFile(
    path,
    (reason) => ConfigError.single(
      input,
      `cannot read perf-gate report '${path}': it ${reason}; give the path of a report a previous perf-gate run wrote`
    )
  );
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    throw ConfigError.single(input, `'${path}' is not JSON; give the path of a perf-gate report`, { file: path });
  }
  const problem = reportProblem(data);
  if (problem)
    throw ConfigError.single(input, `'${path}' is not a usable perf-gate report: ${problem}`, { file: path });
  return data;
}
function reportProblem(data) {
  const report = data;
  if (!report || typeof report !== "object") return "not a JSON object";
  if (report.schema !== REPORT_SCHEMA) return `schema is '${String(report.schema)}', expected '${REPORT_SCHEMA}'`;
  if (!Array.isArray(report.runs) || report.runs.length === 0) return "it has no runs";
  if (!Array.isArray(report.timeline)) return "it has no timeline";
  if (typeof report.histogram !== "string") return "it has no encoded histogram";
  try {
    decodeHistogram(report.histogram);
    for (const run of report.runs) decodeHistogram(run.histogram);
  } catch {
    return "its histogram does not decode (edited or truncated?)";
  }
  return void 0;
}

// src/actions/perf-gate/inputs.ts
var DEFAULT_THRESHOLDS = "p(95) < 2s\nerror_rate == 0";
function thresholdsInput(defaultLines) {
  const base = list({ default: defaultLines, newlineOnly: true });
  const schema = base.transform((lines, ctx) => {
    const { thresholds, problems } = parseThresholds(lines);
    for (const problem of problems)
      ctx.addIssue({ code: "custom", message: `${problem.message}; valid forms: ${VALID_FORMS.join(", ")}` });
    return thresholds;
  });
  return schema.meta({ ...inputMeta(base) });
}
function regressionInput() {
  const base = list({ default: "" });
  const schema = base.transform((lines, ctx) => {
    const rules = [];
    for (const line of lines) {
      const parsed = parseRegressionRule(line);
      if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
      else rules.push(parsed);
    }
    return rules;
  });
  return schema.meta({ ...inputMeta(base) });
}
function marginInput(defaultValue) {
  const base = text({ default: defaultValue });
  const schema = base.transform((raw, ctx) => {
    const match = raw.match(/^(\d+(?:\.\d+)?)\s*(%?)$/);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(value >= 0 && value < 1)) {
      ctx.addIssue({ code: "custom", message: `must be a margin such as 10% or 0.1 (0 disables warn), got '${raw}'` });
      return external_exports.NEVER;
    }
    return value;
  });
  return schema.meta({ ...inputMeta(base) });
}
var STAGE = /^(.+?)\s*:\s*(\d+(?:\.\d+)?)\s*(?:\/s)?$/;
function stagesInput() {
  const base = list({ default: "" });
  const schema = base.transform((lines, ctx) => {
    const stages = [];
    for (const line of lines) {
      const match = line.match(STAGE);
      const durationMs = match ? parseDuration(match[1]) : void 0;
      if (!match || !durationMs || durationMs <= 0) {
        ctx.addIssue({
          code: "custom",
          message: `'${line}' must look like '30s: 200' (reach 200 req/s linearly over 30s), one stage per line`
        });
        continue;
      }
      stages.push({ durationMs, rate: Number(match[2]) });
    }
    return stages;
  });
  return schema.meta({ ...inputMeta(base) });
}
var inputs = {
  mode: oneOf(["run", "merge"], { default: "run" }),
  url: text({ secret: "url" }),
  method: oneOf(METHODS, { default: "GET" }),
  headers: pairs({ separator: ":", secret: true }),
  body: text(),
  connections: number({ default: "10", integer: true, min: 1, max: 1e4 }),
  rate: number({ integer: true, min: 1, max: 1e7 }),
  stages: stagesInput(),
  duration: duration({ default: "30s", min: 100, max: 6 * 36e5 }),
  warmup: duration({ default: "5s", min: 0, max: 36e5 }),
  runs: number({ default: "1", integer: true, min: 1, max: 50 }),
  timeout: duration({ default: "10s", min: 1e3, max: 6e5 }),
  thresholds: thresholdsInput(DEFAULT_THRESHOLDS),
  "warn-margin": marginInput("10%"),
  baseline: text(),
  "max-regression": regressionInput(),
  "abort-on-fail": bool({ default: "false" }),
  report: text(),
  shard: number({ default: "1", integer: true, min: 1, max: 1e3 }),
  shards: number({ default: "1", integer: true, min: 1, max: 1e3 }),
  reports: list({ newlineOnly: true })
};

// src/core/charts/perf-charts.ts
var DRAWN = { "p(50)": "p50", med: "p50", "p(95)": "p95" };
var firstRun = (timeline) => timeline.filter((e) => e.run === timeline[0]?.run);
var second = (e) => (e.startMs / 1e3).toFixed(1);
var windowText = (report) => `${(report.config.windowMs / 1e3).toString()}s window`;
function windowChart(title, yLabel, points, series) {
  return {
    type: "xy",
    title,
    xLabel: "seconds",
    categories: points.map(second),
    yLabel,
    series: series.map(([name, kind, metric]) => ({ name, kind, values: points.map(metric) }))
  };
}
function latencyChart(report) {
  const points = firstRun(report.timeline).filter((e) => e.requests > 0);
  const limits = report.thresholds.filter((t) => DRAWN[t.metric]).map((t) => [`limit ${t.expression}`, "line", () => t.limit]);
  const title = `p50 and p95 latency per ${windowText(report)}, run ${points[0]?.run ?? 1}`;
  return windowChart(title, "ms", points, [["p50", "line", (e) => e.p50], ["p95", "line", (e) => e.p95], ...limits]);
}
function throughputChart(report) {
  const perSecond = (e) => e.durationMs > 0 ? e.requests * 1e3 / e.durationMs : 0;
  return windowChart(`Throughput per ${windowText(report)}`, "req/s", firstRun(report.timeline), [
    ["requests/s", "line", perSecond]
  ]);
}
function errorsChart(report) {
  const points = firstRun(report.timeline);
  if (!points.some((e) => e.errors > 0 || e.non2xx > 0)) return void 0;
  return windowChart(`Errors per ${windowText(report)}`, "count", points, [
    ["connection errors", "bar", (e) => e.errors],
    ["non-2xx", "bar", (e) => e.non2xx]
  ]);
}
function arrivalsChart(report) {
  const points = firstRun(report.timeline);
  if (points.length < 2 || points[0].arrivals === void 0) return void 0;
  return windowChart(`Requests sent and responses per ${windowText(report)}`, "requests", points, [
    ["sent", "bar", (e) => e.arrivals ?? 0],
    ["responses", "line", (e) => e.requests]
  ]);
}

// src/actions/perf-gate/summary.ts
function figuresLine(report) {
  const f = report.figures;
  const lat = f.latency;
  const parts = [
    `**${f.requests}** responses`,
    `**${f.rps}** req/s`,
    `error rate **${formatMetric("error_rate", f.errorRate)}**`,
    `p50 **${lat.p50}ms**`,
    `p95 **${lat.p95}ms**`,
    `p99 **${lat.p99}ms**`,
    `max ${lat.max}ms`
  ];
  const model = modelText(report);
  const runs = report.config.runs > 1 ? `, median of ${report.runs.length} runs` : "";
  return `${parts.join(" \xB7 ")}

${model}, ${formatDuration(report.config.durationMs)} per run${runs}${report.mergedFrom ? `, merged from ${report.mergedFrom.length} shards` : ""}.

`;
}
function modelText(report) {
  const { rate, stages, connections } = report.config;
  if (report.model === "closed") return `closed model, ${connections} connections`;
  const pool = `pool of at most ${connections} connections`;
  if (!stages?.length) return `open model, constant arrival rate ${rate} req/s, ${pool}`;
  const ramp = stages.map((s) => `${s.rate} req/s over ${formatDuration(s.durationMs)}`).join(" \u2192 ");
  return `open model, ramping arrival rate from ${rate ?? 0} req/s: ${ramp}, ${pool}`;
}
function correctedNote(report) {
  const c = report.figures.correctedLatency;
  if (!c) return "";
  return `Latency from each request's intended send time (what arriving users wait; what thresholds judge): p50 ${c.p50}ms \xB7 p95 ${c.p95}ms \xB7 p99 ${c.p99}ms (above: from the moment each was sent).

`;
}
function arrivalsNote(report) {
  const a = report.arrivals;
  if (!a) return "";
  const e = a.evenness;
  return heading("Arrivals", 3) + table(
    [
      "sent / intended",
      "achieved rate",
      `deviation per ${e.windowMs}ms window (max / p99)`,
      "late sends",
      "lateness p99 / max",
      "waited for a connection",
      "never sent"
    ],
    [
      [
        `${a.sent} / ${a.intended}`,
        `${a.achievedRate} of ${a.targetRate} req/s`,
        `\xB1${e.maxDeviation} / \xB1${e.p99Deviation} (target ${e.targetPerWindow})`,
        String(a.lateSends),
        `${a.lateness.p99}ms / ${a.lateness.max}ms`,
        String(a.poolExhausted),
        String(a.unsent)
      ]
    ]
  ) + "\n";
}
function thresholdTable(report) {
  if (report.thresholds.length === 0) return "";
  const rows = report.thresholds.map((t) => {
    const delta = t.baseline !== void 0 ? `${formatDelta(t.measured, t.baseline)} vs ${formatMetric(t.metric, t.baseline)}` : "";
    return [t.expression, formatMetric(t.metric, t.measured), `${verdictIcon(t.verdict)} ${t.verdict}`, delta];
  });
  return heading("Thresholds", 3) + table(["threshold", "measured", "verdict", "baseline delta"], rows) + "\n";
}
function formatDelta(current, baseline) {
  if (baseline === 0) return current === 0 ? "\xB10%" : "from 0";
  const change = (current - baseline) / Math.abs(baseline);
  return `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)}%`;
}
function regressionTable(report) {
  if (report.regressions.length === 0) return "";
  const rows = report.regressions.map((r) => [
    r.expression,
    formatMetric(r.metric, r.baseline),
    formatMetric(r.metric, r.current),
    formatChange(r.change),
    `${formatPValue(r.pValue)} (${(r.confidence * 100).toFixed(1)}%)`,
    r.effectSize,
    `${verdictIcon(r.verdict)} ${r.verdict}`
  ]);
  return heading("Against the baseline (Mann-Whitney U over per-window samples)", 3) + table(
    ["rule", "baseline", "current", "worse by", "p-value (confidence)", "effect size (+ = worse)", "verdict"],
    rows
  ) + "\n";
}
function timelineChart(report) {
  const latency = latencyChart(report);
  if (latency.categories.length < 2) return "";
  const errors = errorsChart(report);
  return [
    heading("Latency over time", 3),
    toMermaid(latency),
    toMermaid(throughputChart(report)),
    errors ? toMermaid(errors) : "No connection errors or non-2xx responses in any window.\n",
    ""
  ].join("\n");
}
function arrivalsChartText(report) {
  const chart = arrivalsChart(report);
  return chart ? [heading("Arrivals and responses", 3), toMermaid(chart), ""].join("\n") : "";
}
function notes(report) {
  const lines = report.reasons.map((r) => `- ${r}`);
  const g = report.generator;
  if (g)
    lines.push(
      `- load generator: CPU ${Math.round(g.cpu * 100)}% of a core, event-loop lag p99 ${g.eventLoopLagP99Ms}ms${g.saturated ? " (**saturated**)" : ""}`
    );
  return lines.length ? `${lines.join("\n")}

` : "";
}
function renderSummary(report) {
  return heading(
    `perf-gate ${verdictIcon(report.verdict)} ${report.verdict}: ${report.target.method} ${report.target.url}`
  ) + figuresLine(report) + correctedNote(report) + arrivalsNote(report) + thresholdTable(report) + regressionTable(report) + timelineChart(report) + arrivalsChartText(report) + notes(report);
}

// src/actions/perf-gate/main.ts
function checkCombination(inputs2) {
  const problems = [];
  if (inputs2.mode === "run") {
    if (!inputs2.url)
      problems.push({
        input: "url",
        message: "is required when mode is run (the URL to load, e.g. https://staging.example.com/api/items)"
      });
    else if (checkUrl(inputs2.url)) problems.push({ input: "url", message: checkUrl(inputs2.url) });
  }
  if (inputs2.mode === "merge" && (inputs2.reports ?? []).length === 0) {
    problems.push({
      input: "reports",
      message: "is required when mode is merge: shard report files or globs, one per line"
    });
  }
  if (inputs2.stages.length && stagesDurationMs(inputs2.stages) > 6 * 36e5)
    problems.push({ input: "stages", message: "must last 6h at most in total" });
  if (inputs2.stages.length && inputs2.stages.every((stage) => stage.rate === 0) && !inputs2.rate)
    problems.push({ input: "stages", message: "never sends a request: give at least one stage a rate above 0" });
  if (inputs2.shard > inputs2.shards)
    problems.push({ input: "shard", message: `must be between 1 and shards (${inputs2.shards}), got ${inputs2.shard}` });
  if (problems.length) throw new ConfigError(problems);
}
async function expandReports(patterns, cwd) {
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (!isGlobPattern(pattern)) {
      files.add(inWorkspace(cwd, pattern));
      continue;
    }
    const matches = await globPaths(pattern, cwd);
    matches.forEach((match) => files.add(match));
    if (matches.length === 0)
      throw ConfigError.single("reports", `'${pattern}' matched no files; check the artifact download path`);
  }
  return [...files].sort();
}
function progressLogger(runtime) {
  const every = runtime.kind === "cli" ? 1e3 : 5e3;
  let last = -Infinity;
  return (p) => {
    if (p.phase === "warmup") {
      if (p.durationMs > 0) runtime.info(`warming up for ${formatDuration(p.durationMs)} (not measured)`);
      return;
    }
    if (p.elapsedMs - last < every && p.elapsedMs < p.durationMs) return;
    last = p.elapsedMs;
    runtime.info(
      `run ${p.run}/${p.runs}: ${formatDuration(Math.min(p.elapsedMs, p.durationMs))}/${formatDuration(p.durationMs)}, ${p.requests} responses, p95 ${p.p95Ms.toFixed(2)}ms`
    );
  };
}
async function runMode(inputs2, runtime, generate, baseline) {
  const headers = Object.fromEntries(inputs2.headers ?? []);
  return runtime.group(
    `perf-gate: ${inputs2.method} ${redactUrl(inputs2.url ?? "")}`,
    () => runPerfGate(
      {
        load: {
          url: inputs2.url,
          method: inputs2.method,
          headers,
          body: inputs2.body,
          connections: inputs2.connections,
          rate: inputs2.rate,
          ...inputs2.stages.length ? { stages: inputs2.stages } : {},
          // Ramping stages set the length of each run themselves, as in k6.
          durationMs: inputs2.stages.length ? stagesDurationMs(inputs2.stages) : inputs2.duration,
          timeoutMs: inputs2.timeout
        },
        warmupMs: inputs2.warmup,
        runs: inputs2.runs,
        shard: inputs2.shard,
        shards: inputs2.shards,
        thresholds: inputs2.thresholds,
        warnMargin: inputs2["warn-margin"],
        abortOnFail: inputs2["abort-on-fail"],
        rules: inputs2["max-regression"],
        baseline
      },
      generate,
      progressLogger(runtime)
    )
  );
}
async function mergeMode(inputs2, runtime, baseline) {
  const files = await expandReports(inputs2.reports ?? [], runtime.cwd);
  const shards = [];
  for (const path of files) shards.push({ path, report: await readReport(path, "reports") });
  runtime.info(`merging ${shards.length} shard reports by histogram`);
  return buildMergedReport(shards, {
    thresholds: inputs2.thresholds,
    warnMargin: inputs2["warn-margin"],
    rules: inputs2["max-regression"],
    baseline
  });
}
function createDefinition(generate = loadGenerator) {
  return {
    name: "perf-gate",
    inputs,
    async execute(inputs2, runtime) {
      checkCombination(inputs2);
      const workspace = workspaceOf(runtime);
      const baseline = inputs2.baseline ? await readReport(inWorkspace(workspace, inputs2.baseline), "baseline") : void 0;
      if (!baseline && inputs2["max-regression"].length)
        runtime.warning("max-regression is set but no baseline was given: the regression check is skipped");
      const report = inputs2.mode === "merge" ? await mergeMode(inputs2, runtime, baseline) : await runMode(inputs2, runtime, generate, baseline);
      report.target.url = redactUrl(report.target.url);
      const reportFile = await writeJsonReport(
        reportPath(inputs2.report, workspace, runtime.tempDir, "perf-gate-report.json"),
        report
      );
      runtime.info(`verdict ${report.verdict}; report written to ${reportFile}`);
      for (const reason of report.reasons) {
        if (report.verdict === "pass") runtime.info(reason);
        else runtime.warning(reason);
      }
      return { report, reportFile };
    },
    outputs: ({ report, reportFile }) => {
      const latency = report.figures.correctedLatency ?? report.figures.latency;
      return {
        passed: report.passed,
        verdict: report.verdict,
        "p50-ms": latency.p50,
        "p95-ms": latency.p95,
        "p99-ms": latency.p99,
        rps: report.figures.rps,
        "error-rate": Number(report.figures.errorRate.toFixed(6)),
        report: reportFile
      };
    },
    summary: ({ report }) => renderSummary(report),
    failure: ({ report }) => report.passed ? void 0 : `verdict fail: ${report.reasons.join("; ") || "a threshold failed"}`
  };
}
var definition = createDefinition();

export {
  definition
};
