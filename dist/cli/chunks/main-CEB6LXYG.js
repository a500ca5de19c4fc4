#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  PROVIDER_NAMES,
  analyze,
  createJsonGetter,
  createPrometheusProvider,
  formatNumber,
  parseCondition
} from "./chunk-RZ2DIEK4.js";
import {
  HttpKubeClient,
  loadKubeAccess
} from "./chunk-43TFGX7Z.js";
import "./chunk-MCRHI3VV.js";
import "./chunk-RKAIU4KG.js";
import {
  oomKilled,
  readyCondition
} from "./chunk-4S7TIHUF.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import {
  KIT_VERSION
} from "./chunk-RW64BBIN.js";
import {
  codeBlock,
  details,
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import {
  bool,
  checkUrl,
  duration,
  external_exports,
  inputMeta,
  number,
  oneOf,
  pairs,
  text
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration
} from "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/actions/analyze/main.ts
import { resolve } from "node:path";

// src/clients/metrics/kubernetes.ts
var containers = (pod) => pod.status?.containerStatuses ?? [];
function notReadySeconds(pod, nowMs) {
  const ready = readyCondition(pod);
  if (!ready || ready.status === "True") return 0;
  const since = ready.lastTransitionTime ? Date.parse(ready.lastTransitionTime) : Date.parse(pod.metadata.creationTimestamp ?? "");
  return Number.isFinite(since) ? Math.max(0, (nowMs - since) / 1e3) : 0;
}
function warningCount(events, podNames, workload) {
  return events.filter((e) => e.type === "Warning").filter((e) => {
    const name = e.involvedObject?.name ?? "";
    return podNames.has(name) || workload !== void 0 && (name === workload || name.startsWith(`${workload}-`));
  }).reduce((sum, e) => sum + (e.count ?? 1), 0);
}
async function selectorOf(client, metric, namespace) {
  if (metric.selector) return metric.selector;
  const workload = metric.vars.workload;
  if (!workload)
    throw ConfigError.single("workload", `metric '${metric.name}' (kubernetes) needs selector: or the workload input`);
  const deployment = await client.get({
    apiVersion: "apps/v1",
    kind: "Deployment",
    name: workload,
    namespace
  });
  const labels = deployment?.spec?.selector?.matchLabels;
  if (!labels)
    throw ConfigError.single(
      "workload",
      `deployment/${workload} was not found in namespace ${namespace} (or has no matchLabels); set selector: on metric '${metric.name}'`
    );
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
}
function createKubernetesProvider(client, now = Date.now) {
  return {
    name: "kubernetes",
    async measure(metric) {
      const namespace = metric.vars.namespace;
      if (!namespace) throw ConfigError.single("namespace", `is required by metric '${metric.name}' (kubernetes)`);
      const labelSelector = await selectorOf(client, metric, namespace);
      const pods = (await client.list("v1", "Pod", namespace, { labelSelector })).items;
      if (pods.length === 0)
        return { kind: "empty", reason: `no pods match ${labelSelector} in namespace ${namespace}` };
      const signal = metric.query;
      if (signal === "restarts")
        return { kind: "value", value: pods.flatMap(containers).reduce((s, c) => s + (c.restartCount ?? 0), 0) };
      if (signal === "oom-killed") return { kind: "value", value: pods.flatMap(containers).filter(oomKilled).length };
      if (signal === "not-ready-seconds")
        return { kind: "value", value: pods.reduce((s, p) => s + notReadySeconds(p, now()), 0) };
      const events = (await client.list("v1", "Event", namespace)).items;
      const names = new Set(pods.map((p) => p.metadata.name ?? ""));
      return { kind: "value", value: warningCount(events, names, metric.vars.workload) };
    }
  };
}

// src/clients/metrics/jsonpath.ts
function parseJsonPath(path) {
  if (!path.startsWith("$")) return `JSONPath '${path}' must start with $ (e.g. $.data.value)`;
  const segments = [];
  const token = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[['"]([^'"]+)['"]\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const match = token.exec(path);
    if (!match)
      return `JSONPath '${path}' is not understood at '${path.slice(at)}' (supported: .key, [index], ['key'])`;
    segments.push(match[2] !== void 0 ? Number(match[2]) : match[1] ?? match[3]);
  }
  return segments;
}
function readJsonPath(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}

// src/clients/metrics/web.ts
function sampleOf(value, metric) {
  if (value === void 0 || value === null)
    return { kind: "empty", reason: `${metric.jsonPath} is missing in the answer of ${metric.query}` };
  const number2 = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (typeof value === "object" || typeof value === "string" && Number.isNaN(number2))
    throw ConfigError.single(
      "metrics",
      `metric '${metric.name}': ${metric.jsonPath} is ${JSON.stringify(value).slice(0, 80)}, not a number`
    );
  return Number.isNaN(number2) ? { kind: "empty", reason: `${metric.jsonPath} is NaN` } : { kind: "value", value: number2 };
}
async function createWebProvider(o) {
  const client = await createJsonGetter(o, "metrics");
  return {
    name: "web",
    async measure(metric) {
      const path = parseJsonPath(metric.jsonPath ?? "");
      if (typeof path === "string") throw ConfigError.single("metrics", `metric '${metric.name}': ${path}`);
      const answer = await client.get(metric.query);
      if (answer.status === 401 || answer.status === 403)
        throw ConfigError.single(
          "bearer",
          `${metric.query} answered ${answer.status}: set or fix bearer, username/password or headers`
        );
      if (answer.status !== 200 || answer.body === void 0)
        throw ConfigError.single(
          "metrics",
          `metric '${metric.name}': ${metric.query} answered ${answer.status}${answer.body === void 0 ? " without JSON" : ""}: '${answer.text.slice(0, 120)}'`
        );
      return sampleOf(readJsonPath(answer.body, path), metric);
    },
    close: () => client.close()
  };
}

// src/clients/metrics/kubernetes-signals.ts
var KUBERNETES_SIGNALS = ["restarts", "oom-killed", "not-ready-seconds", "warning-events"];

// src/clients/metrics/index.ts
async function openProviders(needed, s) {
  const providers = {};
  const targets = [];
  const closers = [];
  if (needed.has("prometheus")) {
    if (!s.address) throw ConfigError.single("address", "is required for prometheus metrics");
    const prometheus = await createPrometheusProvider({ ...s, address: s.address });
    providers.prometheus = prometheus;
    closers.push(() => prometheus.close());
    targets.push(`prometheus ${new URL(s.address).origin}`);
  }
  if (needed.has("web")) {
    const web = await createWebProvider(s);
    providers.web = web;
    closers.push(() => web.close());
    targets.push("web (JSON endpoints)");
  }
  if (needed.has("kubernetes")) {
    const access = loadKubeAccess({
      content: s.kubeconfig,
      context: s.context,
      env: s.env,
      secret: (v) => s.secret(v)
    });
    providers.kubernetes = createKubernetesProvider(new HttpKubeClient(access));
    targets.push(`kubernetes context '${access.context}' from ${access.source}`);
  }
  return { providers, targets, close: async () => void await Promise.all(closers.map((close) => close())) };
}

// src/actions/analyze/inputs.ts
function fractionInput(defaultValue) {
  const base = text({ default: defaultValue });
  const schema = base.transform((raw, ctx) => {
    const match = raw.match(/^(\d+(?:\.\d+)?)\s*(%?)$/);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(value >= 0 && value <= 10)) {
      ctx.addIssue({ code: "custom", message: `must be a relative difference such as 10% or 0.1, got '${raw}'` });
      return external_exports.NEVER;
    }
    return value;
  });
  return schema.meta({ ...inputMeta(base) });
}
var inputs = {
  metrics: text({ required: true }),
  mode: oneOf(["measure", "compare"], { default: "measure" }),
  provider: oneOf(PROVIDER_NAMES, { default: "prometheus" }),
  address: text(),
  version: text(),
  namespace: text(),
  workload: text(),
  canary: text(),
  "baseline-version": text(),
  interval: duration({ default: "1m", min: 100, max: 36e5 }),
  count: number({ default: "1", integer: true, min: 1, max: 1e3 }),
  "initial-delay": duration({ default: "0s", min: 0, max: 6 * 36e5 }),
  "failure-limit": number({ default: "0", integer: true, min: 0, max: 1e3 }),
  "inconclusive-limit": number({ default: "0", integer: true, min: 0, max: 1e3 }),
  lookback: duration({ default: "5m", min: 1e3, max: 7 * 864e5 }),
  step: duration({ default: "15s", min: 100, max: 36e5 }),
  "max-difference": fractionInput("10%"),
  "min-score": number({ default: "100", min: 0, max: 100 }),
  "fail-on-inconclusive": bool({ default: "true" }),
  bearer: text({ secret: true }),
  username: text(),
  password: text({ secret: true }),
  headers: pairs({ separator: ":", secret: true }),
  "ca-file": text(),
  timeout: duration({ default: "10s", min: 100, max: 6e5 }),
  kubeconfig: text({ secret: true }),
  context: text(),
  report: text()
};

