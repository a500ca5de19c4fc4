#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  redactUrl
} from "./chunk-MKPTSRCZ.js";
import {
  parseDuration
} from "./chunk-KKQ3JKXY.js";

// src/clients/http/probe.ts
import { performance as performance2 } from "node:perf_hooks";

// src/clients/http/exchange.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { performance } from "node:perf_hooks";

// src/core/http/classify.ts
var TLS_REASONS = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
  SELF_SIGNED_CERT_IN_CHAIN: "self-signed certificate in the chain",
  CERT_HAS_EXPIRED: "certificate has expired",
  CERT_NOT_YET_VALID: "certificate is not yet valid",
  ERR_TLS_CERT_ALTNAME_INVALID: "certificate does not match the host name",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unable to verify the certificate chain (missing intermediate?)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "issuer certificate not trusted locally",
  CERT_REVOKED: "certificate revoked",
  ERR_SSL_WRONG_VERSION_NUMBER: "server did not speak TLS (plain HTTP on a TLS URL?)"
};
function tlsReason(code, message = "") {
  if (!code) return /SSL|TLS|certificate/i.test(message) ? message : void 0;
  if (TLS_REASONS[code]) return TLS_REASONS[code];
  if (/^ERR_SSL_|^ERR_TLS_|CERT/.test(code)) return message || code;
  return void 0;
}
function classifyError(error, target) {
  const err = error;
  const code = err?.code;
  const message = err?.message ?? String(error);
  const tls = tlsReason(code, message);
  if (tls) return { kind: "tls", code, message: `TLS error: ${tls} (${target})` };
  switch (code) {
    case "ECONNREFUSED":
      return { kind: "connection-refused", code, message: `connection refused (${target})` };
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
    case "EAI_FAIL":
      return { kind: "dns", code, message: `DNS lookup failed for ${target} (${code})` };
    case "ECONNRESET":
    case "EPIPE":
      return { kind: "connection-reset", code, message: `connection reset by ${target}` };
    case "ETIMEDOUT":
      return { kind: "timeout", code, message: `connect timed out (${target})` };
    default:
      return { kind: "network", code, message: `${message}${code ? ` [${code}]` : ""} (${target})` };
  }
}

// src/clients/http/exchange.ts
var DAY_MS = 864e5;
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
function certificateOf(socket, now) {
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.valid_to) return void 0;
  const expires = Date.parse(cert.valid_to);
  const authError = socket.authorizationError;
  return {
    subject: [cert.subject?.CN].flat()[0],
    issuer: [cert.issuer?.CN].flat()[0],
    validTo: new Date(expires).toISOString(),
    daysRemaining: Math.floor((expires - now) / DAY_MS),
    authorized: socket.authorized,
    authorizationError: authError ? String(authError.message ?? authError) : void 0
  };
}
function flattenHeaders(res) {
  const headers = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== void 0) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
function timeoutError(ms) {
  return Object.assign(new Error(`no complete response within ${ms}ms`), { code: "DK_TIMEOUT" });
}
function collectBody(res, maxBody) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const done = (truncated) => resolve({ body: Buffer.concat(chunks).toString("utf8"), truncated });
    res.on("data", (chunk) => {
      const part = chunk.subarray(0, maxBody - size);
      chunks.push(part);
      size += part.length;
      if (chunk.length > part.length) {
        done(true);
        res.destroy();
      }
    });
    res.on("error", reject);
    res.on("end", () => done(false));
  });
}
function failure(error, target, timeoutMs, timings) {
  const code = error.code;
  if (code === "DK_TIMEOUT")
    return {
      ok: false,
      error: { kind: "timeout", code, message: `timed out after ${timeoutMs}ms (${target})` },
      timings
    };
  if (code === "DK_ABORTED")
    return { ok: false, error: { kind: "aborted", code, message: `aborted (${target})` }, timings };
  return { ok: false, error: classifyError(error, target), timings };
}
function exchange(req, url, timeoutMs) {
  const started = performance.now();
  const timings = { totalMs: 0 };
  const since = () => Math.round((performance.now() - started) * 100) / 100;
  let tls;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  const outgoing = send(url, {
    method: req.method,
    headers: { "user-agent": "deploy-kit", ...req.headers },
    agent: false,
    lookup: req.lookup,
    rejectUnauthorized: !req.insecure
  });
  const timer = setTimeout(() => outgoing.destroy(timeoutError(timeoutMs)), timeoutMs);
  const onAbort = () => outgoing.destroy(Object.assign(new Error("aborted"), { code: "DK_ABORTED" }));
  req.signal?.addEventListener("abort", onAbort, { once: true });
  outgoing.on("socket", (socket) => {
    socket.once("lookup", () => timings.dnsMs = since());
    socket.once("connect", () => timings.connectMs = since());
    socket.once("secureConnect", () => {
      timings.tlsMs = since();
      tls = certificateOf(socket, (req.now ?? Date.now)());
    });
  });
  const answered = new Promise((resolve, reject) => {
    outgoing.on("error", reject);
    outgoing.on("response", (res) => {
      timings.firstByteMs = since();
      collectBody(res, req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES).then(({ body, truncated }) => {
        const response = {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: flattenHeaders(res),
          body,
          bodyTruncated: truncated
        };
        resolve({ ok: true, response: { ...response, url: url.toString(), timings, tls } });
      }, reject);
    });
  });
  if (req.body !== void 0) outgoing.write(req.body);
  outgoing.end();
  return answered.catch((error) => failure(error, url.host, timeoutMs, timings)).finally(() => {
    clearTimeout(timer);
    req.signal?.removeEventListener("abort", onAbort);
    timings.totalMs = since();
    outgoing.destroy();
  });
}

