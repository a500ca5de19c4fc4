#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  issueLine,
  issuePath,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  compilePath,
  displayUrl,
  evaluateAll,
  interpolate,
  interpolateDeep,
  parseAssertion,
  placeholders,
  queryPath,
  resolveHttpDeps
} from "./chunk-YJ7VB7M5.js";
import {
  METHODS
} from "./chunk-7UZGQWUR.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  external_exports,
  urlSecrets
} from "./chunk-MKPTSRCZ.js";
import {
  parseDuration
} from "./chunk-KKQ3JKXY.js";

// src/core/assertions/capture.ts
function parseCapture(expression) {
  const text = expression.trim();
  if (text === "status" || text === "body") return { kind: text };
  const header = text.match(/^header\s+(\S+)$/i);
  if (header) return { kind: "header", name: header[1].toLowerCase() };
  if (!text.startsWith("$")) return `capture '${text}' must be a JSONPath ($.token), 'header NAME', 'status' or 'body'`;
  const path = compilePath(text);
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
function loadSpec(text, inputVariables) {
  const source = parseYamlSource(text);
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

export {
  runSuite,
  loadSpec
};
