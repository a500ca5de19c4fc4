#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  runReleaseCommand
} from "./chunk-2RYXIAFD.js";
import {
  SUMMARIES
} from "./chunk-BVZ2AC2N.js";
import {
  planImage
} from "./chunk-4K6QMQV5.js";
import "./chunk-6SBZGMAY.js";
import {
  readEventContext
} from "./chunk-RXCNNUO5.js";
import "./chunk-3VNZJGGW.js";
import {
  parsePairs,
  splitList
} from "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/cli/tags-command.ts
var FLAGS = ["images", "tags", "flavor", "registry", "labels", "version", "match"];
var tagsCommand = {
  name: "tags",
  summary: SUMMARIES.tags,
  usage: () => [
    "deploy-kit tags --images NAME [--tags RULES] [--flavor F] [--registry HOST] [--labels K=V] [--version V] [--match REGEX] [--json]",
    "  same inputs and rules as actions/build-and-push; repeat --tags/--labels for several lines",
    "  prints one image:tag per line, or with --json the version, tags (with rule and priority), refs and labels"
  ].join("\n"),
  async run(argv, io) {
    return runReleaseCommand("tags", argv, io, FLAGS, this.usage(), async (flags) => {
      if (!flags.images) throw ConfigError.single("images", "is required, for example --images ghcr.io/org/app");
      const labels = parsePairs(flags.labels ?? "", "=");
      if (labels.problem) throw ConfigError.single("labels", labels.problem);
      const { event } = await readEventContext(io.env);
      const plan = planImage({
        event,
        now: /* @__PURE__ */ new Date(),
        images: splitList(flags.images),
        registry: flags.registry,
        tags: flags.tags,
        flavor: flags.flavor ?? "latest=auto",
        labels: labels.pairs,
        version: flags.version,
        match: flags.match
      });
      if (!flags.json) return plan.refs.join("\n");
      return JSON.stringify(
        { version: plan.version, tags: plan.tags, refs: plan.refs, labels: plan.labels, skipped: plan.skipped },
        null,
        2
      );
    });
  }
};
export {
  tagsCommand
};
