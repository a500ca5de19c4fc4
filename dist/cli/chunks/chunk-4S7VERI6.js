#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  definition as definition7
} from "./chunk-3U3FECC7.js";
import {
  definition as definition8
} from "./chunk-E5D25QF2.js";
import {
  definition as definition5
} from "./chunk-2BC6P4ZN.js";
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-FSAECTWB.js";
import {
  definition
} from "./chunk-5TLEVLJC.js";
import {
  definition as definition2
} from "./chunk-6RVUDHT7.js";
import {
  definition as definition3
} from "./chunk-LIY7JBQG.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  definition as definition4
} from "./chunk-F7YSWORS.js";
import {
  definition as definition6
} from "./chunk-FMWJSP5N.js";
import {
  issueLine,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  details,
  heading,
  runAction,
  table
} from "./chunk-LNGQDQGR.js";
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

// src/pipeline/html.ts
var escape = (text) => text.replace(/&(?!(?:[a-z]+|#\d+);)/g, "&amp;").replace(/<(?!\/?(?:br|details|summary)\b)/g, "&lt;");
function inline(text) {
  return escape(text).replace(/`([^`]+)`/g, (_m, code) => `<code>${code}</code>`).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
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
      out.push(
        `<pre${fence[2] === "mermaid" ? ' class="mermaid"' : ""}><code>${escape(body.join("\n")).replace(/<(?=br|details|summary|\/)/g, "&lt;")}</code></pre>`
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
      out.push(line);
    } else if (line.trim().startsWith(">")) {
      out.push(`<blockquote>${inline(line.replace(/^\s*>\s?/, ""))}</blockquote>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join("\n");
}
function htmlPage(title, markdown) {
  const css = "body{font:14px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}code,pre{background:#f6f8fa;border-radius:4px}pre{padding:8px;overflow:auto}details{margin:.5em 0}summary{cursor:pointer;font-weight:600}";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${css}</style></head>
<body>
${markdownToHtml(markdown)}
</body></html>
`;
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
function keyOutputs(step) {
  return (KEY_OUTPUTS[step.name] ?? []).filter((k) => step.outputs[k] !== void 0 && step.outputs[k] !== "").map((k) => `${k}=${step.outputs[k]}`).join(" ");
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
function stepLine(step) {
  const tail = step.outcome === "passed" ? keyOutputs(step) : `${keyOutputs(step)}
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
    const label = metadata?.labels?.["app.kubernetes.io/version"];
    if (label) return label;
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
    durationMs: Date.now() - started
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
  return {
    stepStart: (name, title) => io.stdout.write(`${indent}> ${name}: ${title}
`),
    log: (_name, level, message) => {
      if (level === "warning" || level === "error" || verbose && level !== "debug")
        io.stdout.write(`${indent}    ${level === "info" ? "" : `${level}: `}${message}
`);
    },
    stepEnd: (record) => io.stdout.write(`${indent}${stepLine(record)}
`)
  };
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
  --out-dir DIR   where summary.md and summary.html go (default: deploy-kit-output)`;
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