// src/clients/http/probe.ts
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var CROSS_ORIGIN_SAFE_HEADERS = /* @__PURE__ */ new Set([
  "accept",
  "accept-encoding",
  "accept-language",
  "cache-control",
  "content-type",
  "pragma",
  "user-agent"
]);
function nextHop(req, from, status, location) {
  const to = new URL(location, from);
  const becomesGet = status === 303 || (status === 301 || status === 302) && req.method === "POST";
  let headers = req.headers ?? {};
  if (to.origin !== from.origin) {
    headers = Object.fromEntries(
      Object.entries(headers).filter(([name]) => CROSS_ORIGIN_SAFE_HEADERS.has(name.toLowerCase()))
    );
  }
  return {
    to,
    request: { ...req, headers, method: becomesGet ? "GET" : req.method, body: becomesGet ? void 0 : req.body }
  };
}
async function probe(request) {
  const started = performance2.now();
  const deadline = started + request.timeoutMs;
  const maxRedirects = request.maxRedirects ?? 10;
  const redirects = [];
  let current = request;
  let url = new URL(request.url);
  for (; ; ) {
    const remaining = Math.max(1, Math.round(deadline - performance2.now()));
    const hop = await exchange(current, url, remaining);
    const totalMs = Math.round((performance2.now() - started) * 100) / 100;
    if (!hop.ok) {
      const message = hop.error.kind === "timeout" ? hop.error.message.replace(/after \d+ms/, `after ${request.timeoutMs}ms`) : hop.error.message;
      return { ok: false, error: { ...hop.error, message }, timings: { ...hop.timings, totalMs }, redirects };
    }
    const { response } = hop;
    const location = response.headers.location;
    if (!request.followRedirects || !REDIRECT_STATUSES.has(response.status) || !location) {
      return { ok: true, response: { ...response, redirects, timings: { ...response.timings, totalMs } } };
    }
    if (redirects.length >= maxRedirects) {
      const error = {
        kind: "too-many-redirects",
        message: `more than ${maxRedirects} redirects (last: ${url.toString()})`
      };
      return { ok: false, error, timings: { totalMs }, redirects };
    }
    const next = nextHop(current, url, response.status, location);
    url = next.to;
    current = next.request;
    redirects.push(url.toString());
  }
}

// src/core/assertions/interpolate.ts
var PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
var InterpolationError = class extends Error {
  constructor(variable, available) {
    super(
      variable.startsWith("env.") ? `environment variable ${variable.slice(4)} is not set (referenced as {{${variable}}})` : `unknown variable {{${variable}}}; known: ${available.length ? available.map((a) => `{{${a}}}`).join(", ") : "(none)"}, or {{env.NAME}}`
    );
    this.variable = variable;
    this.name = "InterpolationError";
  }
  variable;
};
function placeholders(text) {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function hasPlaceholder(text) {
  return placeholders(text).length > 0;
}
function interpolate(text, scope) {
  return text.replace(PLACEHOLDER, (_whole, name) => {
    const value = name.startsWith("env.") ? scope.env[name.slice(4)] : scope.values[name];
    if (value === void 0) throw new InterpolationError(name, Object.keys(scope.values));
    return value;
  });
}
function interpolateDeep(value, scope) {
  if (typeof value === "string") return interpolate(value, scope);
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, scope));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, scope)]));
  }
  return value;
}

