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
  parseArgs
} from "./chunk-BVZ2AC2N.js";
import {
  HttpKubeClient,
  loadKubeAccess
} from "./chunk-43TFGX7Z.js";
import {
  OWNER_LABEL,
  TRACK_LABEL,
  abortFromState,
  deploymentRef,
  deploymentSpec,
  readState,
  waitReady
} from "./chunk-ZTU4GKDM.js";
import "./chunk-RKAIU4KG.js";
import {
  rollbackManager
} from "./chunk-7ASGCHON.js";
import "./chunk-ZWEBF2P6.js";
import "./chunk-4S7TIHUF.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import {
  parseDuration
} from "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import {
  describeError
} from "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/cli/canary-command.ts
import { readFileSync } from "node:fs";

// src/core/deploy/progressive/manual.ts
async function progressStatus(client, stable) {
  const live = await client.get(stable);
  if (!live) throw new Error(`deployment/${stable.name} does not exist in namespace ${stable.namespace ?? ""}`);
  const state = readState(live);
  if (!state) return { deployment: stable.name };
  const workload = await client.get(deploymentRef(stable.namespace ?? "", state.workload));
  const status = workload?.status ?? {};
  return {
    deployment: stable.name,
    state,
    workload: workload && { name: state.workload, replicas: status.replicas ?? 0, ready: status.readyReplicas ?? 0 }
  };
}
function promotedTemplate(track, stable) {
  const template = JSON.parse(JSON.stringify(deploymentSpec(track).template ?? {}));
  const labels = { ...deploymentSpec(stable).template?.metadata?.labels, ...template.metadata?.labels };
  delete labels[TRACK_LABEL];
  delete labels[OWNER_LABEL];
  template.metadata = { ...template.metadata, labels };
  return template;
}
async function promoteFromState(client, stable, options) {
  const live = await client.get(stable);
  const state = live && readState(live);
  if (!live || !state) throw new Error(`deployment/${stable.name} has no canary or blue-green in flight`);
  const track = await client.get(deploymentRef(stable.namespace ?? "", state.workload));
  if (!track)
    throw new Error(`deployment/${state.workload} is gone: nothing to promote; run 'canary abort' to clean up`);
  const template = promotedTemplate(track, live);
  await client.patch(
    stable,
    [{ op: "replace", path: "/spec/template", value: template }],
    "json",
    rollbackManager(options.fieldManager)
  );
  const outcome = await waitReady(client, stable, { ...options, log: (line) => options.log(line) });
  if (outcome.state !== "ready")
    throw new Error(`deployment/${stable.name} did not roll out the promoted template: ${outcome.message}`);
  return abortFromState(client, stable, state, options.fieldManager);
}

// src/cli/canary-command.ts
var USAGE = `deploy-kit canary status|promote|abort --deployment NAME [--namespace NS] [--kubeconfig PATH] [--context NAME]
  Operates on the canary or blue-green release in flight recorded on a Deployment (annotation
  deploy-kit.dev/progressive), e.g. behind a manual approval:
  status    the strategy, traffic mode, step, weight and the new version's pods (exit 1 when none is in flight)
  promote   the stable Deployment takes the new template (waits for its rollout), then the canary/preview goes
  abort     all traffic back to stable, the canary/preview objects and the state removed
  --timeout DURATION  how long promote waits for the rollout (default 5m)
  The kubeconfig comes from --kubeconfig, else KUBECONFIG.`;
var ACTIONS = ["status", "promote", "abort"];
var FLAGS = ["deployment", "namespace", "kubeconfig", "context", "timeout", "field-manager"];
function fail(io, message, code = EXIT.config) {
  io.stderr.write(`deploy-kit canary: ${message}
`);
  return code;
}
async function act(action, flags, io) {
  const access = loadKubeAccess({
    content: flags.kubeconfig ? readFileSync(flags.kubeconfig, "utf8") : void 0,
    context: flags.context,
    env: io.env,
    secret: () => void 0
  });
  const client = new HttpKubeClient(access, { attempts: 4, baseDelayMs: 250, maxDelayMs: 2e3 });
  const namespace = flags.namespace ?? access.config.getContextObject(access.context)?.namespace ?? "default";
  const stable = deploymentRef(namespace, flags.deployment);
  const fieldManager = flags["field-manager"] ?? "deploy-kit";
  if (action === "status") {
    const status = await progressStatus(client, stable);
    io.stdout.write(`${JSON.stringify(status, null, 2)}
`);
    return status.state ? EXIT.ok : EXIT.failed;
  }
  if (action === "abort") {
    const live = await client.get(stable);
    const state = live && readState(live);
    if (!state) return fail(io, `deployment/${flags.deployment} has no canary or blue-green in flight`, EXIT.failed);
    const removed2 = await abortFromState(client, stable, state, fieldManager);
    io.stdout.write(`aborted: all traffic on deployment/${flags.deployment}; removed ${removed2.join(", ")}
`);
    return EXIT.ok;
  }
  const timeoutMs = parseDuration(flags.timeout ?? "5m");
  if (timeoutMs === void 0) return fail(io, `--timeout must be a duration such as 5m, got '${flags.timeout}'`);
  const log = (line) => void io.stdout.write(`${line}
`);
  const removed = await promoteFromState(client, stable, { fieldManager, timeoutMs, graceMs: 3e4, log });
  io.stdout.write(`promoted: deployment/${flags.deployment} runs the new template; removed ${removed.join(", ")}
`);
  return EXIT.ok;
}
var canaryCommand = {
  name: "canary",
  summary: SUMMARIES.canary,
  usage: () => USAGE,
  async run(argv, io) {
    const { flags, positionals } = parseArgs(argv, /* @__PURE__ */ new Set(["help"]));
    if (flags.help) {
      io.stdout.write(`${USAGE}
`);
      return EXIT.ok;
    }
    const [action, extra] = positionals;
    if (!ACTIONS.includes(action ?? "") || extra)
      return fail(io, `expected one of ${ACTIONS.join(", ")}, got '${positionals.join(" ")}'
${USAGE}`);
    const unknown = Object.keys(flags).find((f) => !FLAGS.includes(f));
    if (unknown) return fail(io, `unknown option --${unknown}; valid: ${FLAGS.map((f) => `--${f}`).join(" ")}`);
    if (!flags.deployment) return fail(io, "--deployment is required (the stable Deployment)");
    try {
      return await act(action, flags, io);
    } catch (error) {
      return fail(io, describeError(error), EXIT.failed);
    }
  }
};
export {
  canaryCommand
};
