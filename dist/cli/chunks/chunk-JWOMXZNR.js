#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  toMermaid
} from "./chunk-PRWZRJSU.js";
import {
  imagesText,
  rev,
  rollbackTable,
  withInterrupts
} from "./chunk-UMBHLED5.js";
import {
  release
} from "./chunk-56L6VD4M.js";
import {
  workloadKey
} from "./chunk-BYC3HQUC.js";
import {
  ManifestError
} from "./chunk-K3ASPIPJ.js";
import {
  codeBlock,
  details,
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import {
  bool,
  duration,
  list,
  oneOf,
  pairs,
  text
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration
} from "./chunk-KKQ3JKXY.js";

// src/actions/deploy/progressive-inputs.ts
var progressiveInputs = {
  strategy: oneOf(["rolling", "canary", "blue-green"], { default: "rolling" }),
  steps: text(),
  "traffic-mode": oneOf(["replicas", "gateway-api", "ingress-nginx"], { default: "replicas" }),
  service: text(),
  "http-route": text(),
  ingress: text(),
  "scale-down-delay": duration({ default: "30s", max: 36e5 }),
  analysis: text(),
  "service-url": text(),
  "traffic-url": text()
};

// src/actions/deploy/inputs.ts
var inputs = {
  manifests: list({ required: true, newlineOnly: true }),
  namespace: text(),
  images: pairs({ separator: "=" }),
  kubeconfig: text({ secret: "credentials" }),
  context: text(),
  timeout: duration({ default: "5m", min: 1e3 }),
  wait: bool({ default: "true" }),
  "rollback-on-failure": bool({ default: "true" }),
  "fail-fast-grace": duration({ default: "30s", max: 36e5 }),
  "field-manager": text({ default: "deploy-kit" }),
  "force-conflicts": bool({ default: "false" }),
  annotations: pairs({ separator: "=" }),
  labels: pairs({ separator: "=" }),
  version: text(),
  "record-file": text(),
  ...progressiveInputs
};

// src/core/charts/release-timeline.ts
var PHASE_LABEL = {
  "Validate and dry-run": "validate",
  "Apply (server-side)": "apply",
  Rollout: "rollout",
  Rollback: "rollback"
};
var DEPLOY_SECTION = "deploy";
var ROLLOUT_SECTION = "rollout";
function outcomeTasks(o) {
  if (o.startedAt === void 0) return [];
  const key = workloadKey(o.ref);
  const end = o.startedAt + o.elapsedMs;
  const ready = o.state === "ready";
  const at = (label, ms, state) => ({
    section: ROLLOUT_SECTION,
    label,
    startMs: ms,
    endMs: ms,
    state,
    milestone: true
  });
  const span = {
    section: ROLLOUT_SECTION,
    label: key,
    startMs: o.startedAt,
    endMs: end,
    state: ready ? "ok" : o.state === "cancelled" ? "warn" : "failed"
  };
  const tasks = [span];
  if (o.firstReadyAt !== void 0) tasks.push(at(`${key} first pod ready`, o.firstReadyAt, "ok"));
  if (ready) tasks.push(at(`${key} all ready`, end, "ok"));
  else if (o.state !== "cancelled")
    tasks.push(at(`failure detected - ${key} ${o.failure?.reason ?? o.state}`, end, "failed"));
  return tasks;
}
function releaseTasks(result) {
  const phases = (result.phases ?? []).map((p) => {
    const rollback = p.name === "Rollback";
    const failed = p.failed || (rollback ? !result.rollback?.ok : p.name === "Rollout" && result.status !== "succeeded");
    return {
      section: DEPLOY_SECTION,
      label: PHASE_LABEL[p.name] ?? p.name,
      startMs: p.startMs,
      endMs: p.endMs,
      state: failed ? "failed" : rollback ? "warn" : "ok"
    };
  });
  return [...phases, ...result.outcomes.flatMap(outcomeTasks)];
}
function releaseTimeline(result) {
  const version = result.record.version ? ` ${result.record.version}` : "";
  return { type: "gantt", title: `Release timeline${version}`, tasks: releaseTasks(result) };
}

// src/actions/deploy/summary.ts
function renderSummary(result) {
  const icon = verdictIcon(result.status === "succeeded" ? "pass" : result.status === "rolled-back" ? "warn" : "fail");
  const version = result.record.version ? ` ${result.record.version}` : "";
  let md = heading(`${icon} deploy${version}: ${result.status}`);
  md += `Namespace \`${result.record.namespace}\`, context \`${result.record.context}\`, field manager \`${result.record.fieldManager}\`, ${result.applied.length} object(s) applied.

`;
  if (result.record.workloads.length) {
    md += table(
      ["workload", "revision (before -> after)", "images before", "images after", "status"],
      result.record.workloads.map((w) => {
        const outcome = result.outcomes.find((o) => workloadKey(o.ref) === workloadKey(w));
        const status = outcome ? `${outcome.state} (${formatDuration(outcome.elapsedMs)}): ${outcome.message}` : w.after?.status ?? "applied";
        return [
          workloadKey(w),
          `${w.existedBefore ? rev(w.before?.revision) : "new"} -> ${rev(w.after?.revision)}`,
          imagesText(w.before?.images),
          imagesText(w.after?.images),
          status
        ];
      })
    );
  }
  for (const outcome of result.outcomes.filter((o) => o.failure)) {
    const f = outcome.failure;
    md += `
${heading(`Failure: ${workloadKey(outcome.ref)} (${f.reason})`, 3)}${outcome.message}

`;
    if (f.containers.length) md += details("Container status", codeBlock(f.containers.join("\n")));
    if (f.events.length) md += details("Recent events", codeBlock(f.events.join("\n")));
  }
  if (result.rollback) md += `
${heading("Rollback", 3)}${rollbackTable(result.rollback.items)}`;
  if (result.notDryRun.length)
    md += `
> Not dry-run first (their namespace is created by this deploy): ${result.notDryRun.join(", ")}
`;
  if (result.phases?.length) md += `
${heading("Timeline", 3)}${toMermaid(releaseTimeline(result))}`;
  md += `
Deploy record: \`${result.recordPath}\`
`;
  return md;
}

// src/actions/deploy/progressive-summary.ts
var pct = (value) => `${Number(value.toFixed(1))}%`;
function shareLine(measured) {
  if (!measured) return "share of requests on the new version: not measured (no version or no reachable endpoint)";
  return `${measured.toNew} of ${measured.requests} requests to ${measured.url} reached ${measured.version} (${pct(measured.share)})`;
}
function shareTable(measured) {
  return table(
    [
      "weight",
      "configured share",
      "requests",
      `answered by ${measured.version}`,
      "measured share",
      `5xx from ${measured.version}`
    ],
    measured.buckets.map((b) => [
      `${b.weight}%`,
      pct(b.expected),
      b.requests,
      b.toNew,
      pct(b.requests ? 100 * b.toNew / b.requests : 0),
      b.newErrors
    ])
  );
}
function progressiveFailure(result) {
  if (result.status === "promoted") return void 0;
  return `${result.strategy} of deployment/${result.deployment} ${result.message}; all traffic is back on the stable version and ${result.workload} is removed; ${shareLine(result.measured)}`;
}
function renderProgressiveSummary(result, release2) {
  const promoted = result.status === "promoted";
  const lines = [
    heading(
      `${verdictIcon(promoted ? "pass" : "fail")} ${result.strategy} of deployment/${result.deployment}: ${result.status}`
    ),
    `Traffic mode: \`${result.mode}\`; ${formatDuration(result.elapsedMs)}. ${result.message}`
  ];
  if (result.resumedAt !== void 0) lines.push(`Resumed a half-done release at step ${result.resumedAt + 1}.`);
  if (result.cleanedUp) lines.push(`Before starting: ${result.cleanedUp}.`);
  lines.push(
    table(
      ["step", "share on new version", "outcome", "took", "reasons"],
      result.steps.map((s) => [
        `${s.index + 1}. ${s.label}`,
        pct(s.share),
        `${verdictIcon(s.outcome === "failed" ? "fail" : "pass")} ${s.outcome}`,
        formatDuration(s.elapsedMs),
        s.message ?? s.verdict?.verdicts.map((v) => `${v.check}: ${v.reasons.join("; ")}`).join("<br>") ?? ""
      ])
    )
  );
  lines.push(heading("Requests that reached the new version", 3), shareLine(result.measured));
  if (result.measured) lines.push(shareTable(result.measured));
  if (promoted) lines.push(renderSummary(release2));
  return lines.join("\n\n");
}

// src/actions/deploy/main.ts
var recordName = () => `deploy-record-${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}-${process.pid}.json`;
async function execute(inputs2, runtime, signal) {
  const startedAt = Date.now();
  const { asConfigError, connect, prepareManifests } = await import("./prepare-Z3PS6XNB.js");
  const manifests = await prepareManifests(inputs2, runtime);
  const { access, client, namespace } = connect(inputs2, runtime);
  const path = reportPath(inputs2["record-file"], runtime.cwd, runtime.tempDir, recordName());
  runtime.info(
    `deploying ${manifests.length} object(s) to namespace '${namespace}' as field manager '${inputs2["field-manager"]}'`
  );
  try {
    const save = (record) => writeJsonReport(path, record, "record-file").then((saved) => {
      runtime.output("record", saved);
      return saved;
    });
    if (inputs2.strategy !== "rolling") {
      const { executeProgressive } = await import("./progressive-HNOWV2D3.js");
      const ctx = { client, namespace, context: access.context, saveRecord: save, signal };
      const progressive = await executeProgressive(inputs2, runtime, manifests, ctx);
      if (progressive) return progressive;
      runtime.info(`no running version to compare with: deploying with the rolling strategy`);
    }
    return await release(client, manifests, {
      namespace,
      fieldManager: inputs2["field-manager"],
      force: inputs2["force-conflicts"],
      wait: inputs2.wait,
      timeoutMs: inputs2.timeout,
      startedAt,
      graceMs: inputs2["fail-fast-grace"],
      rollbackOnFailure: inputs2["rollback-on-failure"],
      version: inputs2.version,
      context: access.context,
      saveRecord: save,
      log: (line) => runtime.info(line),
      phase: (title, fn) => runtime.group(title, fn),
      signal
    });
  } catch (error) {
    if (error instanceof ManifestError) throw asConfigError(error);
    throw error;
  }
}
var mapOf = (entries) => JSON.stringify(Object.fromEntries(entries));
function rollbackText(result) {
  if (!result.rollback)
    return "not rolled back (rollback-on-failure is false or a concurrent deploy owns the workload now)";
  const back = result.rollback.items.filter((i) => i.action === "rolled-back");
  const restored = result.rollback.items.filter((i) => i.action === "restored" || i.action === "recreated");
  const also = restored.length ? `; restored ${restored.map((i) => i.key).join(", ")}` : "";
  if (!back.length && restored.length) return `rolled back${also}`;
  if (!back.length) {
    const first = result.record.workloads.every((w) => !w.existedBefore);
    return first ? "nothing to roll back to: this was the first deploy of these workloads" : `rollback changed nothing: ${result.rollback.items.map((i) => i.message).join("; ")}`;
  }
  const versionOf = (key) => result.record.workloads.find((w) => workloadKey(w) === key)?.before?.version;
  const text2 = back.map((i) => {
    const version = versionOf(i.key);
    return `${i.key} -> revision ${i.toRevision}${version ? ` = ${version}` : ""} (${Object.entries(i.images ?? {}).map(([c, img]) => `${c}=${img}`).join(", ")})`;
  }).join("; ");
  return result.rollback.ok ? `rolled back: ${text2}${also}` : `rollback incomplete: ${result.rollback.items.filter((i) => i.action === "failed").map((i) => i.message).join("; ")}`;
}
var definition = {
  name: "deploy",
  inputs,
  execute: (inputs2, runtime) => withInterrupts(runtime, (signal) => execute(inputs2, runtime, signal)),
  outputs: (result) => ({
    status: result.status,
    record: result.recordPath,
    revisions: mapOf(result.record.workloads.map((w) => [workloadKey(w), w.after?.revision ?? null])),
    "previous-revisions": mapOf(result.record.workloads.map((w) => [workloadKey(w), w.before?.revision ?? null])),
    images: mapOf(result.record.workloads.map((w) => [workloadKey(w), w.after?.images ?? {}])),
    resources: JSON.stringify(
      result.applied.map((r) => ({
        apiVersion: r.apiVersion,
        kind: r.kind,
        name: r.name,
        namespace: r.namespace,
        created: r.created
      }))
    ),
    "rolled-back": result.status === "rolled-back"
  }),
  summary: (result) => result.progressive ? renderProgressiveSummary(result.progressive, result) : renderSummary(result),
  failure: (result) => result.progressive ? progressiveFailure(result.progressive) : result.status === "succeeded" ? void 0 : `${result.message}; ${rollbackText(result)}`
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
