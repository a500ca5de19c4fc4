#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  loadSpec,
  runSuite
} from "./chunk-M3MHMQRW.js";
import {
  probe
} from "./chunk-YJ7VB7M5.js";
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
  writeJsonReport,
  writeReportText
} from "./chunk-6GAZEXCQ.js";
import {
  displayPath,
  inWorkspace,
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  bool,
  checkUrl,
  duration,
  number,
  text,
  yamlObject
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration
} from "./chunk-KKQ3JKXY.js";
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
