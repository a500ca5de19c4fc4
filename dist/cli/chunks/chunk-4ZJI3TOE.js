#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  compilePath,
  displayUrl,
  evaluateAll,
  interpolate,
  interpolateDeep,
  parseAssertion,
  placeholders,
  probe,
  queryPath,
  resolveHttpDeps
} from "./chunk-OSC6EXWD.js";
import {
  METHODS
} from "./chunk-7UZGQWUR.js";
import {
  KIT_VERSION,
  SecretMask
} from "./chunk-LNBYLDMG.js";
import {
  issueLine,
  issuePath,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  writeJsonReport,
  writeReportText
} from "./chunk-6GAZEXCQ.js";
import {
  displayPath,
  inWorkspace,
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-DQBVZPBA.js";
import {
  bool,
  checkUrl,
  duration,
  external_exports,
  formatDuration,
  number,
  parseDuration,
  text,
  urlSecrets,
  yamlObject
} from "./chunk-CHGW23SG.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/actions/smoke-test/main.ts
import { join } from "node:path";

// src/core/smoke/junit.ts
var escapeXml = (text2) => text2.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
var seconds = (ms = 0) => (ms / 1e3).toFixed(3);
function renderJunit(result, suiteName, specFile) {
  const cases = result.checks.map((c) => {
    const attrs = `name="${escapeXml(c.name)}" classname="${escapeXml(suiteName)}" file="${escapeXml(specFile)}" line="${c.line}" time="${seconds(c.latencyMs)}"`;
    if (c.verdict === "pass") return `    <testcase ${attrs}/>`;
    if (c.verdict === "skip")
      return `    <testcase ${attrs}>
      <skipped message="${escapeXml(c.reason ?? "")}"/>
    </testcase>`;
    const detail = [
      `${c.method} ${c.url ?? ""} -> ${c.status ?? "no response"} after ${c.attempts} attempt(s)`,
      ...c.outcomes.map((o) => `${o.passed ? "PASS" : "FAIL"} ${o.assertion} (got ${o.actual})`)
    ].join("\n");
    return `    <testcase ${attrs}>
      <failure message="${escapeXml(c.reason ?? "failed")}" type="AssertionError">${escapeXml(detail)}</failure>
    </testcase>`;
  });
  const counts = `tests="${result.total}" failures="${result.failed}" errors="0" skipped="${result.skipped}" time="${seconds(result.elapsedMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suiteName)}" ${counts}>`,
    `  <testsuite name="${escapeXml(suiteName)}" ${counts}>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/core/assertions/capture.ts
function parseCapture(expression) {
  const text2 = expression.trim();
  if (text2 === "status" || text2 === "body") return { kind: text2 };
  const header = text2.match(/^header\s+(\S+)$/i);
  if (header) return { kind: "header", name: header[1].toLowerCase() };
  if (!text2.startsWith("$")) return `capture '${text2}' must be a JSONPath ($.token), 'header NAME', 'status' or 'body'`;
  const path = compilePath(text2);
  return typeof path === "string" ? path : { kind: "jsonpath", path };
}
function extractCapture(source, response) {
  if (source.kind === "status") return String(response.status);
  if (source.kind === "body") return response.body;
  if (source.kind === "header") return response.headers[source.name];
  let document;
  try {
    document = JSON.parse(response.body);
  } catch {
    return void 0;
  }
  const nodes = queryPath(source.path, document);
  if (nodes.length === 0) return void 0;
  const value = source.path.multiple ? nodes : nodes[0];
  return typeof value === "string" ? value : JSON.stringify(value);
}

// src/core/smoke/check.ts
var SENSITIVE_HEADER = /authorization|cookie|token|secret|api-?key|password|credential/i;
var SENSITIVE_CAPTURE = /token|secret|session|jwt|password|key|cookie|auth/i;
function joinUrl(base, path) {
  if (/^https?:\/\//i.test(path)) return path;
  if (!base) throw new Error(`path '${path}' needs the base-url input (or give the check an absolute 'url')`);
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
function buildRequest(check, ctx) {
  const url = check.url !== void 0 ? interpolate(check.url, ctx.scope) : joinUrl(ctx.baseUrl, interpolate(check.path ?? "/", ctx.scope));
  if (!URL.canParse(url)) throw new Error(`'${url}' is not a valid URL`);
  if (!/^https?:$/.test(new URL(url).protocol)) throw new Error(`'${url}' is not an http:// or https:// URL`);
  urlSecrets(url).forEach((part) => ctx.secret(part));
  const headers = {};
  for (const [name, template] of Object.entries(check.headers)) {
    const value = interpolate(template, ctx.scope);
    if (SENSITIVE_HEADER.test(name) || /\{\{\s*env\./.test(template)) {
      ctx.secret(value);
      const credential = value.match(/^\S+\s+(\S{3,})$/);
      if (credential) ctx.secret(credential[1]);
    }
    headers[name] = value;
  }
  let body = check.body === void 0 ? void 0 : interpolate(check.body, ctx.scope);
  if (check.json !== void 0) {
    body = JSON.stringify(interpolateDeep(check.json, ctx.scope));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
  }
  const remaining = Math.max(1, ctx.deadline - ctx.now());
  return {
    url,
    method: check.method,
    headers,
    body,
    timeoutMs: Math.min(check.timeout ?? ctx.defaultTimeoutMs, remaining),
    insecure: check.insecure,
    followRedirects: check["follow-redirects"],
    now: ctx.now
  };
}
function capture(check, response, ctx) {
  for (const [name, source] of Object.entries(check.captures)) {
    const value = extractCapture(source, response);
    if (value === void 0) return `capture '${name}' found nothing in the response`;
    if (SENSITIVE_CAPTURE.test(name)) ctx.secret(value);
    ctx.scope.values[name] = value;
  }
  return void 0;
}
async function attempt(check, request, ctx, result) {
  const probed = await ctx.probe(request);
  result.attempts += 1;
  if (!probed.ok) {
    Object.assign(result, {
      status: void 0,
      latencyMs: probed.timings.totalMs,
      outcomes: [],
      reason: ctx.redact(probed.error.message)
    });
    return false;
  }
  const { response } = probed;
  const outcomes = evaluateAll(check.assertions, response, ctx.scope).map((o) => ({
    ...o,
    actual: ctx.redact(o.actual),
    message: o.message && ctx.redact(o.message)
  }));
  Object.assign(result, { status: response.status, latencyMs: response.timings.totalMs, outcomes });
  const failed = outcomes.filter((o) => !o.passed);
  result.reason = failed.length ? failed.map((o) => o.message).join("; ") : capture(check, response, ctx);
  return result.reason === void 0;
}
async function runCheck(check, ctx) {
  const result = {
    name: check.name,
    index: check.index,
    line: check.line,
    method: check.method,
    verdict: "fail",
    attempts: 0,
    outcomes: [],
    captured: []
  };
  let request;
  try {
    request = buildRequest(check, ctx);
    result.url = ctx.redact(displayUrl(request.url));
  } catch (error) {
    return { ...result, reason: ctx.redact(error.message) };
  }
  for (let tries = 0; tries <= check.retries; tries++) {
    if (tries > 0) {
      if (ctx.now() + check["retry-delay"] >= ctx.deadline) break;
      await ctx.sleep(check["retry-delay"]);
      request = {
        ...request,
        timeoutMs: Math.min(check.timeout ?? ctx.defaultTimeoutMs, Math.max(1, ctx.deadline - ctx.now()))
      };
    }
    if (await attempt(check, request, ctx, result)) {
      return { ...result, verdict: "pass", reason: void 0, captured: Object.keys(check.captures) };
    }
  }
  return result;
}

// src/core/smoke/run.ts
function semaphore(limit) {
  let active = 0;
  const queue = [];
  return {
    acquire: () => new Promise(
      (resolve) => active < limit ? (active++, resolve()) : queue.push(() => (active++, resolve()))
    ),
    release: () => {
      active--;
      queue.shift()?.();
    }
  };
}
function redactDeep(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)]));
  }
  return value;
}
function envReferences(spec) {
  const texts = spec.checks.map((check) => JSON.stringify(check));
  return new Set(texts.flatMap(placeholders).flatMap((name) => name.startsWith("env.") ? [name.slice(4)] : []));
}
var skipped = (check, reason) => ({
  name: check.name,
  index: check.index,
  line: check.line,
  method: check.method,
  verdict: "skip",
  attempts: 0,
  outcomes: [],
  captured: [],
  reason
});
async function runSuite(spec, options, deps) {
  const http = resolveHttpDeps(deps);
  const started = http.now();
  const mask = new SecretMask();
  const scope = {
    values: { ...spec.variables, ...options.baseUrl ? { base_url: options.baseUrl } : {} },
    env: options.env
  };
  const ctx = {
    baseUrl: options.baseUrl,
    scope,
    deadline: started + options.timeoutMs,
    defaultTimeoutMs: options.requestTimeoutMs ?? 3e4,
    ...http,
    secret: (value) => {
      if (value.trim().length >= 3 && !mask.has(value)) {
        mask.add(value);
        deps.onSecret?.(value);
      }
    },
    redact: mask.redact
  };
  for (const name of envReferences(spec)) {
    const value = options.env[name];
    if (value) ctx.secret(value);
  }
  const slots = semaphore(Math.max(1, options.concurrency));
  let firstFailure;
  const runs = [];
  for (const check of spec.checks) {
    const waitFor = check.dependsOn.map((i) => runs[i]);
    runs.push(
      (async () => {
        const upstream = (await Promise.all(waitFor)).find((r) => r.verdict !== "pass");
        if (upstream) return skipped(check, `needs a capture from '${upstream.name}', which did not pass`);
        await slots.acquire();
        try {
          if (options.failFast && firstFailure) return skipped(check, `fail-fast: '${firstFailure}' failed`);
          if (http.now() >= ctx.deadline) return skipped(check, "suite timeout reached before it started");
          const result = await runCheck(check, ctx);
          if (result.verdict === "fail") firstFailure ??= check.name;
          return result;
        } finally {
          slots.release();
        }
      })().then((result) => (deps.onResult?.(result), result))
    );
  }
  const checks = (await Promise.all(runs)).map((check) => redactDeep(check, ctx.redact));
  const failed = checks.filter((c) => c.verdict === "fail").length;
  const skippedCount = checks.filter((c) => c.verdict === "skip").length;
  return {
    passed: failed === 0 && skippedCount === 0,
    total: checks.length,
    failed,
    skipped: skippedCount,
    elapsedMs: http.now() - started,
    checks
  };
}

