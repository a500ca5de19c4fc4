#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  definition
} from "./chunk-3H52V5BP.js";
import "./chunk-26UE3C6K.js";
import {
  actionCommand
} from "./chunk-44N2YFBB.js";
import "./chunk-3IMVR3IU.js";
import {
  EXIT,
  SUMMARIES
} from "./chunk-BVZ2AC2N.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-JQQOWQOR.js";
import "./chunk-MCRHI3VV.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-RKAIU4KG.js";
import "./chunk-PRWZRJSU.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
import "./chunk-LNGQDQGR.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/cli/perf-command.ts
var run = actionCommand("perf-gate", SUMMARIES["perf-gate"], definition);
var MERGE_USAGE = [
  "deploy-kit perf-gate merge <report.json|glob> ... [--thresholds EXPR ...] [--warn-margin 10%]",
  '                           [--baseline FILE --max-regression "p(95): 10%"] [--report FILE] [--summary-file FILE] [--json]',
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
  name: "perf-gate",
  aliases: ["perf"],
  summary: SUMMARIES["perf-gate"],
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
      io.stderr.write(`deploy-kit perf-gate merge: ${rewritten}
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
