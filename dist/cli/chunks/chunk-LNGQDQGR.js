#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  external_exports,
  inputMeta,
  secretParts
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError,
  describeError
} from "./chunk-TLPLIUBF.js";

// src/shared/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var TRUNCATION_MARKER = "\n\n> **Summary truncated**: the full result is in the report file.\n";
function cell(value) {
  const text = value === void 0 || value === null ? "" : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}
function table(headers, rows) {
  const head = `| ${headers.map(cell).join(" | ")} |`;
  const rule = `| ${headers.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${row.map(cell).join(" | ")} |`);
  return [head, rule, ...body].join("\n") + "\n";
}
function heading(text, level = 2) {
  return `${"#".repeat(level)} ${text}

`;
}
function details(summaryText, body) {
  return `<details><summary>${cell(summaryText)}</summary>

${body}
</details>
`;
}
function codeBlock(text, language = "") {
  const fence = text.includes("```") ? "````" : "```";
  return `${fence}${language}
${text}
${fence}
`;
}
function verdictIcon(verdict) {
  return { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" }[verdict] ?? "\u2022";
}
function capSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const budget = limit - Buffer.byteLength(TRUNCATION_MARKER);
  let cut = Buffer.from(markdown).subarray(0, budget).toString("utf8");
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  return cut + TRUNCATION_MARKER;
}

// src/actions/harness.ts
function parseInputs(shape, runtime) {
  const raw = {};
  for (const [name, schema] of Object.entries(shape)) {
    raw[name] = runtime.input(name);
    const secret = inputMeta(schema).secret;
    if (secret) secretParts(raw[name], secret).forEach((part) => runtime.secret(part));
  }
  const parsed = external_exports.object(shape).safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    input: String(issue.path[0] ?? "?"),
    message: issue.message
  }));
  throw new ConfigError(problems);
}
async function publish(definition, result, runtime) {
  for (const [name, value] of Object.entries(definition.outputs(result))) runtime.output(name, String(value));
  if (!definition.summary) return;
  try {
    await runtime.summary(capSummary(definition.summary(result)));
  } catch (error) {
    runtime.warning(`could not write the job summary: ${describeError(error)}`);
  }
}
async function runAction(definition, runtime) {
  const prefix = `deploy-kit/${definition.name}`;
  const def = definition;
  try {
    const inputs = parseInputs(definition.inputs, runtime);
    const result = await definition.execute(inputs, runtime);
    await publish(def, result, runtime);
    const failure = definition.failure(result);
    if (failure === void 0) return "passed";
    runtime.fail(`${prefix}: ${failure}`);
    return "failed";
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) {
        if (p.file) runtime.error(`input '${p.input}': ${p.message}`, { file: p.file, startLine: p.line });
      }
      runtime.fail(`${prefix}: ${error.message}`);
      return "config-error";
    }
    const partial = error?.partialResult;
    if (partial !== void 0) await publish(def, partial, runtime).catch(() => void 0);
    runtime.fail(`${prefix}: ${describeError(error)}`);
    return "error";
  }
}

export {
  cell,
  table,
  heading,
  details,
  codeBlock,
  verdictIcon,
  capSummary,
  runAction
};