// src/core/smoke/spec-schema.ts
var durationText = external_exports.union([external_exports.string(), external_exports.number()]).transform((value, ctx) => {
  const ms = parseDuration(String(value));
  if (ms === void 0) {
    ctx.addIssue({ code: "custom", message: `must be a duration such as 500ms, 10s or 1m, got '${value}'` });
    return external_exports.NEVER;
  }
  return ms;
});
var scalar = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).transform(String);
var headerValue = scalar.refine((value) => !/[\r\n\0]/.test(value), {
  message: "header values must not contain CR, LF or NUL characters (put one header value on one line)"
});
var headerMap = external_exports.record(external_exports.string().regex(/^[!#$%&'*+.^_`|~\w-]+$/, "is not a valid header name"), headerValue);
var expectList = external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).transform(
  (value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
);
var checkSchema = external_exports.object({
  name: external_exports.string().min(1, "a check needs a name"),
  method: external_exports.string().transform((m) => m.toUpperCase()).pipe(external_exports.enum(METHODS, { error: `method must be one of ${METHODS.join(", ")}` })).default("GET"),
  path: external_exports.string().optional(),
  url: external_exports.string().optional(),
  headers: headerMap.default({}),
  body: external_exports.string().optional(),
  json: external_exports.unknown().optional(),
  expect: expectList.default(["status 2xx"]),
  capture: external_exports.record(external_exports.string().regex(/^[A-Za-z_][\w-]*$/, "capture names are letters, digits, _ and -"), external_exports.string()).default({}),
  retries: external_exports.number().int().min(0).max(20).default(0),
  "retry-delay": durationText.default(1e3),
  timeout: durationText.optional(),
  "follow-redirects": external_exports.boolean().default(false),
  insecure: external_exports.boolean().default(false)
}).strict().superRefine((check, ctx) => {
  if (check.path === void 0 === (check.url === void 0)) {
    ctx.addIssue({ code: "custom", message: "give exactly one of 'path' (joined to base-url) or 'url'", path: [] });
  }
  if (check.body !== void 0 && check.json !== void 0) {
    ctx.addIssue({ code: "custom", message: "give 'body' or 'json', not both", path: ["json"] });
  }
});
var specSchema = external_exports.object({
  variables: external_exports.record(external_exports.string(), scalar).default({}),
  defaults: external_exports.object({
    headers: headerMap.default({}),
    timeout: durationText.optional(),
    retries: external_exports.number().int().min(0).max(20).optional()
  }).strict().default({ headers: {} }),
  checks: external_exports.array(checkSchema).min(1, "the spec needs at least one check")
}).strict();

// src/core/smoke/spec-load.ts
var KNOWN_KEYS = {
  "": "variables, defaults, checks",
  check: "name, method, path, url, headers, body, json, expect, capture, retries, retry-delay, timeout, follow-redirects, insecure",
  defaults: "headers, timeout, retries"
};
function describeIssue(issue, source) {
  const { path } = issuePath(issue);
  const where = path.map((p, i) => typeof p === "number" ? `[${p}]` : i ? `.${p}` : p).join("");
  const prefix = where ? `${where}: ` : "";
  if (issue.code === "unrecognized_keys") {
    const scope = path.length === 0 ? "" : path[0] === "checks" ? "check" : String(path[0]);
    const valid = KNOWN_KEYS[scope] ? ` (valid keys: ${KNOWN_KEYS[scope]})` : "";
    return { message: `${prefix}unknown key '${issue.keys.join("', '")}'${valid}`, line: issueLine(source, issue) };
  }
  return { message: `${prefix}${issue.message}`, line: issueLine(source, issue) };
}
function templatedTexts(check) {
  const json = check.json === void 0 ? [] : [JSON.stringify(check.json)];
  return [
    check.path ?? "",
    check.url ?? "",
    check.body ?? "",
    ...Object.values(check.headers),
    ...check.expect,
    ...json
  ];
}
function linkCheck(check, index, at, known, capturedBy, problems) {
  const assertions = [];
  check.expect.forEach((line, i) => {
    const parsed = parseAssertion(line);
    if (parsed.ok) assertions.push(parsed.assertion);
    else
      problems.push({
        message: `check '${check.name}': ${parsed.message}`,
        line: at(["checks", index, "expect", i]) ?? at(["checks", index, "expect"])
      });
  });
  if (check.url !== void 0 && !check.url.trimStart().startsWith("{{") && !/^https?:\/\//i.test(check.url.trim()))
    problems.push({
      message: `check '${check.name}': url must be an http:// or https:// URL (or a path joined to base-url), got '${check.url}'`,
      line: at(["checks", index, "url"]) ?? at(["checks", index])
    });
  const dependsOn = /* @__PURE__ */ new Set();
  for (const name of templatedTexts(check).flatMap(placeholders)) {
    if (name.startsWith("env.") || known.has(name)) continue;
    const source = capturedBy.get(name);
    if (source !== void 0) dependsOn.add(source);
    else
      problems.push({
        message: `check '${check.name}' uses {{${name}}}, which is neither a variable nor captured by an earlier check`,
        line: at(["checks", index])
      });
  }
  const captures = {};
  for (const [name, expression] of Object.entries(check.capture)) {
    const parsed = parseCapture(expression);
    if (typeof parsed === "string")
      problems.push({ message: `check '${check.name}': ${parsed}`, line: at(["checks", index, "capture", name]) });
    else captures[name] = parsed;
  }
  const { expect: _expect, capture: _capture, ...rest } = check;
  return { ...rest, index, line: at(["checks", index]) ?? 1, assertions, captures, dependsOn: [...dependsOn] };
}
function loadSpec(text2, inputVariables) {
  const source = parseYamlSource(text2);
  if (source.syntaxErrors.length) {
    return { problems: source.syntaxErrors.map((e) => ({ message: `invalid YAML: ${e.message}`, line: e.line })) };
  }
  const at = (path) => source.lineOf(path);
  const parsed = specSchema.safeParse(source.value);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => describeIssue(issue, source)) };
  }
  const spec = parsed.data;
  const variables = { ...spec.variables, ...inputVariables };
  const known = /* @__PURE__ */ new Set(["base_url", ...Object.keys(variables)]);
  const capturedBy = /* @__PURE__ */ new Map();
  const problems = [];
  const written = source.value.checks ?? [];
  const checks = spec.checks.map((raw, index) => {
    const check = {
      ...raw,
      headers: { ...spec.defaults.headers, ...raw.headers },
      timeout: raw.timeout ?? spec.defaults.timeout
    };
    if (spec.defaults.retries !== void 0 && written[index]?.retries === void 0)
      check.retries = spec.defaults.retries;
    const loaded = linkCheck(check, index, at, known, capturedBy, problems);
    for (const name of Object.keys(loaded.captures)) capturedBy.set(name, index);
    return loaded;
  });
  const names = /* @__PURE__ */ new Map();
  checks.forEach((c) => {
    if (names.has(c.name))
      problems.push({
        message: `check name '${c.name}' is used twice (names identify checks in reports)`,
        line: c.line
      });
    names.set(c.name, c.index);
  });
  return problems.length ? { problems } : { spec: { variables, checks }, problems };
}

// src/actions/smoke-test/inputs.ts
var inputs = {
  spec: text({ required: true }),
  "base-url": text({ secret: "url" }),
  variables: yamlObject(),
  concurrency: number({ default: "1", integer: true, min: 1, max: 64 }),
  "fail-fast": bool({ default: "false" }),
  timeout: duration({ default: "5m", min: 1 }),
  "report-dir": text()
};

// src/actions/smoke-test/summary.ts
function measured(check) {
  return check.outcomes.map((o) => `${o.passed ? "\u2713" : "\u2717"} ${o.assertion} \u2192 ${o.actual}`).join("\n");
}
function renderSummary(result, specFile) {
  const verdict = result.passed ? "all checks passed" : `${result.failed} failed, ${result.skipped} skipped`;
  const rows = result.checks.map((c) => [
    `${verdictIcon(c.verdict)} ${c.verdict}`,
    c.name,
    `${c.method} ${c.url ?? ""}`,
    c.status ?? "-",
    c.latencyMs === void 0 ? "-" : `${Math.round(c.latencyMs)}ms`,
    c.attempts,
    measured(c),
    c.reason ?? ""
  ]);
  return [
    heading("smoke-test"),
    `**${verdictIcon(result.passed ? "pass" : "fail")} ${result.total - result.failed - result.skipped}/${result.total} passed** (${verdict}) in ${formatDuration(result.elapsedMs)} \u2014 \`${specFile}\`

`,
    table(["verdict", "check", "request", "status", "latency", "attempts", "measured", "detail"], rows)
  ].join("");
}

// src/actions/smoke-test/main.ts
async function loadSpecFile(inputs2, runtime) {
  const baseUrlProblem = inputs2["base-url"] ? checkUrl(inputs2["base-url"]) : void 0;
  if (baseUrlProblem) throw ConfigError.single("base-url", baseUrlProblem);
  const path = inWorkspace(runtime.cwd, inputs2.spec);
  const specFile = displayPath(runtime.cwd, path);
  const text2 = await readTextFile(
    path,
    (reason) => ConfigError.single(
      "spec",
      `'${inputs2.spec}' ${reason}; give a path relative to the workspace, e.g. .github/smoke.yml`
    )
  );
  const variables = Object.fromEntries(
    Object.entries(inputs2.variables ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])
  );
  const { spec, problems } = loadSpec(text2, variables);
  if (!spec)
    throw new ConfigError(problems.map((p) => ({ input: "spec", message: p.message, file: specFile, line: p.line })));
  const needsBase = spec.checks.find((c) => c.url === void 0 && !inputs2["base-url"]);
  if (needsBase)
    throw ConfigError.single("base-url", `is required: check '${needsBase.name}' gives a path, not a url`, {
      file: specFile,
      line: needsBase.line
    });
  return { spec, specFile };
}
function logLine(c) {
  const icon = { pass: "\u2713", fail: "\u2717", skip: "-" }[c.verdict];
  const answer = c.status !== void 0 ? `${c.status} in ${Math.round(c.latencyMs ?? 0)}ms` : c.verdict === "skip" ? "skipped" : "no response";
  const attempts = c.attempts > 1 ? ` after ${c.attempts} attempts` : "";
  return `${icon} ${c.name}: ${c.method} ${c.url ?? ""} -> ${answer}${attempts}${c.reason ? ` \u2014 ${c.reason}` : ""}`;
}
async function writeReports(inputs2, runtime, result, specFile) {
  const dir = inputs2["report-dir"] ? inWorkspace(runtime.cwd, inputs2["report-dir"]) : join(runtime.tempDir, "deploy-kit");
  const report = await writeJsonReport(
    join(dir, "smoke-test-report.json"),
    { tool: "deploy-kit/smoke-test", version: KIT_VERSION, spec: specFile, ...result },
    "report-dir"
  );
  const junit = await writeReportText(
    join(dir, "smoke-test-junit.xml"),
    renderJunit(result, "smoke-test", specFile),
    "report-dir"
  );
  return { report, junit };
}
async function execute(inputs2, runtime) {
  const { spec, specFile } = await loadSpecFile(inputs2, runtime);
  const result = await runtime.group(
    `smoke-test: ${spec.checks.length} check(s) from ${specFile}`,
    () => runSuite(
      spec,
      {
        baseUrl: inputs2["base-url"],
        concurrency: inputs2.concurrency,
        failFast: inputs2["fail-fast"],
        timeoutMs: inputs2.timeout,
        env: runtime.env
      },
      { probe, onResult: (c) => runtime.info(logLine(c)), onSecret: (value) => runtime.secret(value) }
    )
  );
  for (const c of result.checks.filter((check) => check.verdict === "fail")) {
    runtime.error(`check '${c.name}' failed: ${c.reason ?? "see the summary"}`, {
      file: specFile,
      startLine: c.line,
      title: `smoke-test: ${c.name}`
    });
  }
  return { ...result, ...await writeReports(inputs2, runtime, result, specFile), specFile };
}
var definition = {
  name: "smoke-test",
  inputs,
  execute,
  outputs: (r) => ({ passed: r.passed, total: r.total, failed: r.failed, report: r.report, junit: r.junit }),
  summary: (r) => renderSummary(r, r.specFile),
  failure: (r) => {
    if (r.passed) return void 0;
    const names = r.checks.filter((c) => c.verdict === "fail").map((c) => c.name);
    return `${r.failed} of ${r.total} check(s) failed${r.skipped ? `, ${r.skipped} skipped` : ""} in ${formatDuration(r.elapsedMs)}${names.length ? `: ${names.join(", ")}` : ""}`;
  }
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
