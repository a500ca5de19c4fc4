#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  compare,
  mannWhitney,
  median,
  parseThreshold
} from "./chunk-MCRHI3VV.js";
import {
  require_undici
} from "./chunk-RKAIU4KG.js";
import {
  ConfigError,
  DeployKitError,
  describeError
} from "./chunk-TLPLIUBF.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/core/analysis/histogram.ts
function histogramQuantile(q, buckets) {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted.length < 2 || sorted[sorted.length - 1].le !== Infinity) return NaN;
  const total = sorted[sorted.length - 1].count;
  if (!(total > 0)) return NaN;
  const rank = q * total;
  const index = sorted.findIndex((b) => b.count >= rank);
  if (index === sorted.length - 1) return sorted[sorted.length - 2].le;
  const upper = sorted[index];
  const lowerBound = index === 0 ? 0 : sorted[index - 1].le;
  const lowerCount = index === 0 ? 0 : sorted[index - 1].count;
  if (index === 0 && upper.le <= 0) return upper.le;
  const inBucket = upper.count - lowerCount;
  return inBucket > 0 ? lowerBound + (upper.le - lowerBound) * ((rank - lowerCount) / inBucket) : upper.le;
}

// src/core/analysis/conditions.ts
var CONDITION_FORMS = ["value < 0.01", "value <= 1%", "value < 300ms", "value >= 100", "p(95) < 300ms"];
var formsHint = `valid forms: ${CONDITION_FORMS.join(", ")}`;
function parseValueCondition(expression, rest) {
  const asNumber = parseThreshold(`error_rate ${rest}`);
  if (typeof asNumber !== "string") return { expression, subject: "value", op: asNumber.op, limit: asNumber.limit };
  const asTime = parseThreshold(`avg ${rest}`);
  if (typeof asTime !== "string") return { expression, subject: "value", op: asTime.op, limit: asTime.limit / 1e3 };
  return `'${expression}' is not a condition of the form value <op> <number>[% or time unit]; ${formsHint}`;
}
function parseCondition(text) {
  const expression = text.trim();
  const value = expression.match(/^value\b(.*)$/i);
  if (value) return parseValueCondition(expression, value[1]);
  const parsed = parseThreshold(expression);
  if (typeof parsed === "string") return `${parsed}; ${formsHint}`;
  const percentile = parsed.metric.percentile ?? (parsed.metric.name === "med" ? 50 : void 0);
  if (percentile === void 0)
    return `'${parsed.metric.name}' in '${expression}' is a load-test figure; a metric condition is 'value <op> <limit>' or 'p(N) <op> <time>' on a histogram query`;
  return { expression, subject: "quantile", op: parsed.op, limit: parsed.limit, quantile: percentile / 100 };
}
function observedValue(condition, sample) {
  if (sample.kind === "empty") return sample.reason;
  if (sample.kind === "value") {
    if (condition?.subject === "quantile")
      return `the query answered one number, but '${condition.expression}' needs histogram buckets (a 'le' label per series)`;
    return sample.value;
  }
  if (condition?.subject !== "quantile")
    return `the query answered histogram buckets ('le' labels); write a condition such as p(95) < 300ms or wrap the query in histogram_quantile()`;
  return histogramQuantile(condition.quantile, sample.buckets) * 1e3;
}
function judge(condition, sample) {
  const value = observedValue(condition, sample);
  if (typeof value === "string") return { outcome: "inconclusive", reason: value };
  if (Number.isNaN(value))
    return { outcome: "inconclusive", reason: "the value is NaN (no data in the window, e.g. 0/0)" };
  const holds = compare(value, condition.op, condition.limit);
  return {
    outcome: holds ? "pass" : "fail",
    value,
    reason: `${formatNumber(value)} ${holds ? "holds" : "breaks"} ${condition.expression}`
  };
}
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

