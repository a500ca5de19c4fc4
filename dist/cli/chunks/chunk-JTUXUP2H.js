#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  escapeWorkflowCommands
} from "./chunk-YBUITNFB.js";
import {
  EXIT,
  parseCommandFlags
} from "./chunk-FSAECTWB.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import {
  runAction
} from "./chunk-LNGQDQGR.js";
import {
  inputMeta
} from "./chunk-MKPTSRCZ.js";

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

// src/cli/action-command.ts
var CLI_FLAGS = ["summary-file", "verbose", "json"];
function actionCommand(name, summary, definition) {
  const inputNames = Object.keys(definition.inputs);
  return {
    name,
    summary,
    usage: () => {
      const lines = inputNames.map((input) => {
        const meta = inputMeta(definition.inputs[input]);
        const note = meta.required ? " (required)" : meta.inputDefault !== void 0 ? ` (default: ${JSON.stringify(meta.inputDefault)})` : "";
        return `  --${input}${note}`;
      });
      return [
        `deploy-kit ${name} [--input value ...]   (inputs of actions/${definition.name}/action.yml)`,
        ...lines,
        "  --summary-file FILE   write the job-summary Markdown here",
        "  --json                print outputs as one JSON object instead of name=value lines",
        "  --verbose             print debug lines"
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
      const runtime = createCliRuntime({
        inputs,
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        summaryFile: flags["summary-file"],
        verbose: Boolean(flags.verbose),
        onOutput: (key, value) => {
          outputs[key] = value;
        }
      });
      const outcome = await runAction(definition, runtime);
      io.stdout.write(
        flags.json ? `${JSON.stringify(outputs, null, 2)}
` : Object.entries(outputs).map(([k, v]) => `${k}=${v}
`).join("")
      );
      if (outcome === "passed") return EXIT.ok;
      return outcome === "config-error" ? EXIT.config : EXIT.failed;
    }
  };
}

export {
  actionCommand
};
