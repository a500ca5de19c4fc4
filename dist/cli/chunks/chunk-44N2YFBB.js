#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  escapeWorkflowCommands,
  isLongOutput,
  progressFor,
  progressStream,
  terminalValue
} from "./chunk-3IMVR3IU.js";
import {
  EXIT,
  parseCommandFlags
} from "./chunk-BVZ2AC2N.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  runAction
} from "./chunk-LNGQDQGR.js";
import {
  inputMeta
} from "./chunk-MKPTSRCZ.js";
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/runtime/cli-runtime.ts
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
function where(annotation) {
  if (!annotation?.file) return "";
  return ` (${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ""})`;
}
function createCliRuntime(options) {
  const mask = new SecretMask();
  const env = options.env ?? process.env;
  const out = options.stdout ?? process.stdout;
  const err = options.stderr ?? process.stderr;
  const failures = [];
  const write = (stream, text) => stream.write(`${escapeWorkflowCommands(mask.apply(text))}
`);
  return {
    kind: "cli",
    failures,
    input: (name) => options.inputs[name] ?? "",
    output: (name, value) => options.onOutput ? options.onOutput(name, value) : write(out, `${name}=${value}`),
    secret: (value) => mask.add(value),
    debug: (message) => {
      if (options.verbose || env.RUNNER_DEBUG === "1") write(err, `debug: ${message}`);
    },
    info: (message) => write(err, message),
    warning: (message, annotation) => write(err, `warning${where(annotation)}: ${message}`),
    error: (message, annotation) => write(err, `error${where(annotation)}: ${message}`),
    group: async (title, fn) => {
      write(err, `== ${title}`);
      return fn();
    },
    summary: async (markdown) => {
      if (options.summaryFile) await appendFile(options.summaryFile, mask.apply(markdown));
    },
    fail: (message) => {
      failures.push(message);
      write(err, `error: ${message}`);
    },
    env,
    cwd: process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpdir()
  };
}

// src/cli/action-help.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var EXAMPLES = {
  build: "deploy-kit build --images ghcr.io/acme/shop --context . --version v1.4.0 --push false",
  health: "deploy-kit health --url https://shop.example.com/healthz --expect 'status 200' --timeout 2m",
  smoke: "deploy-kit smoke --spec smoke.yml --base-url https://staging.shop.example.com --report-dir reports/smoke",
  perf: "deploy-kit perf --url http://127.0.0.1:8080/api/items --duration 30s --thresholds 'p(95) < 300ms' --report perf.json",
  score: "deploy-kit score --tests reports/junit.xml --coverage coverage/lcov.info --performance perf.json --min-score 80",
  deploy: "deploy-kit deploy --manifests k8s/ --namespace shop --images app=ghcr.io/acme/shop:v1.4.0 --version v1.4.0 --summary-file deploy.md",
  rollback: 'deploy-kit rollback --record deploy-record.json --reason "p95 regressed"',
  notify: "deploy-kit notify --status succeeded --version v1.4.0 --environment production --webhook-url https://hooks.example.com/x"
};
var actionYml = (action) => fileURLToPath(new URL(`../../actions/${action}/action.yml`, import.meta.url));
function inputDescriptions(action) {
  try {
    const doc = (0, import_yaml.parse)(readFileSync(actionYml(action), "utf8"));
    return Object.fromEntries(Object.entries(doc.inputs ?? {}).map(([k, v]) => [k, v.description ?? ""]));
  } catch {
    return {};
  }
}
function wrapDescription(text, indent = 6, width = 100) {
  const lines = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(" ".repeat(indent) + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(" ".repeat(indent) + line);
  return lines;
}

// src/cli/closing-lines.ts
function closingLines(outputs, summaryFile) {
  const long = Object.keys(outputs).filter((k) => isLongOutput(outputs[k]));
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${terminalValue(v)}`);
  if (long.length) lines.push(`(${long.join(", ")} shortened here; --json prints every output in full)`);
  if (summaryFile) lines.push(`summary: ${summaryFile}`);
  return lines.map((l) => `${l}
`).join("");
}

// src/cli/action-command.ts
var CLI_FLAGS = ["summary-file", "verbose", "json"];
function actionCommand(name, summary, definition) {
  const inputNames = Object.keys(definition.inputs);
  return {
    name,
    summary,
    usage: () => {
      const descriptions = inputDescriptions(definition.name);
      const lines = inputNames.flatMap((input) => {
        const meta = inputMeta(definition.inputs[input]);
        const note = meta.required ? " (required)" : meta.inputDefault !== void 0 ? ` (default: ${JSON.stringify(meta.inputDefault)})` : "";
        return [`  --${input}${note}`, ...wrapDescription(descriptions[input] ?? "")];
      });
      return [
        `deploy-kit ${name} [--input value ...]   (inputs of actions/${definition.name}/action.yml)`,
        ...lines,
        "  --summary-file FILE   write the job-summary Markdown here",
        "  --json                print outputs as one JSON object instead of name=value lines",
        "  --verbose             print debug lines",
        ...EXAMPLES[name] ? ["", "example:", `  ${EXAMPLES[name]}`] : []
      ].join("\n");
    },
    async run(argv, io) {
      const flags = parseCommandFlags(
        name,
        argv,
        { valid: [...inputNames, ...CLI_FLAGS], booleans: ["verbose", "json"], usage: this.usage() },
        io
      );
      if (typeof flags === "number") return flags;
      const inputs = Object.fromEntries(Object.entries(flags).filter(([k]) => inputNames.includes(k)));
      const outputs = {};
      const progress = progressFor(io.stderr);
      const runtime = createCliRuntime({
        inputs,
        env: io.env,
        stdout: io.stdout,
        stderr: progressStream(progress),
        summaryFile: flags["summary-file"],
        verbose: Boolean(flags.verbose),
        onOutput: (key, value) => {
          outputs[key] = value;
        }
      });
      const outcome = await runAction(definition, runtime).finally(() => progress.close());
      io.stdout.write(
        flags.json ? `${JSON.stringify(outputs, null, 2)}
` : closingLines(outputs, flags["summary-file"])
      );
      if (outcome === "passed") return EXIT.ok;
      return outcome === "config-error" ? EXIT.config : EXIT.failed;
    }
  };
}

export {
  actionCommand
};