// src/core/analysis/compare.ts
var ALPHA = 0.05;
var MIN_POINTS = 3;
function numbers(samples, condition) {
  return samples.map((s) => observedValue(condition, s)).filter((v) => typeof v === "number" && Number.isFinite(v));
}
function worseningOf(canary, baseline, direction) {
  const change = baseline === 0 ? canary === 0 ? 0 : Math.sign(canary) * Infinity : (canary - baseline) / Math.abs(baseline);
  if (direction === "increase") return change;
  if (direction === "decrease") return -change;
  return Math.abs(change);
}
function pValueOf(baseline, canary, direction) {
  const test = mannWhitney(baseline, canary);
  const p = direction === "increase" ? test.pGreater : direction === "decrease" ? test.pLess : Math.min(1, 2 * Math.min(test.pGreater, test.pLess));
  return { p, effect: test.effectSize };
}
function compareSamples(canarySamples, baselineSamples, options) {
  const canary = numbers(canarySamples, options.condition);
  const baseline = numbers(baselineSamples, options.condition);
  if (canary.length < MIN_POINTS || baseline.length < MIN_POINTS)
    return {
      outcome: "inconclusive",
      reason: `too few points to compare (canary ${canary.length}, baseline ${baseline.length}; need ${MIN_POINTS} each): no traffic or no series`
    };
  const [canaryMedian, baselineMedian] = [median(canary), median(baseline)];
  const worsening = worseningOf(canaryMedian, baselineMedian, options.direction);
  const { p, effect } = pValueOf(baseline, canary, options.direction);
  const detail = {
    canaryMedian,
    baselineMedian,
    worsening,
    pValue: p,
    effectSize: effect,
    canaryPoints: canary.length,
    baselinePoints: baseline.length
  };
  const worse = worsening > options.maxDifference && p < ALPHA;
  const change = Number.isFinite(worsening) ? `${(worsening * 100).toFixed(1)}% worse` : "worse than a zero baseline";
  const reason = `canary median ${formatNumber(canaryMedian)} vs baseline ${formatNumber(baselineMedian)} (${change}, allowed ${(options.maxDifference * 100).toFixed(1)}%; Mann-Whitney p=${formatNumber(p)})`;
  return { outcome: worse ? "fail" : "pass", reason, detail };
}

// src/core/analysis/report.ts
var ANALYSIS_REPORT_SCHEMA = "deploy-kit/analysis-report@1";
function metricOutcome(counts, limits) {
  if (counts.fail > limits.failureLimit) return "fail";
  if (counts.inconclusive > limits.inconclusiveLimit) return "inconclusive";
  return counts.pass > 0 ? "pass" : "inconclusive";
}
function overallVerdict(metrics, minScore) {
  const passed = metrics.filter((m) => m.outcome === "pass").length;
  const score = metrics.length ? Math.round(100 * passed / metrics.length) : 0;
  if (metrics.length && score >= minScore) return { score, verdict: "pass" };
  return { score, verdict: metrics.some((m) => m.outcome === "fail") ? "fail" : "inconclusive" };
}
function reasonsOf(metrics) {
  return metrics.filter((m) => m.outcome !== "pass").map((m) => `${m.name}: ${m.outcome} (${m.reason})`);
}

// src/core/analysis/template.ts
var TEMPLATE_VARIABLES = ["version", "namespace", "workload", "canary"];
var PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
var templatedFields = (metric) => [metric.query, metric.jsonPath, metric.selector].filter((t) => t !== void 0);
function templateProblems(metrics, sides) {
  const problems = [];
  for (const metric of metrics) {
    for (const text of templatedFields(metric)) {
      for (const [, name] of text.matchAll(PLACEHOLDER)) {
        if (!TEMPLATE_VARIABLES.includes(name)) {
          problems.push({
            input: "metrics",
            message: `metric '${metric.name}' uses unknown template variable {{${name}}} (variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ")})`
          });
        } else if (sides.some((vars) => !vars[name])) {
          problems.push({
            input: name,
            message: `is empty but metric '${metric.name}' uses {{${name}}}; set it (e.g. from the deploy step's outputs)`
          });
        }
      }
    }
  }
  return problems;
}
function renderTemplate(text, vars) {
  return text.replace(PLACEHOLDER, (whole, name) => vars[name] ?? whole);
}
function resolveMetric(metric, vars) {
  const fill = (text) => text === void 0 ? void 0 : renderTemplate(text, vars);
  return {
    ...metric,
    query: renderTemplate(metric.query, vars),
    jsonPath: fill(metric.jsonPath),
    selector: fill(metric.selector),
    vars
  };
}

