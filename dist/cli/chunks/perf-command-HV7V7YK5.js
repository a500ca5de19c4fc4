#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  definition
} from "./chunk-325KDNXU.js";
import {
  actionCommand
} from "./chunk-NX3AB6RG.js";
import "./chunk-BXHYETO3.js";
import {
  EXIT,
  SUMMARIES
} from "./chunk-FDOWS3D2.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-O4HF3W4Q.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-JP6LQKZ7.js";
import "./chunk-7GDAKN2I.js";
import "./chunk-LWAWGFQ3.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";

// src/cli/perf-command.ts
var run = actionCommand("perf", SUMMARIES.perf, definition);
var MERGE_USAGE = [
  "deploy-kit perf merge <report.json|glob> ... [--thresholds EXPR ...] [--warn-margin 10%]",
  '                      [--baseline FILE --max-regression "p(95): 10%"] [--report FILE] [--summary-file FILE] [--json]',
  "  Combines shard reports exactly (histograms merged bucket by bucket, never percentiles averaged),",
  "  then judges the thresholds on the merged figures. Same as the action with mode: merge."
].join("\n");
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["--verbose", "--help", "--json"]);
function mergeArgv(argv) {
  const files = [];
  const flags = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) files.push(arg);
    else if (arg.includes("=") || BOOLEAN_FLAGS.has(arg) || i + 1 >= argv.length) flags.push(arg);
    else flags.push(arg, argv[++i]);
  }
  if (files.length === 0) return "give at least one shard report (file or glob)";
  return ["--mode", "merge", ...files.flatMap((file) => ["--reports", file]), ...flags];
}
var perfCommand = {
  name: "perf",
  summary: SUMMARIES.perf,
  usage: () => `${run.usage()}

${MERGE_USAGE}`,
  async run(argv, io) {
    if (argv[0] !== "merge") return run.run(argv, io);
    const rest = argv.slice(1);
    if (rest.includes("--help")) {
      io.stdout.write(`${MERGE_USAGE}
`);
      return EXIT.ok;
    }
    const rewritten = mergeArgv(rest);
    if (typeof rewritten === "string") {
      io.stderr.write(`deploy-kit perf merge: ${rewritten}
${MERGE_USAGE}
`);
      return EXIT.config;
    }
    return run.run(rewritten, io);
  }
};
export {
  mergeArgv,
  perfCommand
};
