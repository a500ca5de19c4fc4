#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  startSimulator
} from "./chunk-7JABKPEJ.js";
import {
  EXIT,
  SUMMARIES,
  parseArgs
} from "./chunk-BVZ2AC2N.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";

// src/cli/cluster-command.ts
import { resolve } from "node:path";
var VALID = ["port", "kubeconfig", "pod-ready-delay", "tls", "help"];
function parseFlags(argv) {
  const { flags, positionals } = parseArgs(argv.slice(1), /* @__PURE__ */ new Set(["help"]));
  const unknown = Object.keys(flags).find((f) => !VALID.includes(f));
  if (unknown)
    return `unknown option --${unknown}; valid: --port N, --kubeconfig FILE, --pod-ready-delay MS, --tls true|false`;
  if (positionals.length) return `unexpected argument '${positionals[0]}'`;
  const port = Number(flags.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return `--port must be an integer 0-65535 (0 = any free port), got '${flags.port}'`;
  const delay = flags["pod-ready-delay"] === void 0 ? void 0 : Number(flags["pod-ready-delay"]);
  if (delay !== void 0 && (!Number.isFinite(delay) || delay < 0))
    return `--pod-ready-delay must be milliseconds >= 0, got '${flags["pod-ready-delay"]}'`;
  const tls = flags.tls ?? "true";
  if (tls !== "true" && tls !== "false") return `--tls must be true or false, got '${tls}'`;
  return {
    port,
    kubeconfig: flags.kubeconfig ? resolve(flags.kubeconfig) : void 0,
    podReadyDelayMs: delay,
    tls: tls === "true"
  };
}
var USAGE = [
  "deploy-kit cluster up [--port N] [--kubeconfig FILE] [--pod-ready-delay MS] [--tls true|false]",
  "  starts the embedded Kubernetes API simulator in the foreground on 127.0.0.1;",
  "  writes a kubeconfig when ready and prints its path; Ctrl-C (SIGINT) or SIGTERM stops it cleanly",
  "  --port N             API port (default: any free port)",
  "  --kubeconfig FILE    where to write the kubeconfig (default: a new temp dir)",
  "  --pod-ready-delay MS how long pods take to become Ready (default 300)",
  "  --tls true|false     HTTPS with a self-signed CA in the kubeconfig (default true; kubectl sends tokens only over HTTPS)"
].join("\n");
async function up(flags, io) {
  const t0 = performance.now();
  const sim = await startSimulator({
    port: flags.port,
    kubeconfigPath: flags.kubeconfig,
    podReadyDelayMs: flags.podReadyDelayMs,
    tls: flags.tls
  });
  io.stderr.write(
    `deploy-kit cluster: simulator serving ${sim.url} (ready in ${Math.round(performance.now() - t0)} ms); export KUBECONFIG=${sim.kubeconfigPath}
`
  );
  io.stdout.write(`${sim.kubeconfigPath}
`);
  const signal = await new Promise((done) => {
    process.once("SIGINT", () => done("SIGINT"));
    process.once("SIGTERM", () => done("SIGTERM"));
  });
  io.stderr.write(`deploy-kit cluster: ${signal}, stopping
`);
  await sim.stop();
  return EXIT.ok;
}
var clusterCommand = {
  name: "cluster",
  summary: SUMMARIES.cluster,
  usage: () => USAGE,
  async run(argv, io) {
    if (argv.includes("--help") || argv.length === 0) {
      io.stdout.write(`${USAGE}
`);
      return argv.length === 0 ? EXIT.config : EXIT.ok;
    }
    if (argv[0] !== "up") {
      io.stderr.write(`deploy-kit cluster: unknown subcommand '${argv[0]}'; use: deploy-kit cluster up
`);
      return EXIT.config;
    }
    const flags = parseFlags(argv);
    if (typeof flags === "string") {
      io.stderr.write(`deploy-kit cluster: ${flags}
`);
      return EXIT.config;
    }
    try {
      return await up(flags, io);
    } catch (err) {
      io.stderr.write(`deploy-kit cluster: could not start: ${err.message}
`);
      return EXIT.failed;
    }
  }
};
export {
  clusterCommand
};