// src/actions/analyze/metrics-input.ts
var import_yaml = __toESM(require_dist(), 1);
var DIRECTIONS = ["increase", "decrease", "either"];
var KEYS = ["name", "provider", "query", "url", "json-path", "selector", "condition", "direction"];
function str(entry, key) {
  const value = entry[key];
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : void 0;
}
function checkSource(entry, provider, name) {
  if (provider === "web") {
    const path = parseJsonPath(str(entry, "json-path") ?? "");
    if (!str(entry, "url") || !str(entry, "json-path")) return `metric '${name}' (web) needs url: and json-path:`;
    return typeof path === "string" ? `metric '${name}': ${path}` : void 0;
  }
  const query = str(entry, "query");
  if (!query)
    return `metric '${name}' needs query: (${provider === "prometheus" ? "PromQL" : KUBERNETES_SIGNALS.join(", ")})`;
  if (provider === "kubernetes" && !KUBERNETES_SIGNALS.includes(query))
    return `metric '${name}' (kubernetes) query must be one of ${KUBERNETES_SIGNALS.join(", ")}, got '${query}'`;
  return void 0;
}
function toSpec(entry, index, defaultProvider) {
  const name = str(entry, "name") ?? `#${index + 1}`;
  const problems = [];
  const unknown = Object.keys(entry).filter((k) => !KEYS.includes(k));
  if (unknown.length)
    problems.push(`metric '${name}' has unknown keys ${unknown.join(", ")} (keys: ${KEYS.join(", ")})`);
  if (!str(entry, "name")) problems.push(`metric ${name} needs a name:`);
  const provider = str(entry, "provider") ?? defaultProvider;
  if (!PROVIDER_NAMES.includes(provider))
    problems.push(`metric '${name}' provider must be one of ${PROVIDER_NAMES.join(", ")}, got '${provider}'`);
  else {
    const problem = checkSource(entry, provider, name);
    if (problem) problems.push(problem);
  }
  const direction = str(entry, "direction") ?? "increase";
  if (!DIRECTIONS.includes(direction))
    problems.push(`metric '${name}' direction must be one of ${DIRECTIONS.join(", ")}, got '${direction}'`);
  const conditionText = str(entry, "condition");
  const condition = conditionText ? parseCondition(conditionText) : void 0;
  if (typeof condition === "string") problems.push(`metric '${name}' condition: ${condition}`);
  if (problems.length) return problems;
  return {
    name,
    provider,
    query: provider === "web" ? str(entry, "url") : str(entry, "query"),
    jsonPath: str(entry, "json-path"),
    selector: str(entry, "selector"),
    condition,
    direction
  };
}
function entriesOf(raw) {
  let value;
  try {
    value = (0, import_yaml.parse)(raw);
  } catch (error) {
    return `is not valid YAML: ${error.message.split("\n")[0]}`;
  }
  if (!Array.isArray(value) || value.length === 0)
    return "must be a YAML list of metrics, each with name:, query: and condition:";
  if (value.some((e) => !e || typeof e !== "object" || Array.isArray(e)))
    return "every list item must be a mapping (name: ..., query: ..., condition: ...)";
  return value;
}
function parseMetrics(raw, defaultProvider, requireCondition) {
  const entries = entriesOf(raw);
  if (typeof entries === "string") throw ConfigError.single("metrics", entries);
  const specs = [];
  const problems = [];
  entries.forEach((entry, index) => {
    const spec = toSpec(entry, index, defaultProvider);
    if (Array.isArray(spec)) return problems.push(...spec);
    if (requireCondition && !spec.condition)
      problems.push(`metric '${spec.name}' needs a condition: such as 'value < 0.01' or 'p(95) < 300ms'`);
    specs.push(spec);
  });
  const names = specs.map((s) => s.name);
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length) problems.push(`metric names must be unique, repeated: ${repeated.join(", ")}`);
  if (problems.length) throw new ConfigError(problems.map((message) => ({ input: "metrics", message })));
  return specs;
}