// src/core/assertions/jsonpath.ts
var TOKEN = /\.([A-Za-z_$][\w$-]*)|\.\*|\[\s*\*\s*\]|\[\s*(-?\d+)\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]/y;
function compilePath(source) {
  const text = source.trim();
  if (!text.startsWith("$")) return `JSONPath must start with '$' (e.g. $.items[0].id), got '${text}'`;
  const segments = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m)
      return `unsupported JSONPath syntax at '${text.slice(at)}' in '${text}' (supported: $.a.b, [0], [-1], [*], .*, ['key'], .length)`;
    if (m[1] !== void 0) segments.push({ kind: "key", key: m[1] });
    else if (m[2] !== void 0) segments.push({ kind: "index", index: Number(m[2]) });
    else if (m[3] !== void 0 || m[4] !== void 0)
      segments.push({ kind: "key", key: (m[3] ?? m[4]).replace(/\\(.)/g, "$1") });
    else segments.push({ kind: "wildcard" });
  }
  const last = segments.at(-1);
  if (last?.kind === "key" && last.key === "length") segments[segments.length - 1] = { kind: "length" };
  return { source: text, segments, multiple: segments.some((s) => s.kind === "wildcard") };
}
function step(node, segment) {
  if (segment.kind === "wildcard") {
    if (Array.isArray(node)) return node;
    return node !== null && typeof node === "object" ? Object.values(node) : [];
  }
  if (segment.kind === "index") {
    if (!Array.isArray(node)) return [];
    const index = segment.index < 0 ? node.length + segment.index : segment.index;
    return index >= 0 && index < node.length ? [node[index]] : [];
  }
  if (segment.kind === "length") {
    if (node !== null && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, "length")) {
      return [node.length];
    }
    if (Array.isArray(node) || typeof node === "string") return [node.length];
    return node !== null && typeof node === "object" ? [Object.keys(node).length] : [];
  }
  if (node !== null && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, segment.key)) {
    return [node[segment.key]];
  }
  return [];
}
function queryPath(path, document) {
  let nodes = [document];
  for (const segment of path.segments) nodes = nodes.flatMap((node) => step(node, segment));
  return nodes;
}

