#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  BlueGreenRun,
  DEFAULT_CANARY_STEPS,
  ProgressiveRun,
  StepFailure,
  abortFromState,
  applyOwned,
  applyOwnedObject,
  canaryReplicas,
  clearState,
  deploymentRef,
  deploymentSpec,
  gatewayRouter,
  ingressRouter,
  parseSteps,
  planRelease,
  removeTrack,
  replicaShare,
  selectorOf,
  trackDeployment,
  trackName,
  trackService,
  waitReady
} from "./chunk-A3SMA3Z2.js";
import {
  backupOf,
  imagesText,
  newReleaseId,
  pruneBackups,
  rev,
  rollbackRecord,
  rollbackTable,
  withInterrupts
} from "./chunk-SAU5KMS7.js";
import {
  rolloutStatus,
  waitForRollout
} from "./chunk-K5IA4JXP.js";
import {
  loadSpec,
  runSuite
} from "./chunk-7ZSUDXE4.js";
import {
  autocannonGenerator,
  compareWithBaseline,
  measuredRuns,
  runPerfGate
} from "./chunk-K2Z4I3CE.js";
import {
  parseRegressionRule,
  parseThreshold
} from "./chunk-M5FIIXGD.js";
import {
  namespaceOf
} from "./chunk-SW2EZEOX.js";
import {
  waitUntilHealthy
} from "./chunk-XOMATJRQ.js";
import {
  parseAssertions,
  probe
} from "./chunk-YJ7VB7M5.js";
import {
  API_CONCURRENCY,
  backedUpInCluster,
  captureRecord,
  isConfigKind,
  mapLimit,
  restorable,
  sameContent,
  workloadKey
} from "./chunk-BYC3HQUC.js";
import {
  currentRevision,
  lastWriteTime
} from "./chunk-RPGGMHGA.js";
import {
  ManifestError,
  isWorkload
} from "./chunk-K3ASPIPJ.js";
import {
  imagesOf
} from "./chunk-WITNLNOW.js";
import {
  KubeApiError,
  describeRef,
  refOf
} from "./chunk-CVQC67UJ.js";
import {
  toMermaid
} from "./chunk-PRWZRJSU.js";
import {
  issueLine,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import {
  codeBlock,
  details,
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  bool,
  checkUrl,
  duration,
  external_exports,
  list,
  oneOf,
  pairs,
  text
} from "./chunk-MKPTSRCZ.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-KKQ3JKXY.js";
import {
  ConfigError,
  DeployKitError
} from "./chunk-TLPLIUBF.js";

// src/core/manifests/order.ts
var RANK = {
  Namespace: 0,
  CustomResourceDefinition: 1,
  PriorityClass: 2,
  StorageClass: 2,
  ServiceAccount: 3,
  ClusterRole: 3,
  Role: 3,
  ClusterRoleBinding: 4,
  RoleBinding: 4,
  ResourceQuota: 5,
  LimitRange: 5,
  Secret: 6,
  ConfigMap: 6,
  PersistentVolume: 7,
  PersistentVolumeClaim: 8,
  Service: 9,
  Deployment: 10,
  StatefulSet: 10,
  DaemonSet: 10,
  ReplicaSet: 10,
  Pod: 10,
  Job: 11,
  CronJob: 11,
  HorizontalPodAutoscaler: 12,
  PodDisruptionBudget: 12,
  Ingress: 13,
  NetworkPolicy: 13
};
var OTHER = 12;
var rankOf = (manifest) => RANK[manifest.object.kind] ?? OTHER;
function orderForApply(manifests) {
  return manifests.map((manifest, index) => ({ manifest, index, rank: rankOf(manifest) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.manifest);
}
function applyTiers(manifests) {
  const tiers = [];
  let last;
  for (const manifest of orderForApply(manifests)) {
    const rank = rankOf(manifest);
    if (rank !== last) tiers.push([]);
    tiers[tiers.length - 1].push(manifest);
    last = rank;
  }
  return tiers;
}

// src/core/deploy/deadline.ts
var DeadlineExceeded = class extends Error {
  constructor(phase, timeoutMs) {
    super(`the deploy timeout (${Math.round(timeoutMs / 100) / 10}s) ran out during ${phase}`);
    this.phase = phase;
    this.timeoutMs = timeoutMs;
    this.name = "DeadlineExceeded";
  }
  phase;
  timeoutMs;
};
var Deadline = class {
  /** `startedAt`: when the step began (loading the manifests counts too). */
  constructor(timeoutMs, startedAt = Date.now()) {
    this.timeoutMs = timeoutMs;
    this.endsAt = startedAt + timeoutMs;
    this.timer = setTimeout(
      () => this.controller.abort(new DeadlineExceeded(this.current, timeoutMs)),
      this.remaining()
    );
    this.timer.unref?.();
  }
  timeoutMs;
  controller = new AbortController();
  timer;
  endsAt;
  current = "validation";
  /** The phase running now (where an interrupt or the deadline found the release). */
  get phase() {
    return this.current;
  }
  /** Ends every wait at once when `interrupt` fires (a cancelled run), as if the deadline had passed. */
  follow(interrupt) {
    const stop = () => this.controller.abort(new Error(`interrupted during ${this.current}`));
    if (interrupt?.aborted) stop();
    else interrupt?.addEventListener("abort", stop, { once: true });
  }
  get signal() {
    return this.controller.signal;
  }
  /** Milliseconds left (0 when passed). */
  remaining() {
    return Math.max(0, this.endsAt - Date.now());
  }
  /** Names the phase now running; throws when the deadline already passed. */
  enter(phase) {
    this.current = phase;
    this.check();
  }
  check() {
    if (this.remaining() === 0) throw new DeadlineExceeded(this.current, this.timeoutMs);
  }
  /** Resolves with `work`, or rejects with DeadlineExceeded when the deadline passes first. */
  race(work) {
    const signal = this.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }
  dispose() {
    clearTimeout(this.timer);
  }
};

// src/core/deploy/snapshot/capture.ts
async function snapshotOne(client, manifest, live, after, options) {
  const ref = refOf(manifest.object);
  if (!live) return { ...ref, existedBefore: false };
  if (after && sameContent(live, after)) return void 0;
  if (!backedUpInCluster(live)) return { ...ref, existedBefore: true, object: restorable(live) };
  const backup = backupOf(live, options.releaseId);
  await client.apply(backup, { fieldManager: options.fieldManager, force: true });
  const pruned = await pruneBackups(client, ref);
  options.log(
    `${live.kind.toLowerCase()}/${ref.name}: prior content backed up as ${backup.metadata.name}${pruned.length ? ` (older backups deleted: ${pruned.join(", ")})` : ""}`
  );
  return { ...ref, existedBefore: true, backup: backup.metadata.name };
}
async function snapshotConfigs(client, manifests, live, dryRun, options) {
  const indexed = manifests.map((manifest, index) => ({ manifest, live: live[index] })).filter((m) => isConfigKind(m.manifest.object));
  const records = await mapLimit(
    indexed,
    API_CONCURRENCY,
    (m) => snapshotOne(client, m.manifest, m.live, dryRun.get(m.manifest), options),
    options.signal
  );
  return records.filter((r) => r !== void 0);
}

// src/core/deploy/rollout/interrupt.ts
var AbortWatch = class {
  constructor(signal) {
    this.signal = signal;
    if (signal?.aborted) this.abortedAt = Date.now();
    else signal?.addEventListener("abort", () => this.abortedAt = Date.now(), { once: true });
  }
  signal;
  abortedAt;
  /** The signal name when aborted, else undefined. */
  get reason() {
    if (!this.signal?.aborted) return void 0;
    const reason = this.signal.reason;
    return typeof reason === "string" ? reason : "abort";
  }
  /** Ends `controller`'s waits as soon as this signal fires. */
  forward(controller) {
    if (this.signal?.aborted) controller.abort();
    else this.signal?.addEventListener("abort", () => controller.abort(), { once: true });
  }
  sinceAbort() {
    return this.abortedAt === void 0 ? void 0 : Date.now() - this.abortedAt;
  }
};
function interruptedMessage(signal, during) {
  return `interrupted by ${signal} during the ${during} (the run was cancelled or timed out)`;
}
function interruptionRecord(watch, during, rollback) {
  const signal = watch.reason ?? "abort";
  const base = { signal, at: (/* @__PURE__ */ new Date()).toISOString(), during };
  if (!rollback)
    return {
      ...base,
      restore: "none",
      message: "no restore written: rollback-on-failure is false or a concurrent deploy owns the workloads now"
    };
  if (!rollback.ok)
    return {
      ...base,
      restore: "failed",
      message: rollback.items.filter((i) => i.action === "failed" || i.action === "missing").map((i) => i.message).join("; ")
    };
  const restored = rollback.items.filter((i) => i.action === "rolled-back").map((i) => `${i.key} -> revision ${i.toRevision}`);
  return {
    ...base,
    restore: restored.length ? "written" : "none",
    restoreMs: watch.sinceAbort(),
    message: restored.length ? `restore written: ${restored.join(", ")}; its rollout continues in the cluster (a rollback step waits for it)` : "the workloads were new or already ran what they ran before; nothing to restore"
  };
}

// src/core/deploy/rollout/phase-spans.ts
function timedPhase(phase, spans) {
  return async (title, fn) => {
    const span = { name: title, startMs: Date.now(), endMs: 0 };
    spans.push(span);
    try {
      return await phase(title, fn);
    } catch (error) {
      span.failed = true;
      throw error;
    } finally {
      span.endMs = Date.now();
    }
  };
}

// src/core/manifests/validate.ts
var SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function nameProblem(name, kind) {
  const rule = kind === "Namespace" || kind === "Service" ? LABEL : SUBDOMAIN;
  const max = rule === LABEL ? 63 : 253;
  if (name.length > max || !rule.test(name)) {
    return `'${name}' is not a valid ${kind} name (lower-case letters, digits and '-'${rule === SUBDOMAIN ? " or '.'" : ""}, at most ${max} characters)`;
  }
  return void 0;
}
async function validateManifests(manifests, client, namespace) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  const kinds = new Map(manifests.map(({ object }) => [`${object.apiVersion}/${object.kind}`, object]));
  await Promise.all([...kinds.values()].map((o) => client.resource(o.apiVersion, o.kind)));
  for (const manifest of manifests) {
    const { object, source } = manifest;
    const info = await client.resource(object.apiVersion, object.kind);
    if (!info) {
      problems.push({
        source,
        field: "kind",
        message: `kind ${object.kind} (apiVersion ${object.apiVersion}) is not served by the cluster`
      });
      continue;
    }
    const name = object.metadata.name ?? "";
    const bad = nameProblem(name, object.kind);
    if (bad) problems.push({ source, field: "metadata.name", message: bad });
    if (info.namespaced) {
      const given = object.metadata.namespace;
      if (given && given !== namespace) {
        problems.push({
          source,
          field: "metadata.namespace",
          message: `is '${given}' but the deploy targets namespace '${namespace}'; remove it or deploy to '${given}'`
        });
      }
      object.metadata.namespace = namespace;
    } else {
      delete object.metadata.namespace;
    }
    const key = `${object.apiVersion}/${object.kind}/${object.metadata.namespace ?? ""}/${name}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        source,
        field: "metadata.name",
        message: `${object.kind} '${name}' is also defined in ${first.source.file} document ${first.source.document}`
      });
    else seen.set(key, manifest);
  }
  return problems;
}
function dryRunProblems(manifest, error) {
  if (!(error instanceof KubeApiError)) return [{ source: manifest.source, message: error.message }];
  const hint = error.status === 409 ? " (another field manager owns this field: set force-conflicts to take it over, or find out who changed it)" : "";
  if (error.causes.length === 0)
    return [{ source: manifest.source, message: `${error.reason}: ${error.message}${hint}` }];
  return error.causes.map((cause) => ({
    source: manifest.source,
    field: cause.field,
    message: `${cause.reason ?? error.reason}: ${cause.message ?? error.message}${hint}`
  }));
}
async function dryRunAll(manifests, client, options, newNamespaces, signal) {
  const responses = /* @__PURE__ */ new Map();
  const inNewNamespace = (m) => newNamespaces.has(m.object.metadata.namespace ?? "");
  const found = await mapLimit(
    manifests.filter((m) => !inNewNamespace(m)),
    API_CONCURRENCY,
    async (manifest) => {
      try {
        responses.set(manifest, await applyOwned(client, manifest.object, { ...options, dryRun: true }));
        return [];
      } catch (error) {
        if (error instanceof KubeApiError && error.status === 0) throw error;
        return dryRunProblems(manifest, error);
      }
    },
    signal
  );
  const problems = found.flat();
  if (problems.length) throw new ManifestError(problems);
  return { skipped: manifests.filter(inNewNamespace), responses };
}

// src/core/deploy/rollout/phases.ts
async function validateAll(client, manifests, options, deadline) {
  const problems = await deadline.race(validateManifests(manifests, client, options.namespace));
  if (problems.length) throw new ManifestError(problems);
  const namespaces = manifests.filter((m) => m.object.kind === "Namespace").map((m) => m.object);
  const exists = await deadline.race(Promise.all(namespaces.map((ns) => client.get(refOf(ns)))));
  const newNamespaces = new Set(namespaces.filter((_, i) => !exists[i]).map((ns) => ns.metadata.name ?? ""));
  const { skipped, responses } = await deadline.race(
    dryRunAll(
      manifests,
      client,
      { fieldManager: options.fieldManager, force: options.force },
      newNamespaces,
      deadline.signal
    )
  );
  return { notDryRun: skipped.map((m) => describeRef(refOf(m.object))), dryRun: responses };
}
async function applyAll(client, manifests, record, options, deadline, onApplied) {
  const existed = new Set(record.resources.filter((r) => r.existedBefore).map((r) => describeRef(r)));
  for (const tier of applyTiers(manifests)) {
    deadline.check();
    await mapLimit(
      tier,
      API_CONCURRENCY,
      async ({ object }) => {
        const result = await applyOwned(client, object, { fieldManager: options.fieldManager, force: options.force });
        const ref = refOf(object);
        const created = !existed.has(describeRef(ref));
        const generation = result.metadata.generation === void 0 ? "" : ` (generation ${result.metadata.generation})`;
        options.log(`${describeRef(ref)} ${created ? "created" : "applied"}${generation}`);
        onApplied({ ...ref, created }, result);
      },
      deadline.signal
    );
  }
}
async function recordAfter(client, record, outcomes, applied) {
  await mapLimit(record.workloads, API_CONCURRENCY, async (w) => {
    const response = applied?.get(describeRef(w));
    const live = response ?? await client.get(w).catch(() => void 0);
    const outcome = outcomes.find((o) => o.ref.kind === w.kind && o.ref.name === w.name);
    w.after = {
      revision: response ? observedRevision(response) : await revisionOf(client, live),
      images: live ? imagesOf(live) : {},
      generation: live?.metadata.generation,
      status: outcome?.state,
      message: outcome?.message
    };
  });
}
async function revisionOf(client, live) {
  return live ? (await currentRevision(client, live).catch(() => void 0))?.revision : void 0;
}
function observedRevision(object) {
  const observed = object.status?.observedGeneration ?? -1;
  const revision = Number(object.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
  return object.kind === "Deployment" && observed >= (object.metadata.generation ?? 0) && revision ? revision : void 0;
}

// src/core/deploy/rollout/release.ts
function rollbackCrashed(record, error) {
  const message = `rollback failed: ${error.message}; the deploy record still names the target, re-run actions/rollback with it`;
  return {
    ok: false,
    rolledBack: false,
    items: record.workloads.filter((w) => w.existedBefore).map((w) => ({ ref: w, key: workloadKey(w), action: "failed", message }))
  };
}
async function waitAll(client, workloads, options, deadline, abort) {
  const cancel = new AbortController();
  abort.forward(cancel);
  return Promise.all(
    workloads.map(
      (w) => waitForRollout(client, w, {
        timeoutMs: Math.max(1, deadline.remaining()),
        graceMs: options.graceMs,
        log: (message) => options.log(message),
        cancel: cancel.signal,
        expected: {
          generation: w.metadata.generation ?? 0,
          template: w.spec?.template,
          writtenAt: lastWriteTime(w, options.fieldManager)
        }
      }).then((outcome) => {
        if (outcome.state !== "ready") cancel.abort();
        return outcome;
      })
    )
  );
}
async function applyAndWait(client, ordered, result, options, deadline, workloads, abort) {
  const position = new Map(ordered.map((m, i) => [describeRef(refOf(m.object)), i]));
  try {
    deadline.enter("apply");
    await options.phase(
      "Apply (server-side)",
      () => applyAll(client, ordered, result.record, options, deadline, (resource, live) => {
        result.applied.push(resource);
        if (isWorkload(live)) workloads.set(describeRef(resource), live);
      })
    );
    if (options.wait && workloads.size) {
      deadline.enter("rollout");
      result.outcomes = await options.phase(
        "Rollout",
        () => waitAll(client, [...workloads.values()], options, deadline, abort)
      );
    }
  } catch (error) {
    return { failure: `apply failed: ${error.message}`, superseded: false };
  } finally {
    result.applied.sort((a, b) => (position.get(describeRef(a)) ?? 0) - (position.get(describeRef(b)) ?? 0));
  }
  const bad = result.outcomes.filter((o) => o.state !== "ready" && o.state !== "cancelled");
  const failure = bad.length ? bad.map((o) => `${workloadKey(o.ref)}: ${o.message}`).join("; ") : void 0;
  return { failure, superseded: bad.some((o) => o.state === "superseded") };
}
async function rollBack(client, result, options, wait) {
  const failure = result.message ?? "";
  result.rollback = await options.phase(
    "Rollback",
    () => rollbackRecord(client, result.record, {
      reason: `deploy${options.version ? ` of ${options.version}` : ""} failed: ${failure}`.slice(0, 1e3),
      fieldManager: `${options.fieldManager}-rollback`,
      pruneNew: true,
      wait,
      timeoutMs: options.timeoutMs,
      graceMs: options.graceMs,
      log: (message) => options.log(message)
    })
  ).catch((error) => rollbackCrashed(result.record, error));
  if (result.rollback.ok && result.rollback.rolledBack) result.status = "rolled-back";
}
async function release(client, manifests, given) {
  const phases = [];
  const options = { ...given, phase: timedPhase((title, fn) => given.phase(title, fn), phases) };
  const deadline = new Deadline(options.timeoutMs, options.startedAt);
  const abort = new AbortWatch(options.signal);
  deadline.follow(options.signal);
  try {
    const { notDryRun, dryRun, ordered, record, live } = await prepareRelease(
      client,
      manifests,
      options,
      deadline
    ).catch((error) => {
      throw abort.reason ? new Error(`${interruptedMessage(abort.reason, "validate")}; nothing was applied`) : error;
    });
    record.configs = await snapshotConfigs(client, ordered, live, dryRun, {
      releaseId: newReleaseId(),
      fieldManager: options.fieldManager,
      log: (message) => options.log(message),
      signal: deadline.signal
    });
    let recordPath = await options.saveRecord(record);
    const result = {
      status: "succeeded",
      record,
      recordPath,
      applied: [],
      outcomes: [],
      notDryRun,
      phases
    };
    const responses = /* @__PURE__ */ new Map();
    const outcome = await applyAndWait(client, ordered, result, options, deadline, responses, abort);
    let { failure } = outcome;
    const { superseded } = outcome;
    const during = deadline.phase === "rollout" ? "rollout" : "apply";
    if (abort.reason) failure = interruptedMessage(abort.reason, during);
    if (failure) {
      result.status = "failed";
      result.message = failure;
      if (options.rollbackOnFailure && !superseded)
        await rollBack(client, result, options, options.wait && !abort.reason);
      if (abort.reason) record.interruption = interruptionRecord(abort, during, result.rollback);
    }
    const answered = !options.wait && result.status === "succeeded" ? responses : void 0;
    await recordAfter(client, record, result.outcomes, answered);
    recordPath = await options.saveRecord(record);
    result.recordPath = recordPath;
    return result;
  } finally {
    deadline.dispose();
  }
}
async function prepareRelease(client, manifests, options, deadline) {
  const { notDryRun, dryRun } = await options.phase(
    "Validate and dry-run",
    () => validateAll(client, manifests, options, deadline)
  );
  deadline.enter("recording what runs now");
  const ordered = orderForApply(manifests);
  const { record, live } = await deadline.race(captureRecord(client, ordered, recordMeta(options), deadline.signal));
  return { notDryRun, dryRun, ordered, record, live };
}
var recordMeta = (options) => ({
  version: options.version,
  namespace: options.namespace,
  context: options.context,
  fieldManager: options.fieldManager
});

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

// src/core/deploy/progressive/traffic.ts
function replicasRouter(client, canary, stableReplicas, fieldManager) {
  const scale = (replicas) => client.patch(canary, { spec: { replicas } }, "merge", fieldManager);
  return {
    mode: "replicas",
    async setWeight(weight) {
      const replicas = canaryReplicas(stableReplicas, weight);
      await scale(replicas);
      return replicaShare(stableReplicas, replicas);
    },
    async reset() {
      if (await client.get(canary)) await scale(0);
    },
    cleanup: () => Promise.resolve()
  };
}

// src/core/deploy/progressive/canary.ts
var CanaryRun = class extends ProgressiveRun {
  /** Canary capacity: pods for the weight (in replicas mode this is also the traffic split). */
  scaler;
  router;
  stableReplicas;
  constructor(client, plan, options, result) {
    super(client, plan, options, result, "canary");
    this.stableReplicas = deploymentSpec(plan.stable).replicas ?? 1;
    const ref = deploymentRef(options.namespace, this.workload);
    this.scaler = replicasRouter(client, ref, this.stableReplicas, options.fieldManager);
    const stableService = plan.service.metadata.name ?? "";
    const { mode } = options.traffic;
    this.router = mode === "gateway-api" ? gatewayRouter(client, plan.route, stableService, this.workload, options.fieldManager) : mode === "ingress-nginx" ? ingressRouter(client, plan.route, stableService, this.workload, options.fieldManager) : this.scaler;
  }
  async start() {
    const { plan, options } = this;
    const hide = options.traffic.mode === "replicas" ? [] : Object.keys(selectorOf(plan.service));
    const replicas = this.state.weight ? canaryReplicas(this.stableReplicas, this.state.weight) : 0;
    const deployment = trackDeployment(plan.stable, plan.template, "canary", replicas, hide);
    await applyOwnedObject(this.client, trackService(plan.service, this.stableName, "canary"), options.fieldManager);
    await applyOwnedObject(this.client, deployment, options.fieldManager);
    await this.saveState();
    if (this.state.weight) await this.weightStep(this.state.weight);
  }
  /** Scales the canary for the weight, waits for its pods (fail-fast), then moves the traffic. */
  async weightStep(weight) {
    const share = await this.scaler.setWeight(weight);
    await this.waitForTrack();
    this.share = this.router === this.scaler ? share : await this.router.setWeight(weight);
    this.sampler?.weight(weight, this.share);
    this.options.log(`${this.workload}: ${weight}% requested, ${this.share.toFixed(1)}% of traffic on the canary`);
  }
  async finish() {
    const { options } = this;
    const promoted = await options.phase("canary: promote (stable takes the new template)", () => options.promote());
    if (!promoted.ok) throw new StepFailure([`promotion failed: ${promoted.message ?? ""}`]);
    await options.phase("canary: remove the canary", () => this.teardown());
    return promoted;
  }
  async teardown() {
    await this.router.reset();
    await removeTrack(this.client, this.options.namespace, this.stableName, "canary", this.options.fieldManager);
    await this.router.cleanup();
    await clearState(this.client, this.stableRef, this.options.fieldManager);
  }
};

// src/core/deploy/progressive/index.ts
async function settleStable(client, plan, options) {
  if (rolloutStatus(plan.stable).done) return;
  const name = plan.stable.metadata.name ?? "";
  options.log(`deployment/${name} is mid-rollout; waiting for it to finish before the ${options.strategy} starts`);
  const outcome = await waitReady(client, refOf(plan.stable), { ...options, signal: options.signal });
  if (outcome.state !== "ready")
    throw new DeployKitError(
      `deployment/${name} was mid-rollout and did not finish (${outcome.message}); the ${options.strategy} did not start and nothing was changed`
    );
  plan.stable = await client.get(refOf(plan.stable)) ?? plan.stable;
}
async function progressiveRelease(client, options) {
  const started = Date.now();
  const plan = await planRelease(client, options);
  if (!plan) return void 0;
  const result = {
    strategy: options.strategy,
    mode: options.strategy === "canary" ? options.traffic.mode : "replicas",
    status: "aborted",
    deployment: plan.stable.metadata.name ?? "",
    workload: trackName(plan.stable.metadata.name ?? "", options.strategy === "canary" ? "canary" : "preview"),
    steps: [],
    message: "",
    elapsedMs: 0
  };
  const previous = plan.state;
  if (previous && (previous.template !== plan.digest || previous.strategy !== options.strategy)) {
    const removed = await options.phase(
      "Clean up a half-done release of another version",
      () => abortFromState(client, refOf(plan.stable), previous, options.fieldManager)
    );
    result.cleanedUp = `aborted the half-done ${previous.strategy} of another template (step ${previous.step + 1}): removed ${removed.join(", ")}`;
    options.log(result.cleanedUp);
    plan.state = void 0;
    plan.stable = await client.get(refOf(plan.stable)) ?? plan.stable;
  }
  await settleStable(client, plan, options);
  const run2 = options.strategy === "canary" ? new CanaryRun(client, plan, options, result) : new BlueGreenRun(client, plan, options, result);
  await run2.run();
  result.elapsedMs = Date.now() - started;
  return result;
}

// src/actions/deploy/progressive-analysis.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/core/deploy/progressive/http-analysis.ts
var joinUrl = (base, path) => new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
var unreachable = (check, what) => ({
  check,
  passed: false,
  reasons: [`the ${what} endpoint is unknown: set the URL input for it`]
});
function healthAnalysis(options, deps) {
  return async function health(ctx) {
    if (!ctx.canaryUrl) return unreachable("health", "canary");
    const url = joinUrl(ctx.canaryUrl, options.path);
    const result = await waitUntilHealthy(
      {
        urls: [url],
        method: "GET",
        headers: {},
        assertions: options.assertions,
        timeoutMs: options.timeoutMs,
        intervalMs: 500,
        maxIntervalMs: 2e3,
        attemptTimeoutMs: Math.min(5e3, options.timeoutMs),
        successThreshold: 2,
        insecure: false,
        followRedirects: true
      },
      deps
    );
    const target = result.targets[0];
    const answer = target.lastStatus !== void 0 ? `HTTP ${target.lastStatus}` : target.lastErrorKind;
    return {
      check: "health",
      passed: result.healthy,
      reasons: [
        result.healthy ? `${options.path} healthy after ${result.attempts} attempt(s)` : `${options.path} not healthy after ${result.attempts} attempt(s): ${answer}${target.lastDetail ? ` (${target.lastDetail})` : ""}`
      ]
    };
  };
}
function smokeAnalysis(spec, options, deps) {
  return async function smoke(ctx) {
    if (!ctx.canaryUrl) return unreachable("smoke", "canary");
    const result = await runSuite(
      spec,
      { baseUrl: ctx.canaryUrl, concurrency: 4, failFast: false, timeoutMs: options.timeoutMs, env: {} },
      deps
    );
    const failed = result.checks.filter((c) => c.verdict === "fail");
    return {
      check: "smoke",
      passed: result.passed,
      reasons: result.passed ? [`${result.total} check(s) passed`] : failed.map((c) => `check '${c.name}' failed: ${c.reason ?? "assertion failed"}`)
    };
  };
}
function gate(url, options, thresholds, generate) {
  return runPerfGate(
    {
      load: {
        url,
        method: "GET",
        headers: {},
        connections: options.connections,
        durationMs: options.durationMs,
        timeoutMs: 1e4
      },
      warmupMs: 0,
      runs: 1,
      shard: 1,
      shards: 1,
      thresholds,
      warnMargin: 0,
      abortOnFail: false,
      rules: []
    },
    generate
  );
}
var round = (value) => Number(value.toFixed(4));
var side = (report) => ({ runs: measuredRuns(report), timeline: report.timeline });
function perfAnalysis(options, generate) {
  return async function perf(ctx) {
    if (!ctx.canaryUrl) return unreachable("perf", "canary");
    const compare = options.rules.length > 0 && Boolean(ctx.stableUrl);
    const [canary, stable] = await Promise.all([
      gate(joinUrl(ctx.canaryUrl, options.path), options, options.thresholds, generate),
      compare ? gate(joinUrl(ctx.stableUrl, options.path), options, [], generate) : void 0
    ]);
    const reasons = canary.thresholds.map((t) => `${t.expression}: ${t.verdict} (measured ${round(t.measured)})`);
    let passed = canary.verdict !== "fail";
    for (const rule of stable ? options.rules : []) {
      const result = compareWithBaseline(rule, side(stable), side(canary));
      if (result.verdict === "fail") passed = false;
      reasons.push(
        `canary vs stable ${rule.expression}: ${result.verdict} (stable ${result.baseline.toFixed(2)}, canary ${result.current.toFixed(2)}, p=${result.pValue})`
      );
    }
    if (options.rules.length && !stable) reasons.push("canary vs stable: skipped, the stable endpoint is unknown");
    return { check: "perf", passed, reasons };
  };
}

// src/actions/deploy/progressive-analysis.ts
var durationText = external_exports.string().refine((v) => parseDuration(v) !== void 0, "must be a duration such as 10s or 1m");
var analysisSchema = external_exports.object({
  health: external_exports.string().startsWith("/").optional(),
  expect: external_exports.array(external_exports.string()).default(["status == 200"]),
  smoke: external_exports.string().optional(),
  perf: external_exports.array(external_exports.string()).default([]),
  compare: external_exports.array(external_exports.string()).default([]),
  duration: durationText.default("10s"),
  connections: external_exports.number().int().min(1).max(64).default(4),
  path: external_exports.string().startsWith("/").default("/"),
  timeout: durationText.default("30s")
}).strict();
function collect(lines, key, at, parse) {
  const values = [];
  const problems = [];
  lines.forEach((line, i) => {
    const parsed = parse(line);
    if (typeof parsed === "string") problems.push({ input: "analysis", message: `${key}: ${parsed}`, line: at(i) });
    else values.push(parsed);
  });
  return { values, problems };
}
async function smokeFrom(file, cwd, timeoutMs, http) {
  const path = isAbsolute(file) ? file : join(cwd, file);
  const text2 = await readFile(path, "utf8").catch(() => {
    throw ConfigError.single("analysis", `smoke: cannot read the smoke spec '${file}'`);
  });
  const { spec, problems } = loadSpec(text2, {});
  if (!spec)
    throw new ConfigError(
      problems.map((p) => ({ input: "analysis", message: `smoke: ${p.message}`, file, line: p.line }))
    );
  return smokeAnalysis(spec, { timeoutMs }, http);
}
async function analysesFrom(raw, hosts) {
  if (!raw?.trim()) return { analyses: [] };
  const source = parseYamlSource(raw);
  const fail = (problems2) => new ConfigError(problems2.map((p) => ({ input: p.input, message: `line ${p.line ?? 1}: ${p.message}` })));
  if (source.syntaxErrors.length)
    throw fail(
      source.syntaxErrors.map((e) => ({ input: "analysis", message: `not valid YAML: ${e.message}`, line: e.line }))
    );
  const parsed = analysisSchema.safeParse(source.value);
  if (!parsed.success)
    throw fail(
      parsed.error.issues.map((issue) => ({
        input: "analysis",
        message: `${issue.path.join(".") || "analysis"}: ${issue.message}`,
        line: issueLine(source, issue)
      }))
    );
  const config = parsed.data;
  const timeoutMs = parseDuration(config.timeout);
  const expect = parseAssertions(config.expect);
  const thresholds = collect(config.perf, "perf", (i) => source.lineOf(["perf", i]), parseThreshold);
  const rules = collect(config.compare, "compare", (i) => source.lineOf(["compare", i]), parseRegressionRule);
  const problems = [
    ...expect.problems.map((p) => ({
      input: "analysis",
      message: `expect: ${p.message}`,
      line: source.lineOf(["expect", p.index])
    })),
    ...thresholds.problems,
    ...rules.problems
  ];
  if (problems.length) throw fail(problems);
  const analyses = [];
  if (config.health)
    analyses.push(healthAnalysis({ path: config.health, assertions: expect.assertions, timeoutMs }, hosts.http));
  if (config.smoke) analyses.push(await smokeFrom(config.smoke, hosts.cwd, timeoutMs, hosts.http));
  if (thresholds.values.length || rules.values.length)
    analyses.push(
      perfAnalysis(
        {
          path: config.path,
          thresholds: thresholds.values,
          rules: rules.values,
          durationMs: parseDuration(config.duration),
          connections: config.connections
        },
        hosts.generate
      )
    );
  return { analyses, path: config.path };
}

// src/actions/deploy/progressive.ts
var SIMULATOR_URL_ANNOTATION = "sim.deploy-kit.dev/url";
function stepsFrom(inputs2) {
  const blueGreen = inputs2.strategy === "blue-green";
  const text2 = inputs2.steps?.trim() ? inputs2.steps : blueGreen ? "- analysis\n- 100%\n" : DEFAULT_CANARY_STEPS;
  const { steps, problems } = parseSteps(text2);
  const weights = blueGreen ? steps.filter((s) => s.kind === "weight" && s.weight !== 100) : [];
  for (const step of weights)
    problems.push({
      line: step.line,
      message: "blue-green takes no weights: only pause, analysis and the final 100% (the switch)"
    });
  if (problems.length)
    throw new ConfigError(problems.map((p) => ({ input: "steps", message: `line ${p.line}: ${p.message}` })));
  return steps;
}
function targetOf(manifests) {
  const workloads = manifests.filter((m) => ["Deployment", "StatefulSet", "DaemonSet"].includes(m.object.kind));
  if (workloads.length === 1 && workloads[0].object.kind === "Deployment") return workloads[0];
  throw ConfigError.single(
    "manifests",
    `a canary or blue-green release takes exactly one Deployment; found ${workloads.map((w) => `${w.object.kind.toLowerCase()}/${w.object.metadata.name}`).join(", ") || "none"}`
  );
}
function urlResolver(inputs2, client) {
  const template = inputs2["service-url"];
  return async (ref) => {
    if (template && ref.kind === "Service")
      return template.replaceAll("{service}", ref.name).replaceAll("{namespace}", ref.namespace ?? "");
    const live = await client.get(ref).catch(() => void 0);
    return live?.metadata.annotations?.[SIMULATOR_URL_ANNOTATION];
  };
}
async function checkManifests(manifests, ctx, inputs2) {
  const problems = await validateManifests(manifests, ctx.client, ctx.namespace);
  if (problems.length) throw new ManifestError(problems);
  await dryRunAll(
    manifests,
    ctx.client,
    { fieldManager: inputs2["field-manager"], force: inputs2["force-conflicts"] },
    /* @__PURE__ */ new Set()
  );
}
function checkInputs(inputs2) {
  for (const name of ["traffic-url"]) {
    const problem = inputs2[name] ? checkUrl(inputs2[name]) : void 0;
    if (problem) throw ConfigError.single(name, problem);
  }
  const template = inputs2["service-url"];
  if (template && checkUrl(template.replaceAll("{service}", "x").replaceAll("{namespace}", "y")))
    throw ConfigError.single(
      "service-url",
      `must be a URL template such as http://{service}.{namespace}.svc:8080, got '${template}'`
    );
}
async function executeProgressive(inputs2, runtime, manifests, ctx) {
  checkInputs(inputs2);
  const steps = stepsFrom(inputs2);
  const target = targetOf(manifests);
  const { analyses, path } = await analysesFrom(inputs2.analysis, {
    cwd: runtime.cwd,
    http: { probe },
    generate: autocannonGenerator
  });
  await runtime.group("Validate and dry-run", () => checkManifests(manifests, ctx, inputs2));
  const { record } = await captureRecord(ctx.client, [target], {
    version: inputs2.version,
    namespace: ctx.namespace,
    context: ctx.context,
    fieldManager: inputs2["field-manager"]
  });
  if (!record.workloads[0]?.existedBefore) return void 0;
  const recordPath = await ctx.saveRecord(record);
  let promoted;
  const others = orderForApply(manifests.filter((m) => m !== target));
  const log = (line) => runtime.info(line);
  const result = await progressiveRelease(ctx.client, {
    strategy: inputs2.strategy,
    namespace: ctx.namespace,
    deployment: target.object,
    steps,
    traffic: {
      mode: inputs2["traffic-mode"],
      service: inputs2.service,
      route: inputs2["http-route"],
      ingress: inputs2.ingress
    },
    fieldManager: inputs2["field-manager"],
    timeoutMs: inputs2.timeout,
    graceMs: inputs2["fail-fast-grace"],
    scaleDownDelayMs: inputs2["scale-down-delay"],
    version: inputs2.version,
    analyses,
    urlOf: urlResolver(inputs2, ctx.client),
    trafficUrl: inputs2["traffic-url"] || void 0,
    trafficPath: path,
    probe,
    signal: ctx.signal,
    log,
    phase: (title, fn) => runtime.group(title, fn),
    beforeStart: async () => {
      for (const { object } of others)
        await applyOwned(ctx.client, object, {
          fieldManager: inputs2["field-manager"],
          force: inputs2["force-conflicts"]
        });
    },
    promote: async () => {
      promoted = await release(ctx.client, [target], {
        namespace: ctx.namespace,
        fieldManager: inputs2["field-manager"],
        force: inputs2["force-conflicts"],
        wait: true,
        timeoutMs: inputs2.timeout,
        graceMs: inputs2["fail-fast-grace"],
        rollbackOnFailure: inputs2["rollback-on-failure"],
        version: inputs2.version,
        context: ctx.context,
        saveRecord: ctx.saveRecord,
        log,
        phase: (title, fn) => runtime.group(title, fn)
      });
      return { ok: promoted.status === "succeeded", message: promoted.message };
    }
  });
  if (!result) return void 0;
  if (promoted && result.status === "promoted") return { ...promoted, progressive: result };
  return {
    status: "rolled-back",
    record,
    recordPath,
    applied: [],
    outcomes: promoted?.outcomes ?? [],
    rollback: promoted?.rollback,
    message: result.message,
    notDryRun: [],
    progressive: result
  };
}

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
  const { asConfigError, connect, prepareManifests } = await import("./prepare-U7P3VWIK.js");
  const manifests = await prepareManifests(inputs2, runtime);
  const { access, client } = connect(inputs2, runtime);
  const namespace = namespaceOf(access, inputs2.namespace);
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