// src/actions/analyze/summary.ts
var MAX_ROWS = 200;
var icon = (outcome) => verdictIcon(outcome === "inconclusive" ? "warn" : outcome);
function planLine(r) {
  const c = r.config;
  const every = c.count > 1 ? ` every ${formatDuration(c.intervalMs)}` : "";
  const delay = c.initialDelayMs ? ` after ${formatDuration(c.initialDelayMs)}` : "";
  const compare = r.mode === "compare" ? `; canary ${r.vars.version ?? "?"} vs baseline ${r.baselineVars?.version ?? "?"} over ${formatDuration(c.lookbackMs ?? 0)} at ${formatDuration(c.stepMs ?? 0)} steps, allowed difference ${((c.maxDifference ?? 0) * 100).toFixed(1)}%` : "";
  const stopped = r.stoppedEarly ? `

Stopped early: ${r.stoppedEarly}.` : "";
  return `**Score ${r.score}**/100 (min ${c.minScore}) \xB7 ${c.count} measurement(s)${every}${delay} \xB7 failure-limit ${c.failureLimit} \xB7 inconclusive-limit ${c.inconclusiveLimit}${compare}.${stopped}

`;
}
function metricTable(r) {
  const rows = r.metrics.map((m) => [
    m.name,
    m.provider,
    m.condition ?? (m.direction ? `canary must not ${m.direction}` : ""),
    `${icon(m.outcome)} ${m.outcome}`,
    `${m.counts.pass}/${m.counts.fail}/${m.counts.inconclusive}`,
    m.reason
  ]);
  return table(["metric", "provider", "judged by", "outcome", "pass/fail/inconclusive", "last"], rows) + "\n";
}
function metricChart(m) {
  const points = m.measurements.filter((x) => x.value !== void 0 && Number.isFinite(x.value));
  if (points.length < 2) return "";
  const baseline = points.map((x) => x.comparison?.baselineMedian).filter((v) => v !== void 0);
  const all = [...points.map((x) => x.value), ...baseline];
  const top = Math.max(...all) * 1.1 || 1;
  const lines = [`    line [${points.map((x) => formatNumber(x.value)).join(", ")}]`];
  if (baseline.length === points.length) lines.push(`    line [${baseline.map(formatNumber).join(", ")}]`);
  const title = baseline.length ? `${m.name}: canary (first line) and baseline medians` : `${m.name} per measurement`;
  return codeBlock(
    [
      "xychart-beta",
      `    title "${title.replace(/"/g, "'")}"`,
      `    x-axis "measurement" [${points.map((x) => x.index).join(", ")}]`,
      `    y-axis "value" ${Math.min(0, ...all)} --> ${formatNumber(top)}`,
      ...lines
    ].join("\n"),
    "mermaid"
  );
}
function measurementTable(m) {
  const rows = m.measurements.slice(0, MAX_ROWS).map((x) => [
    x.index,
    x.at,
    `${icon(x.outcome)} ${x.outcome}`,
    x.value === void 0 ? "" : formatNumber(x.value),
    x.reason
  ]);
  const more = m.measurements.length > MAX_ROWS ? `
${m.measurements.length - MAX_ROWS} more in the report file.
` : "";
  const query = m.baselineQuery ? `canary: ${m.query}
baseline: ${m.baselineQuery}` : m.query;
  return details(
    `${m.name}: every measurement`,
    codeBlock(query) + table(["#", "at", "outcome", "value", "reason"], rows) + more
  );
}
function renderSummary(r) {
  const title = `analyze ${icon(r.verdict)} ${r.verdict}${r.vars.version ? `: ${r.vars.version}` : ""}`;
  const perMetric = r.metrics.map((m) => heading(m.name, 3) + metricChart(m) + measurementTable(m)).join("\n");
  const reasons = r.reasons.length ? `${r.reasons.map((x) => `- ${x}`).join("\n")}

` : "";
  return heading(title) + planLine(r) + metricTable(r) + reasons + perMetric;
}

