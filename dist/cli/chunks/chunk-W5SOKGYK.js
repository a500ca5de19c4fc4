#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  waitUntilHealthy
} from "./chunk-XOMATJRQ.js";
import {
  parseAssertions,
  placeholders,
  probe
} from "./chunk-YJ7VB7M5.js";
import {
  METHODS
} from "./chunk-7UZGQWUR.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  KIT_VERSION
} from "./chunk-RW64BBIN.js";
import {
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import {
  bool,
  duration,
  inputMeta,
  list,
  number,
  oneOf,
  pairs,
  secretParts,
  urlSecrets,
  urls
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration
} from "./chunk-KKQ3JKXY.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/actions/health-check/inputs.ts
function assertionsInput(defaultLines) {
  const base = list({ default: defaultLines, newlineOnly: true });
  const schema = base.transform((lines, ctx) => {
    const { assertions, problems } = parseAssertions(lines);
    for (const problem of problems)
      ctx.addIssue({ code: "custom", message: `line ${problem.index + 1}: ${problem.message}` });
    return assertions;
  });
  return schema.meta({ ...inputMeta(base) });
}
var inputs = {
  url: urls({ required: true }),
  method: oneOf(METHODS, { default: "GET" }),
  headers: pairs({ separator: ":", secret: true }),
  expect: assertionsInput("status 2xx"),
  timeout: duration({ default: "5m", min: 1 }),
  interval: duration({ default: "2s", min: 1 }),
  "max-interval": duration({ default: "30s", min: 1 }),
  "attempt-timeout": duration({ default: "10s", min: 1 }),
  "success-threshold": number({ default: "1", integer: true, min: 1, max: 1e3 }),
  "insecure-skip-tls-verify": bool({ default: "false" }),
  "follow-redirects": bool({ default: "true" })
};

// src/actions/health-check/summary.ts
var SHOWN_ATTEMPTS = 20;
function lastAnswer(t) {
  return t.lastStatus !== void 0 ? String(t.lastStatus) : t.lastErrorKind ?? "-";
}
function targetSection(t) {
  const shown = t.history.slice(-SHOWN_ATTEMPTS);
  const rows = shown.map((a) => [
    a.attempt,
    `+${formatDuration(a.atMs)}`,
    verdictIcon(a.passed ? "pass" : "fail"),
    a.status ?? a.errorKind ?? "",
    `${Math.round(a.latencyMs)}ms`,
    a.detail ?? ""
  ]);
  const note = t.attempts > shown.length ? `
_Last ${shown.length} of ${t.attempts} attempts._
` : "";
  return `${heading(`${verdictIcon(t.healthy ? "pass" : "fail")} ${t.url}`, 3)}${table(["#", "at", "result", "status", "latency", "detail"], rows)}${note}
`;
}
function renderSummary(result) {
  const verdict = result.healthy ? "healthy" : result.timedOut ? "not healthy before the deadline" : "not healthy";
  const overview = table(
    ["URL", "verdict", "attempts", "last status", "last latency", "TLS days left", "detail"],
    result.targets.map((t) => [
      t.url,
      `${verdictIcon(t.healthy ? "pass" : "fail")} ${t.healthy ? "healthy" : "unhealthy"}`,
      t.attempts,
      lastAnswer(t),
      t.lastLatencyMs === void 0 ? "-" : `${Math.round(t.lastLatencyMs)}ms`,
      t.tlsDaysRemaining ?? "-",
      t.healthy ? "" : t.lastDetail ?? ""
    ])
  );
  return [
    heading("health-check"),
    `**${verdictIcon(result.healthy ? "pass" : "fail")} ${verdict}** after ${result.attempts} attempt(s) in ${formatDuration(result.elapsedMs)}.

`,
    overview,
    "\n",
    ...result.targets.map(targetSection)
  ].join("");
}

// src/actions/health-check/main.ts
function crossCheck(inputs2) {
  const problems = [];
  if (inputs2["max-interval"] < inputs2.interval) {
    problems.push({
      input: "max-interval",
      message: `must be at least interval (${formatDuration(inputs2.interval)}), got ${formatDuration(inputs2["max-interval"])}`
    });
  }
  const unknown = inputs2.expect.flatMap((a) => placeholders(a.value)).filter((name) => !name.startsWith("env."));
  if (unknown.length)
    problems.push({
      input: "expect",
      message: `only {{env.NAME}} placeholders are available here, got {{${unknown[0]}}}`
    });
  if (problems.length) throw new ConfigError(problems);
}
function reportOf(inputs2, result) {
  return {
    tool: "deploy-kit/health-check",
    version: KIT_VERSION,
    healthy: result.healthy,
    attempts: result.attempts,
    elapsedMs: result.elapsedMs,
    timedOut: result.timedOut,
    settings: {
      method: inputs2.method,
      // Header names only: values may be credentials.
      headers: (inputs2.headers ?? []).map(([name]) => name),
      expect: inputs2.expect.map((a) => a.source),
      timeoutMs: inputs2.timeout,
      intervalMs: inputs2.interval,
      maxIntervalMs: inputs2["max-interval"],
      attemptTimeoutMs: inputs2["attempt-timeout"],
      successThreshold: inputs2["success-threshold"],
      insecureSkipTlsVerify: inputs2["insecure-skip-tls-verify"],
      followRedirects: inputs2["follow-redirects"]
    },
    targets: result.targets
  };
}
async function execute(inputs2, runtime) {
  crossCheck(inputs2);
  if (inputs2["insecure-skip-tls-verify"]) {
    runtime.warning(
      "insecure-skip-tls-verify is true: TLS certificates are NOT verified (self-signed, expired or wrong-host certificates are accepted)"
    );
  }
  const headerPairs = inputs2.headers ?? [];
  const redact = new SecretMask([
    ...headerPairs.flatMap(([name, value]) => secretParts(`${name}: ${value}`, "pair-values")),
    ...inputs2.url.flatMap(urlSecrets)
  ]).redact;
  const result = await runtime.group(
    `health-check: ${inputs2.url.length} URL(s), deadline ${formatDuration(inputs2.timeout)}`,
    () => waitUntilHealthy(
      {
        urls: inputs2.url,
        method: inputs2.method,
        headers: Object.fromEntries(headerPairs),
        assertions: inputs2.expect,
        timeoutMs: inputs2.timeout,
        intervalMs: inputs2.interval,
        maxIntervalMs: inputs2["max-interval"],
        attemptTimeoutMs: inputs2["attempt-timeout"],
        successThreshold: inputs2["success-threshold"],
        insecure: inputs2["insecure-skip-tls-verify"],
        followRedirects: inputs2["follow-redirects"],
        scope: { values: {}, env: runtime.env }
      },
      { probe, log: (line) => runtime.info(line), redact }
    )
  );
  const step = (runtime.env.GITHUB_ACTION ?? "").replace(/[^\w-]+/g, "") || "report";
  const report = await writeJsonReport(
    reportPath(void 0, runtime.cwd, runtime.tempDir, `health-check-${step}.json`),
    reportOf(inputs2, result)
  );
  return { ...result, report };
}
var definition = {
  name: "health-check",
  inputs,
  execute,
  outputs: (r) => ({
    healthy: r.healthy,
    attempts: r.attempts,
    "elapsed-ms": r.elapsedMs,
    status: JSON.stringify(Object.fromEntries(r.targets.map((t) => [t.url, t.lastStatus ?? t.lastErrorKind ?? null]))),
    report: r.report
  }),
  summary: renderSummary,
  failure: (r) => {
    if (r.healthy) return void 0;
    const bad = r.targets.filter((t) => !t.healthy).map((t) => `${t.url}: ${t.lastDetail ?? "no attempt completed"}`);
    return `not healthy after ${r.attempts} attempt(s) in ${formatDuration(r.elapsedMs)}: ${bad.join("; ")}`;
  }
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