// src/core/assertions/values.ts
var JSON_TYPES = ["string", "number", "boolean", "array", "object", "null"];
var STATUS_TOKEN = /^(?:[1-5]\d\d|[1-5]xx|[1-5]\d\d\.\.[1-5]\d\d)$/i;
function regex(raw) {
  const slashed = raw.match(/^\/(.*)\/([a-z]*)$/s);
  try {
    return { kind: "regex", value: slashed ? new RegExp(slashed[1], slashed[2]) : new RegExp(raw) };
  } catch (error) {
    return `invalid regular expression ${raw}: ${error.message}`;
  }
}
function statusTokens(raw, list) {
  const inner = list ? raw.replace(/^\[(.*)\]$/s, "$1") : raw;
  if (list && inner === raw && !STATUS_TOKEN.test(raw))
    return `expected a list like [200, 204] or [2xx, 301], got '${raw}'`;
  const tokens = inner.split(",").map((t) => t.trim()).filter(Boolean);
  const badToken = tokens.find((t) => !STATUS_TOKEN.test(t));
  if (tokens.length === 0 || badToken !== void 0) {
    return `'${badToken ?? raw}' is not a status: use a code (200), a class (2xx) or a range (200..299)`;
  }
  return { kind: "status-set", tokens: tokens.map((t) => t.toLowerCase()) };
}
function numeric(raw, what) {
  return /^-?\d+(\.\d+)?$/.test(raw) ? { kind: "number", value: Number(raw) } : `${what} must be a number, got '${raw}'`;
}
function jsonish(raw) {
  try {
    return { kind: "json", value: JSON.parse(raw) };
  } catch {
    return { kind: "text", value: raw.replace(/^'(.*)'$/s, "$1") };
  }
}
function coerceValue(subject, operator, raw) {
  if (operator === "exists") return raw ? `'exists' takes no value, got '${raw}'` : { kind: "none" };
  if (!raw) return `operator '${operator}' needs a value`;
  if (operator === "matches") return regex(raw);
  if (operator === "type")
    return JSON_TYPES.includes(raw) ? { kind: "type", value: raw } : `type must be one of ${JSON_TYPES.join(", ")}, got '${raw}'`;
  if (operator === "count")
    return /^\d+$/.test(raw) ? { kind: "number", value: Number(raw) } : `count needs a whole number, got '${raw}'`;
  switch (subject.kind) {
    case "status":
      if (operator === "in") return statusTokens(raw, true);
      if (operator === "is") return statusTokens(raw, false);
      return /^\d{3}$/.test(raw) ? { kind: "number", value: Number(raw) } : `status must be a 3-digit code, got '${raw}'`;
    case "duration": {
      const ms = /\d(ms|s|m|h)$/.test(raw) ? parseDuration(raw) : void 0;
      return ms === void 0 ? `duration needs a unit, such as 300ms or 2s, got '${raw}'` : { kind: "number", value: ms };
    }
    case "tls-days":
      return numeric(raw, "tls.days_remaining");
    case "jsonpath":
      if (["<", "<=", ">", ">="].includes(operator)) return numeric(raw, `${subject.path.source} ${operator}`);
      if (operator === "in") {
        const list = jsonish(raw);
        return list.kind === "json" && Array.isArray(list.value) ? list : `'in' needs a JSON list such as ["a", "b"], got '${raw}'`;
      }
      return operator === "contains" ? { kind: "text", value: raw.replace(/^"(.*)"$/s, "$1") } : jsonish(raw);
    default:
      return { kind: "text", value: raw.replace(/^"(.*)"$/s, "$1") };
  }
}