// src/actions/analyze/main.ts
function checkedMetrics(inputs2) {
  const problems = [];
  let metrics = [];
  try {
    metrics = parseMetrics(inputs2.metrics, inputs2.provider, inputs2.mode === "measure");
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  if (inputs2.mode === "compare" && !inputs2["baseline-version"])
    problems.push({
      input: "baseline-version",
      message: "is required when mode is compare: the stable version the canary is compared with"
    });
  if (inputs2.address && checkUrl(inputs2.address))
    problems.push({ input: "address", message: checkUrl(inputs2.address) });
  if (metrics.some((m) => m.provider === "prometheus") && !inputs2.address)
    problems.push({
      input: "address",
      message: "is required for prometheus metrics: the server base URL, e.g. http://prometheus.monitoring:9090"
    });
  if (inputs2.mode === "compare" && inputs2.step * 3 > inputs2.lookback)
    problems.push({
      input: "step",
      message: `must leave at least 3 points in lookback (${inputs2.lookback}ms), got ${inputs2.step}ms`
    });
  if (problems.length) throw new ConfigError(problems);
  return metrics;
}
function configOf(inputs2, metrics) {
  const vars = {
    version: inputs2.version,
    namespace: inputs2.namespace,
    workload: inputs2.workload,
    canary: inputs2.canary
  };
  return {
    metrics,
    vars,
    plan: {
      intervalMs: inputs2.interval,
      count: inputs2.count,
      initialDelayMs: inputs2["initial-delay"],
      failureLimit: inputs2["failure-limit"],
      inconclusiveLimit: inputs2["inconclusive-limit"]
    },
    comparison: inputs2.mode === "compare" ? {
      baselineVars: { ...vars, version: inputs2["baseline-version"] },
      lookbackMs: inputs2.lookback,
      stepMs: inputs2.step,
      maxDifference: inputs2["max-difference"]
    } : void 0,
    minScore: inputs2["min-score"],
    kitVersion: KIT_VERSION
  };
}
function settingsOf(inputs2, runtime) {
  return {
    address: inputs2.address,
    token: inputs2.bearer,
    username: inputs2.username,
    password: inputs2.password,
    headers: Object.fromEntries(inputs2.headers ?? []),
    caFile: inputs2["ca-file"] && resolve(runtime.env.GITHUB_WORKSPACE ?? runtime.cwd, inputs2["ca-file"]),
    timeoutMs: inputs2.timeout,
    kubeconfig: inputs2.kubeconfig,
    context: inputs2.context,
    env: runtime.env,
    secret: (value) => runtime.secret(value)
  };
}
var logLine = (metric, r) => `measurement ${r.index} ${metric}: ${r.outcome} - ${r.reason}`;
async function execute(inputs2, runtime, open) {
  const metrics = checkedMetrics(inputs2);
  const config = configOf(inputs2, metrics);
  const sources = await open(new Set(metrics.map((m) => m.provider)), settingsOf(inputs2, runtime));
  let report;
  try {
    runtime.info(`analyzing ${metrics.length} metrics (${inputs2.mode}) from ${sources.targets.join(", ")}`);
    report = await runtime.group(
      `analyze: ${config.plan.count} measurement(s)`,
      () => analyze(config, {
        providers: sources.providers,
        sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms)),
        now: Date.now,
        onMeasurement: (metric, record) => runtime.info(logLine(metric, record))
      })
    );
  } finally {
    await sources.close();
  }
  const workspace = runtime.env.GITHUB_WORKSPACE ?? runtime.cwd;
  const reportFile = await writeJsonReport(
    reportPath(inputs2.report, workspace, runtime.tempDir, "analysis-report.json"),
    report
  );
  runtime.info(`verdict ${report.verdict}, score ${report.score}; report written to ${reportFile}`);
  return { report, reportFile, failOnInconclusive: inputs2["fail-on-inconclusive"] };
}
function failureOf({ report, failOnInconclusive }) {
  const why = report.reasons.join("; ");
  if (report.verdict === "fail") return `verdict fail (score ${report.score}): ${why}`;
  if (report.verdict === "inconclusive" && failOnInconclusive)
    return `verdict inconclusive (score ${report.score}): ${why || "no metric gave evidence"}; set fail-on-inconclusive: false to let it pass`;
  return void 0;
}
function createDefinition(open = openProviders) {
  return {
    name: "analyze",
    inputs,
    execute: (inputs2, runtime) => execute(inputs2, runtime, open),
    outputs: ({ report, reportFile }) => ({ verdict: report.verdict, score: report.score, report: reportFile }),
    summary: ({ report }) => renderSummary(report),
    failure: failureOf
  };
}
var definition = createDefinition();
function run(runtime) {
  return runAction(definition, runtime);
}
export {
  createDefinition,
  definition,
  run
};