// src/core/analysis/analyze.ts
function providerFor(spec, providers, comparing) {
  const provider = providers[spec.provider];
  if (!provider)
    throw ConfigError.single(
      "provider",
      `metric '${spec.name}' needs the ${spec.provider} provider, which is not configured`
    );
  if (comparing && !provider.series)
    throw ConfigError.single(
      "mode",
      `metric '${spec.name}': the ${spec.provider} provider has no history, so it cannot be compared (use prometheus)`
    );
  return provider;
}
function prepare(config, deps) {
  const sides = config.comparison ? [config.vars, config.comparison.baselineVars] : [config.vars];
  const problems = [...new Map(templateProblems(config.metrics, sides).map((p) => [p.input + p.message, p])).values()];
  if (problems.length) throw new ConfigError(problems);
  return config.metrics.map((spec) => ({
    spec,
    release: resolveMetric(spec, config.vars),
    baseline: config.comparison ? resolveMetric(spec, config.comparison.baselineVars) : void 0,
    provider: providerFor(spec, deps.providers, Boolean(config.comparison)),
    records: []
  }));
}
async function measureOne(t, index, config, deps) {
  const at = new Date(deps.now()).toISOString();
  const cmp = config.comparison;
  if (!cmp) {
    const judgement = judge(t.spec.condition, await t.provider.measure(t.release));
    return { index, at, outcome: judgement.outcome, value: judgement.value, reason: judgement.reason };
  }
  const endMs = deps.now();
  const range = { startMs: endMs - cmp.lookbackMs, endMs, stepMs: cmp.stepMs };
  const [canary, baseline] = await Promise.all([
    t.provider.series(t.release, range),
    t.provider.series(t.baseline, range)
  ]);
  const judged = compareSamples(canary, baseline, {
    direction: t.spec.direction,
    maxDifference: cmp.maxDifference,
    condition: t.spec.condition
  });
  return {
    index,
    at,
    outcome: judged.outcome,
    value: judged.detail?.canaryMedian,
    reason: judged.reason,
    comparison: judged.detail
  };
}
var countOf = (records) => ({
  pass: records.filter((r) => r.outcome === "pass").length,
  fail: records.filter((r) => r.outcome === "fail").length,
  inconclusive: records.filter((r) => r.outcome === "inconclusive").length
});
function resultOf(t, plan) {
  const counts = countOf(t.records);
  const outcome = metricOutcome(counts, plan);
  const last = [...t.records].reverse().find((r) => r.outcome === outcome) ?? t.records[t.records.length - 1];
  return {
    name: t.spec.name,
    provider: t.spec.provider,
    query: t.release.query,
    baselineQuery: t.baseline?.query,
    condition: t.spec.condition?.expression,
    direction: t.baseline ? t.spec.direction : void 0,
    outcome,
    counts,
    measurements: t.records,
    reason: `${counts.pass} pass, ${counts.fail} fail, ${counts.inconclusive} inconclusive of ${t.records.length}; ${last?.reason ?? "not measured"}`
  };
}
function exceededLimit(tracked, plan) {
  for (const t of tracked) {
    const counts = countOf(t.records);
    if (counts.fail > plan.failureLimit)
      return `${t.spec.name} failed ${counts.fail} times (failure-limit ${plan.failureLimit})`;
    if (counts.inconclusive > plan.inconclusiveLimit)
      return `${t.spec.name} was inconclusive ${counts.inconclusive} times (inconclusive-limit ${plan.inconclusiveLimit})`;
  }
  return void 0;
}
async function analyze(config, deps) {
  const tracked = prepare(config, deps);
  const { plan } = config;
  let stoppedEarly;
  if (plan.initialDelayMs > 0) await deps.sleep(plan.initialDelayMs);
  for (let index = 1; index <= plan.count && !stoppedEarly; index++) {
    if (index > 1) await deps.sleep(plan.intervalMs);
    const records = await Promise.all(tracked.map((t) => measureOne(t, index, config, deps)));
    records.forEach((record, i) => {
      tracked[i].records.push(record);
      deps.onMeasurement?.(tracked[i].spec.name, record);
    });
    if (index < plan.count) stoppedEarly = exceededLimit(tracked, plan);
  }
  const metrics = tracked.map((t) => resultOf(t, plan));
  const { score, verdict } = overallVerdict(metrics, config.minScore);
  return {
    schema: ANALYSIS_REPORT_SCHEMA,
    kitVersion: config.kitVersion,
    createdAt: new Date(deps.now()).toISOString(),
    mode: config.comparison ? "compare" : "measure",
    config: {
      ...plan,
      minScore: config.minScore,
      ...config.comparison && {
        lookbackMs: config.comparison.lookbackMs,
        stepMs: config.comparison.stepMs,
        maxDifference: config.comparison.maxDifference
      }
    },
    vars: { ...config.vars },
    baselineVars: config.comparison ? { ...config.comparison.baselineVars } : void 0,
    metrics,
    score,
    verdict,
    stoppedEarly,
    reasons: reasonsOf(metrics)
  };
}

