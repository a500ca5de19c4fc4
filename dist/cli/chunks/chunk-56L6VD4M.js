#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  applyOwned
} from "./chunk-7ASGCHON.js";
import {
  backupOf,
  newReleaseId,
  pruneBackups,
  rollbackRecord
} from "./chunk-UXCDOLO6.js";
import {
  waitForRollout
} from "./chunk-ZWEBF2P6.js";
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

export {
  orderForApply,
  validateManifests,
  dryRunAll,
  release
};
