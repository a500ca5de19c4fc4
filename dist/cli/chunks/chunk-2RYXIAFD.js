#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-BVZ2AC2N.js";
import {
  resolveVersion
} from "./chunk-6SBZGMAY.js";
import {
  readEventContext
} from "./chunk-RXCNNUO5.js";
import {
  ConfigError,
  describeError
} from "./chunk-TLPLIUBF.js";

// src/cli/version-command.ts
async function runReleaseCommand(name, argv, io, valid, usage, body) {
  const flags = parseCommandFlags(name, argv, { valid: [...valid, "json"], booleans: ["json"], usage }, io);
  if (typeof flags === "number") return flags;
  try {
    io.stdout.write(`${await body(flags)}
`);
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`deploy-kit ${name}: ${describeError(error)}
`);
    return error instanceof ConfigError ? EXIT.config : EXIT.failed;
  }
}
var versionCommand = {
  name: "version",
  summary: SUMMARIES.version,
  usage: () => [
    "deploy-kit version [--version V] [--match REGEX] [--json]",
    "  reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the GITHUB_EVENT_PATH payload like the runner provides them",
    "  --version V     explicit version (wins over the event)",
    "  --match REGEX   pattern applied to the tag; its first group is the version (app/v(.*))",
    "  --json          print version, raw, source, prerelease and semver parts as JSON",
    "  (deploy-kit version --kit prints the version of deploy-kit itself)"
  ].join("\n"),
  async run(argv, io) {
    return runReleaseCommand("version", argv, io, ["version", "match"], this.usage(), async (flags) => {
      const { event } = await readEventContext(io.env);
      const resolved = resolveVersion(event, { version: flags.version, match: flags.match });
      return flags.json ? JSON.stringify(resolved, null, 2) : resolved.version;
    });
  }
};

export {
  runReleaseCommand,
  versionCommand
};