// src/core/assertions/parse.ts
var ASSERTION_FORMS = [
  "status == 200 | status != 500 | status < 400",
  "status in [200, 204] | status in [2xx, 301]",
  "status 2xx | status 200..299",
  "header NAME == VALUE | header NAME contains TEXT | header NAME matches /RE/ | header NAME exists",
  "body contains TEXT | body matches /RE/ | body == TEXT",
  "jsonpath $.PATH == VALUE | != | < | <= | > | >= NUMBER",
  "jsonpath $.PATH exists | type string|number|boolean|array|object|null | count >= N | contains TEXT | matches /RE/ | in [..]",
  "duration < 300ms",
  "tls.days_remaining > 14",
  "(prefix contains, matches, exists or in with 'not' to negate)"
];
var OPERATORS = {
  status: ["==", "!=", "<", "<=", ">", ">=", "in", "is"],
  header: ["==", "!=", "contains", "matches", "exists"],
  body: ["==", "!=", "contains", "matches"],
  jsonpath: ["==", "!=", "<", "<=", ">", ">=", "contains", "matches", "exists", "type", "count", "in"],
  duration: ["<", "<=", ">", ">="],
  "tls-days": ["==", "!=", "<", "<=", ">", ">="]
};
var NEGATABLE = ["contains", "matches", "exists", "in"];
var SYMBOL = /^(==|!=|<=|>=|<|>)\s*(.*)$/s;
var WORD = /^(in|contains|matches|exists|type|count|length)(?:\s+(.*))?$/s;
function parseSubject(line) {
  const [word, ...tail] = line.split(/\s+/);
  const key = word.toLowerCase();
  const rest = tail.join(" ");
  if (key === "status" || key === "body" || key === "duration") return { subject: { kind: key }, rest };
  if (key === "tls.days_remaining" || key === "tls.days") return { subject: { kind: "tls-days" }, rest };
  if (key === "header" || key === "jsonpath") {
    const target = tail[0];
    if (!target) return `'${key}' needs a ${key === "header" ? "header name" : "path"} next`;
    if (key === "header")
      return { subject: { kind: "header", name: target.toLowerCase() }, rest: tail.slice(1).join(" ") };
    const path = compilePath(target);
    return typeof path === "string" ? path : { subject: { kind: "jsonpath", path }, rest: tail.slice(1).join(" ") };
  }
  if (word.startsWith("$")) return parseSubject(`jsonpath ${line}`);
  return `unknown subject '${word}' (use status, header, body, jsonpath, duration or tls.days_remaining)`;
}
function parseOperator(subject, text) {
  let rest = text.trim();
  const negate = /^not\s/.test(rest);
  if (negate) rest = rest.slice(3).trim();
  if (subject.kind === "status" && /^[1-5](\d\d|xx)(\.\.\d{3})?$/i.test(rest))
    return { operator: "is", negate, value: rest };
  const symbol = rest.match(SYMBOL);
  const word = symbol ? void 0 : rest.match(WORD);
  if (!symbol && !word) return `unknown operator '${rest.split(/\s+/)[0] ?? ""}'`;
  const operator = symbol ? symbol[1] : word[1] === "length" ? "count" : word[1];
  let value = ((symbol ? symbol[2] : word[2]) ?? "").trim();
  if (!OPERATORS[subject.kind].includes(operator)) {
    return `operator '${operator}' does not apply to ${subject.kind} (valid: ${OPERATORS[subject.kind].filter((o) => o !== "is").join(", ")})`;
  }
  if (negate && !NEGATABLE.includes(operator)) return `'not' only goes before ${NEGATABLE.join(", ")}`;
  if (operator !== "count") return { operator, negate, value };
  const counted = value.match(SYMBOL);
  const countComparison = counted ? counted[1] : "==";
  value = (counted ? counted[2] : value).trim();
  return { operator, negate, value, countComparison };
}
function parseAssertion(line) {
  const source = line.trim();
  const fail = (reason) => ({
    ok: false,
    message: `cannot read assertion '${source}': ${reason}. Valid forms: ${ASSERTION_FORMS.join("; ")}`
  });
  if (!source) return fail("it is empty");
  const parsed = parseSubject(source);
  if (typeof parsed === "string") return fail(parsed);
  const op = parseOperator(parsed.subject, parsed.rest);
  if (typeof op === "string") return fail(op);
  if (!hasPlaceholder(op.value)) {
    const coerced = coerceValue(parsed.subject, op.operator, op.value);
    if (typeof coerced === "string") return fail(coerced);
  }
  return { ok: true, assertion: { source, subject: parsed.subject, ...op } };
}
function parseAssertions(lines) {
  const assertions = [];
  const problems = [];
  lines.forEach((line, index) => {
    const result = parseAssertion(line);
    if (result.ok) assertions.push(result.assertion);
    else problems.push({ index, message: result.message });
  });
  return { assertions, problems };
}