// src/core/analysis/types.ts
var PROVIDER_NAMES = ["prometheus", "web", "kubernetes"];

// src/clients/metrics/http-json.ts
var import_undici = __toESM(require_undici(), 1);
import { readFile } from "node:fs/promises";
function authHeaders(o) {
  const headers = { accept: "application/json", ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  else if (o.username)
    headers.authorization = `Basic ${Buffer.from(`${o.username}:${o.password ?? ""}`).toString("base64")}`;
  return headers;
}
async function dispatcherFor(o) {
  if (!o.caFile) return new import_undici.Agent({ connect: { timeout: o.timeoutMs } });
  let ca;
  try {
    ca = await readFile(o.caFile, "utf8");
  } catch (error) {
    throw ConfigError.single("ca-file", `cannot read '${o.caFile}': ${describeError(error)}`);
  }
  return new import_undici.Agent({ connect: { timeout: o.timeoutMs, ca } });
}
function networkReason(error) {
  const cause = error.cause;
  const code = cause?.code ?? error.code;
  const message = cause?.message ?? describeError(error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}
async function createJsonGetter(o, input) {
  const dispatcher = await dispatcherFor(o);
  const headers = authHeaders(o);
  const get = async (url) => {
    let answer;
    try {
      answer = await (0, import_undici.request)(url, { dispatcher, headers, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs });
    } catch (error) {
      throw ConfigError.single(
        input,
        `cannot reach ${new URL(url).origin}: ${networkReason(error)}; check the address and that the server is up`
      );
    }
    const text = await answer.body.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = void 0;
    }
    return { status: answer.statusCode, body, text };
  };
  return { get, close: () => dispatcher.close() };
}

// src/clients/metrics/prometheus-parse.ts
function promNumber(text) {
  if (text === "+Inf" || text === "Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  return Number(text);
}
var describeLabels = (labels) => `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(", ")}}`;
function tooMany(metric, query, series) {
  const shown = series.slice(0, 3).map((s) => describeLabels(s.metric)).join(", ");
  return ConfigError.single(
    "metrics",
    `metric '${metric}' returned ${series.length} series (${shown}${series.length > 3 ? ", ..." : ""}) where one number is expected; aggregate them, e.g. sum(...), or add label matchers
  query: ${query}`
  );
}
var isHistogram = (series) => series.length > 1 && series.every((s) => s.metric.le !== void 0);
function bucketsOf(points) {
  const byLe = /* @__PURE__ */ new Map();
  for (const p of points) {
    const le = promNumber(p.le);
    byLe.set(le, (byLe.get(le) ?? 0) + promNumber(p.value));
  }
  return [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}
function valueSample(text) {
  const value = promNumber(text);
  return Number.isNaN(value) ? { kind: "empty", reason: "the query answered NaN (no data in the window, e.g. 0/0)" } : { kind: "value", value };
}
function instantSample(data, metric, query) {
  if (data.resultType === "scalar") return valueSample(data.result[1]);
  if (data.resultType === "matrix")
    throw ConfigError.single(
      "metrics",
      `metric '${metric}' returned a range vector (matrix) where one number is expected; drop the [range] selector or wrap it in a function such as rate(...[1m]) or avg_over_time(...[5m])
  query: ${query}`
    );
  if (data.resultType !== "vector")
    throw ConfigError.single(
      "metrics",
      `metric '${metric}' returned a ${data.resultType}, not a number
  query: ${query}`
    );
  const series = data.result;
  if (series.length === 0)
    return { kind: "empty", reason: "the query matched no series (no traffic yet, or a label that does not match)" };
  if (isHistogram(series))
    return { kind: "histogram", buckets: bucketsOf(series.map((s) => ({ le: s.metric.le, value: s.value[1] }))) };
  if (series.length > 1) throw tooMany(metric, query, series);
  return valueSample(series[0].value[1]);
}
function rangeSamples(data, metric, query) {
  if (data.resultType !== "matrix")
    throw ConfigError.single(
      "metrics",
      `metric '${metric}' returned a ${data.resultType} from a range query
  query: ${query}`
    );
  const series = data.result;
  if (series.length === 0) return [];
  if (isHistogram(series)) {
    const byTime = /* @__PURE__ */ new Map();
    for (const s of series)
      for (const [t, v] of s.values ?? []) byTime.set(t, [...byTime.get(t) ?? [], { le: s.metric.le, value: v }]);
    return [...byTime.keys()].sort((a, b) => a - b).map((t) => ({ kind: "histogram", buckets: bucketsOf(byTime.get(t)) }));
  }
  if (series.length > 1) throw tooMany(metric, query, series);
  return (series[0].values ?? []).map(([, v]) => valueSample(v));
}

// src/clients/metrics/prometheus.ts
function failure(answer, metric, address, authGiven) {
  const body = answer.body;
  if (answer.status === 401 || answer.status === 403) {
    const fix = authGiven ? "was refused; check bearer or username/password" : "is required by this server; set bearer, or username and password";
    return ConfigError.single("bearer", `Prometheus at ${address} answered ${answer.status}: authentication ${fix}`);
  }
  if (body?.status === "error" && (body.errorType === "bad_data" || answer.status === 400))
    return ConfigError.single(
      "metrics",
      `metric '${metric.name}': Prometheus rejected the query: ${body.error}
  query: ${metric.query}`
    );
  if (body?.status === "error")
    return new DeployKitError(
      `metric '${metric.name}': Prometheus answered ${answer.status} ${body.errorType}: ${body.error}
  query: ${metric.query}`
    );
  const snippet = answer.text.slice(0, 120).replace(/\s+/g, " ");
  return ConfigError.single(
    "address",
    `${address} answered ${answer.status} with no Prometheus API response ('${snippet}'); is it the Prometheus base URL?`
  );
}
async function createPrometheusProvider(o) {
  const base = o.address.replace(/\/+$/, "");
  const client = await createJsonGetter(o, "address");
  const authGiven = Boolean(o.token || o.username);
  const call = async (path, params, metric) => {
    const answer = await client.get(`${base}${path}?${new URLSearchParams(params).toString()}`);
    const body = answer.body;
    if (answer.status !== 200 || body?.status !== "success" || !body.data)
      throw failure(answer, metric, base, authGiven);
    return body.data;
  };
  return {
    name: "prometheus",
    async measure(metric) {
      return instantSample(await call("/api/v1/query", { query: metric.query }, metric), metric.name, metric.query);
    },
    async series(metric, range) {
      const params = {
        query: metric.query,
        start: String(range.startMs / 1e3),
        end: String(range.endMs / 1e3),
        step: String(range.stepMs / 1e3)
      };
      return rangeSamples(await call("/api/v1/query_range", params, metric), metric.name, metric.query);
    },
    close: () => client.close()
  };
}

export {
  parseCondition,
  formatNumber,
  analyze,
  PROVIDER_NAMES,
  createJsonGetter,
  promNumber,
  createPrometheusProvider
};