// src/core/assertions/evaluate.ts
import { isDeepStrictEqual } from "node:util";
var clip = (text, max = 120) => text.length > max ? `${text.slice(0, max)}...` : text;
var show = (value) => clip(typeof value === "string" ? `'${value}'` : JSON.stringify(value) ?? "undefined");
function measure(assertion, response) {
  const { subject } = assertion;
  switch (subject.kind) {
    case "status":
      return { value: response.status, display: String(response.status) };
    case "header": {
      const value = response.headers[subject.name];
      return { value, display: value === void 0 ? "(absent)" : show(value) };
    }
    case "body":
      return { value: response.body, display: response.body ? show(response.body) : "(empty body)" };
    case "duration":
      return { value: response.timings.totalMs, display: `${Math.round(response.timings.totalMs)}ms` };
    case "tls-days": {
      const days = response.tls?.daysRemaining;
      return days === void 0 ? { value: void 0, display: "(no TLS)", missing: "no TLS certificate (plain HTTP)" } : { value: days, display: `${days} days` };
    }
    case "jsonpath": {
      let document;
      try {
        document = JSON.parse(response.body);
      } catch {
        return {
          value: void 0,
          display: show(response.body),
          missing: `body is not JSON (${response.headers["content-type"] ?? "no content-type"})`
        };
      }
      const nodes = queryPath(subject.path, document);
      const value = subject.path.multiple ? nodes : nodes[0];
      return { value, nodes, display: nodes.length === 0 ? "(no match)" : show(value) };
    }
  }
}
function compare(op, actual, expected) {
  const n = typeof actual === "number" ? actual : typeof actual === "string" && actual.trim() !== "" ? Number(actual) : NaN;
  if (op === "==") return n === expected;
  if (op === "!=") return n !== expected;
  if (Number.isNaN(n)) return false;
  return op === "<" ? n < expected : op === "<=" ? n <= expected : op === ">" ? n > expected : n >= expected;
}
function statusMatches(token, status) {
  if (token.endsWith("xx")) return Math.floor(status / 100) === Number(token[0]);
  const [low, high] = token.split("..").map(Number);
  return high === void 0 ? status === low : status >= low && status <= high;
}
function equalsValue(actual, expected, raw) {
  if (expected.kind === "number") return actual === expected.value;
  if (expected.kind === "json") return isDeepStrictEqual(actual, expected.value) || actual === raw;
  return expected.kind === "text" && String(actual ?? "") === expected.value;
}
function typeOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}
function countOf(m, multiple) {
  if (multiple) return m.nodes?.length ?? 0;
  const v = m.value;
  if (Array.isArray(v) || typeof v === "string") return v.length;
  return v !== null && typeof v === "object" ? Object.keys(v).length : 0;
}
function contains(actual, text) {
  if (Array.isArray(actual))
    return actual.some((item) => item === text || JSON.stringify(item) === text || String(item) === text);
  return typeof actual === "string" ? actual.includes(text) : JSON.stringify(actual ?? "").includes(text);
}
function check(a, m, expected, raw) {
  const multiple = a.subject.kind === "jsonpath" && a.subject.path.multiple;
  switch (a.operator) {
    case "exists":
      return a.subject.kind === "jsonpath" ? (m.nodes?.length ?? 0) > 0 : m.value !== void 0;
    case "is":
    case "in":
      if (expected.kind === "status-set") return expected.tokens.some((t) => statusMatches(t, Number(m.value)));
      return expected.kind === "json" && Array.isArray(expected.value) && expected.value.some((v) => isDeepStrictEqual(v, m.value));
    case "contains":
      return contains(m.value, expected.kind === "text" ? expected.value : raw);
    case "matches":
      return expected.kind === "regex" && expected.value.test(typeof m.value === "string" ? m.value : JSON.stringify(m.value ?? ""));
    case "type":
      return expected.kind === "type" && typeOf(m.value) === expected.value;
    case "count":
      return expected.kind === "number" && compare(a.countComparison ?? "==", countOf(m, multiple), expected.value);
    case "==":
      return equalsValue(m.value, expected, raw);
    case "!=":
      return !equalsValue(m.value, expected, raw);
    default:
      return expected.kind === "number" && compare(a.operator, m.value, expected.value);
  }
}
function evaluateAssertion(assertion, response, scope) {
  const base = { assertion: assertion.source };
  let raw;
  try {
    raw = scope ? interpolate(assertion.value, scope) : assertion.value;
  } catch (error) {
    return {
      ...base,
      passed: false,
      actual: "(not evaluated)",
      message: `${assertion.source}: ${error.message}`
    };
  }
  const expected = coerceValue(assertion.subject, assertion.operator, raw);
  if (typeof expected === "string")
    return { ...base, passed: false, actual: "(not evaluated)", message: `${assertion.source}: ${expected}` };
  const measured = measure(assertion, response);
  const multiple = assertion.subject.kind === "jsonpath" && assertion.subject.path.multiple;
  const actual = assertion.operator === "count" && !measured.missing ? `count ${countOf(measured, multiple)}` : measured.display;
  if (measured.missing) return { ...base, passed: false, actual, message: `${assertion.source}: ${measured.missing}` };
  const passed = check(assertion, measured, expected, raw) !== assertion.negate;
  return passed ? { ...base, passed, actual } : { ...base, passed, actual, message: `${assertion.source}: got ${actual}` };
}
function evaluateAll(assertions, response, scope) {
  return assertions.map((assertion) => evaluateAssertion(assertion, response, scope));
}

// src/core/http/backoff.ts
function backoffDelay(failures, intervalMs, maxIntervalMs, random) {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(exponent, 30));
  return Math.round(random() * ceiling);
}
var displayUrl = redactUrl;

// src/core/http/deps.ts
function resolveHttpDeps(deps) {
  return {
    probe: deps.probe,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  };
}

export {
  probe,
  compilePath,
  queryPath,
  placeholders,
  interpolate,
  interpolateDeep,
  parseAssertion,
  parseAssertions,
  evaluateAll,
  backoffDelay,
  displayUrl,
  resolveHttpDeps
};
