#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  observe
} from "./chunk-6QWTSDN7.js";
import {
  API_CONCURRENCY,
  POD_TEMPLATE_HASH,
  controllerRevisionsOf,
  currentRevision,
  isOwnedBy,
  lastWriteTime,
  mapLimit,
  normalizeTemplate,
  podInRevision,
  replicaSetsOf,
  revisionOf,
  sameContent,
  sameTemplate,
  selectorString,
  workloadKey
} from "./chunk-NRXVBHTG.js";
import {
  ANNOTATION,
  describeRef,
  imagesOf,
  labelValue,
  refOf
} from "./chunk-YMATUWOF.js";
import {
  table
} from "./chunk-DQBVZPBA.js";

// src/core/deploy/rollout/pods.ts
var FATAL_REASONS = [
  "ImagePullBackOff",
  "ErrImagePull",
  "CrashLoopBackOff",
  "CreateContainerConfigError",
  "InvalidImageName"
];
function podProblems(pod) {
  const status = pod.status ?? {};
  const statuses = [...status.initContainerStatuses ?? [], ...status.containerStatuses ?? []];
  const problems = [];
  for (const cs of statuses) {
    const waiting = cs.state?.waiting;
    if (!waiting || !FATAL_REASONS.includes(waiting.reason)) continue;
    const last = cs.lastState?.terminated;
    const exit = last ? ` (last exit code ${last.exitCode}${last.reason ? `, ${last.reason}` : ""})` : "";
    problems.push({
      pod: pod.metadata.name ?? "",
      container: cs.name,
      reason: waiting.reason,
      message: `${waiting.message ?? ""}${exit}`.trim(),
      restartCount: cs.restartCount ?? 0,
      image: cs.image ?? ""
    });
  }
  return problems;
}
function describeContainers(pod) {
  const status = pod.status ?? {};
  const parts = [...status.initContainerStatuses ?? [], ...status.containerStatuses ?? []].map((cs) => {
    const state = cs.state?.waiting?.reason ?? (cs.state?.running ? cs.ready ? "Ready" : "Running" : cs.state?.terminated?.reason ?? "Unknown");
    return `${cs.name}=${state}(restarts ${cs.restartCount ?? 0})`;
  });
  return `${pod.metadata.name}: ${status.phase ?? "Unknown"}${parts.length ? ` ${parts.join(" ")}` : ""}`;
}
var FailureTracker = class {
  constructor(graceMs) {
    this.graceMs = graceMs;
  }
  graceMs;
  firstSeen = /* @__PURE__ */ new Map();
  /** The problems that have lasted at least the grace period, given the current pods. */
  update(pods, now) {
    const live = /* @__PURE__ */ new Set();
    const expired = [];
    for (const pod of pods) {
      for (const problem of podProblems(pod)) {
        const family = problem.reason.includes("Pull") ? "pull" : problem.reason;
        const key = `${problem.pod}/${problem.container}/${family}`;
        live.add(key);
        if (!this.firstSeen.has(key)) this.firstSeen.set(key, now);
        if (now - (this.firstSeen.get(key) ?? now) >= this.graceMs) expired.push(problem);
      }
    }
    for (const key of this.firstSeen.keys()) if (!live.has(key)) this.firstSeen.delete(key);
    return expired;
  }
};

// src/core/deploy/rollout/diagnosis.ts
async function recentEvents(client, namespace, names) {
  const lines = [];
  for (const name2 of names.slice(0, 3)) {
    const { items } = await client.list("v1", "Event", namespace, { fieldSelector: `involvedObject.name=${name2}` }).catch(() => ({ items: [] }));
    for (const e of items.slice(-5))
      lines.push(
        `${e.lastTimestamp ?? e.eventTime ?? ""} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${name2}: ${e.message ?? ""}`.trim()
      );
  }
  return lines;
}
async function failureDetail(client, workload, reason, problems, pods) {
  const names = [...new Set(problems.map((p) => p.pod))];
  const events = await recentEvents(client, workload.metadata.namespace, [...names, workload.metadata.name ?? ""]);
  const containers = pods.filter((p) => names.includes(p.metadata.name ?? "")).map(describeContainers);
  return { reason, problems, events, containers };
}

// src/core/deploy/rollout/status.ts
function counts(desired, s, ready, available, updated) {
  return { desired, updated: s[updated] ?? 0, ready: s[ready] ?? 0, available: s[available] ?? 0 };
}
function deploymentStatus(d, staleBefore) {
  const spec = d.spec ?? {};
  const s = d.status ?? {};
  const name2 = d.metadata.name;
  const desired = spec.replicas ?? 1;
  const c = counts(desired, s, "readyReplicas", "availableReplicas", "updatedReplicas");
  if ((d.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return { done: false, message: "Waiting for deployment spec update to be observed...", counts: c };
  }
  const progressing = (s.conditions ?? []).find((x) => x.type === "Progressing");
  const stale = staleBefore && progressing?.lastUpdateTime && Date.parse(progressing.lastUpdateTime) <= Date.parse(staleBefore);
  if (progressing?.reason === "ProgressDeadlineExceeded" && !stale) {
    return {
      done: false,
      message: `deployment "${name2}" exceeded its progress deadline`,
      error: `deployment "${name2}" exceeded its progress deadline (ProgressDeadlineExceeded: ${progressing.message ?? ""})`,
      counts: c
    };
  }
  const updated = s.updatedReplicas ?? 0;
  if (spec.replicas !== void 0 && updated < spec.replicas) {
    return {
      done: false,
      message: `Waiting for deployment "${name2}" rollout to finish: ${updated} out of ${spec.replicas} new replicas have been updated...`,
      counts: c
    };
  }
  if ((s.replicas ?? 0) > updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name2}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...`,
      counts: c
    };
  }
  if ((s.availableReplicas ?? 0) < updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name2}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`,
      counts: c
    };
  }
  return { done: true, message: `deployment "${name2}" successfully rolled out`, counts: c };
}
function daemonSetStatus(ds) {
  const spec = ds.spec ?? {};
  const s = ds.status ?? {};
  const name2 = ds.metadata.name;
  const desired = s.desiredNumberScheduled ?? 0;
  const c = counts(desired, s, "numberReady", "numberAvailable", "updatedNumberScheduled");
  if ((spec.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") {
    return {
      done: true,
      message: "rollout status is only available for RollingUpdate strategy type",
      error: `daemon set "${name2}": rollout status is only available for RollingUpdate strategy type`,
      counts: c
    };
  }
  if ((ds.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return { done: false, message: "Waiting for daemon set spec update to be observed...", counts: c };
  }
  if ((s.updatedNumberScheduled ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name2}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`,
      counts: c
    };
  }
  if ((s.numberAvailable ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name2}" rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...`,
      counts: c
    };
  }
  return { done: true, message: `daemon set "${name2}" successfully rolled out`, counts: c };
}
function statefulSetStatus(sts) {
  const spec = sts.spec ?? {};
  const s = sts.status ?? {};
  const c = counts(spec.replicas ?? 1, s, "readyReplicas", "availableReplicas", "updatedReplicas");
  const strategy = spec.updateStrategy ?? { type: "RollingUpdate" };
  if ((strategy.type ?? "RollingUpdate") !== "RollingUpdate") {
    return {
      done: true,
      message: "rollout status is only available for RollingUpdate strategy type",
      error: `statefulset "${sts.metadata.name}": rollout status is only available for RollingUpdate strategy type`,
      counts: c
    };
  }
  if (!s.observedGeneration || (sts.metadata.generation ?? 0) > s.observedGeneration) {
    return { done: false, message: "Waiting for statefulset spec update to be observed...", counts: c };
  }
  if (spec.replicas !== void 0 && (s.readyReplicas ?? 0) < spec.replicas) {
    return {
      done: false,
      message: `Waiting for ${spec.replicas - (s.readyReplicas ?? 0)} pods to be ready...`,
      counts: c
    };
  }
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (spec.replicas !== void 0 && partition !== void 0 && (s.updatedReplicas ?? 0) < spec.replicas - partition) {
      return {
        done: false,
        message: `Waiting for partitioned roll out to finish: ${s.updatedReplicas ?? 0} out of ${spec.replicas - partition} new pods have been updated...`,
        counts: c
      };
    }
    return {
      done: true,
      message: `partitioned roll out complete: ${s.updatedReplicas ?? 0} new pods have been updated...`,
      counts: c
    };
  }
  if (s.updateRevision !== s.currentRevision) {
    return {
      done: false,
      message: `waiting for statefulset rolling update to complete ${s.updatedReplicas ?? 0} pods at revision ${s.updateRevision}...`,
      counts: c
    };
  }
  return {
    done: true,
    message: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision}...`,
    counts: c
  };
}
function rolloutStatus(workload, staleBefore) {
  if (workload.kind === "Deployment") return deploymentStatus(workload, staleBefore);
  if (workload.kind === "DaemonSet") return daemonSetStatus(workload);
  if (workload.kind === "StatefulSet") return statefulSetStatus(workload);
  return {
    done: true,
    message: `${workload.kind} has no rollout`,
    counts: { desired: 0, updated: 0, ready: 0, available: 0 }
  };
}

// src/core/deploy/rollout/verdict.ts
var NO_COUNTS = { desired: 0, updated: 0, ready: 0, available: 0 };
var RolloutVerdict = class {
  constructor(client, applied, options) {
    this.client = client;
    this.options = options;
    this.ref = refOf(applied);
    this.workload = applied;
    this.tracker = new FailureTracker(options.graceMs);
    this.result = new Promise((resolve) => {
      this.finish = resolve;
    });
  }
  client;
  options;
  result;
  ref;
  started = Date.now();
  abort = new AbortController();
  tracker;
  pods = /* @__PURE__ */ new Map();
  workload;
  lastMessage = "";
  running = false;
  again = false;
  finish;
  stop() {
    this.abort.abort();
  }
  done(state, message, counts2, failure) {
    this.abort.abort();
    this.finish({ ref: this.ref, state, message, counts: counts2, elapsedMs: Date.now() - this.started, failure });
  }
  /** Coalesces evaluations: one at a time, re-run once if something changed meanwhile. */
  schedule() {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void (async () => {
      do {
        this.again = false;
        await this.evaluate().catch((error) => this.options.log(`evaluation failed: ${error.message}`));
      } while (this.again && !this.abort.signal.aborted);
      this.running = false;
    })();
  }
  superseded(workload) {
    const expected = this.options.expected;
    return Boolean(
      expected && (workload.metadata.generation ?? 0) > expected.generation && !sameTemplate(workload.spec?.template, expected.template)
    );
  }
  async evaluate() {
    const { workload, ref } = this;
    if (this.abort.signal.aborted) return;
    if (this.options.cancel?.aborted)
      return this.done(
        "cancelled",
        "stopped waiting: another workload of this release failed",
        workload ? rolloutStatus(workload).counts : NO_COUNTS
      );
    if (!workload)
      return this.done("failed", `${describeRef(ref)} was deleted while waiting for its rollout`, NO_COUNTS);
    const status = rolloutStatus(workload, this.options.expected?.writtenAt);
    if (this.superseded(workload)) {
      return this.done(
        "superseded",
        `${describeRef(ref)} was changed by a concurrent deploy (generation ${workload.metadata.generation}, images ${JSON.stringify(imagesOf(workload))}) while this deploy waited; not rolling it back`,
        status.counts
      );
    }
    if (status.message !== this.lastMessage) {
      this.lastMessage = status.message;
      const c = status.counts;
      this.options.log(
        `${describeRef(ref)}: ${status.message} [updated ${c.updated}, ready ${c.ready}, available ${c.available} of ${c.desired}]`
      );
    }
    if (status.error)
      return this.done(
        "failed",
        status.error,
        status.counts,
        await failureDetail(this.client, workload, "ProgressDeadlineExceeded", [], [])
      );
    if (status.done) return this.done("ready", status.message, status.counts);
    if (await this.failFast(workload, status)) return;
    if (Date.now() - this.started >= this.options.timeoutMs)
      this.done(
        "timeout",
        `timed out after ${Math.round(this.options.timeoutMs / 1e3)}s: ${status.message}`,
        status.counts
      );
  }
  /** Pods of the current revision stuck past the grace period end the wait. */
  async failFast(workload, status) {
    const expired = this.tracker.update([...this.pods.values()], Date.now());
    if (!expired.length) return false;
    const current = await currentRevision(this.client, workload).catch(() => void 0);
    const failing = current ? expired.filter((p) => this.pods.has(p.pod) && podInRevision(this.pods.get(p.pod), current.podHashes)) : [];
    if (!failing.length || this.abort.signal.aborted) return false;
    const first = failing[0];
    const detail = await failureDetail(this.client, workload, first.reason, failing, [...this.pods.values()]);
    this.done(
      "failed",
      `pod ${first.pod} container ${first.container} is in ${first.reason}${first.message ? `: ${first.message}` : ""} (image ${first.image}, restarts ${first.restartCount})`,
      status.counts,
      detail
    );
    return true;
  }
};

// src/core/deploy/rollout/wait.ts
function startWatches(verdict, selector) {
  const { ref } = verdict;
  const onResume = (what) => (reason) => verdict.options.log(`${describeRef(ref)}: ${what} ${reason}`);
  const failed = (error) => {
    if (!verdict.abort.signal.aborted)
      verdict.done("failed", `watching ${describeRef(ref)} failed: ${error.message}`, NO_COUNTS);
  };
  observe(
    verdict.client,
    {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      namespace: ref.namespace,
      options: { fieldSelector: `metadata.name=${ref.name}` }
    },
    {
      onSnapshot: (items) => {
        verdict.workload = items[0];
        verdict.schedule();
      },
      onEvent: (type, object) => {
        verdict.workload = type === "DELETED" ? void 0 : object;
        verdict.schedule();
      },
      onResume: onResume("workload watch:")
    },
    verdict.abort.signal
  ).catch(failed);
  observe(
    verdict.client,
    { apiVersion: "v1", kind: "Pod", namespace: ref.namespace, options: { labelSelector: selector } },
    {
      onSnapshot: (items) => {
        verdict.pods.clear();
        items.forEach((p) => verdict.pods.set(p.metadata.name ?? "", p));
        verdict.schedule();
      },
      onEvent: (type, pod) => {
        if (type === "DELETED") verdict.pods.delete(pod.metadata.name ?? "");
        else verdict.pods.set(pod.metadata.name ?? "", pod);
        verdict.schedule();
      },
      onResume: onResume("pod watch:")
    },
    verdict.abort.signal
  ).catch(failed);
}
async function waitForRollout(client, applied, options) {
  const watch = new RolloutVerdict(client, applied, options);
  startWatches(watch, selectorString(applied.spec?.selector));
  const timer = setInterval(() => watch.schedule(), options.tickMs ?? 500);
  options.cancel?.addEventListener("abort", () => watch.schedule(), { once: true });
  try {
    return await watch.result;
  } finally {
    clearInterval(timer);
    watch.stop();
  }
}

// src/core/deploy/snapshot/backup.ts
var BACKUP = {
  label: "deploy-kit.dev/backup-of",
  release: "deploy-kit.dev/backup-release",
  original: "deploy-kit.dev/backup-of",
  metadata: "deploy-kit.dev/backup-metadata",
  type: "deploy-kit.dev/backup-type",
  secretType: "deploy-kit.dev/backup"
};
var BACKUP_RETENTION = 5;
var backupName = (name2, releaseId) => `${name2.slice(0, 240)}-dkb-${releaseId}`;
var newReleaseId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, "0")}`;
function backupOf(live, releaseId) {
  const { labels, annotations } = live.metadata;
  const kept = live;
  return {
    apiVersion: live.apiVersion,
    kind: live.kind,
    metadata: {
      name: backupName(live.metadata.name ?? "", releaseId),
      namespace: live.metadata.namespace,
      labels: {
        [BACKUP.label]: labelValue(live.metadata.name ?? ""),
        [BACKUP.release]: releaseId,
        "app.kubernetes.io/managed-by": "deploy-kit"
      },
      annotations: {
        [BACKUP.original]: live.metadata.name ?? "",
        [BACKUP.metadata]: JSON.stringify({ labels, annotations, immutable: kept.immutable }),
        ...kept.type ? { [BACKUP.type]: kept.type } : {}
      },
      ownerReferences: [
        { apiVersion: live.apiVersion, kind: live.kind, name: live.metadata.name ?? "", uid: live.metadata.uid ?? "" }
      ]
    },
    ...kept.data ? { data: kept.data } : {},
    ...kept.binaryData ? { binaryData: kept.binaryData } : {},
    ...live.kind === "Secret" ? { type: BACKUP.secretType } : {}
  };
}
function contentFromBackup(backup) {
  const meta = JSON.parse(backup.metadata.annotations?.[BACKUP.metadata] ?? "{}");
  const held = backup;
  return {
    data: held.data,
    binaryData: held.binaryData,
    labels: meta.labels,
    annotations: meta.annotations,
    type: backup.metadata.annotations?.[BACKUP.type]
  };
}
async function pruneBackups(client, original, keep = BACKUP_RETENTION) {
  const { items } = await client.list(original.apiVersion, original.kind, original.namespace, {
    labelSelector: `${BACKUP.label}=${labelValue(original.name)}`
  });
  const mine = items.filter((b) => b.metadata.annotations?.[BACKUP.original] === original.name).sort(
    (a, b) => (b.metadata.creationTimestamp ?? "").localeCompare(a.metadata.creationTimestamp ?? "") || (b.metadata.name ?? "").localeCompare(a.metadata.name ?? "")
  );
  const old = mine.slice(keep);
  for (const b of old) await client.delete({ ...original, name: b.metadata.name ?? "" });
  return old.map((b) => describeRef({ ...original, name: b.metadata.name ?? "" }));
}

// src/core/deploy/rollback/config.ts
async function fromBackup(client, config) {
  const backup = await client.get({ ...config, name: config.backup ?? "" });
  if (!backup) return void 0;
  const content = contentFromBackup(backup);
  const object = {
    apiVersion: config.apiVersion,
    kind: config.kind,
    metadata: {
      name: config.name,
      namespace: config.namespace,
      labels: content.labels,
      annotations: content.annotations
    }
  };
  if (content.data) object.data = content.data;
  if (content.binaryData) object.binaryData = content.binaryData;
  if (content.type) object.type = content.type;
  return object;
}
async function putBack(client, prior, fieldManager) {
  const live = await client.get(refOf(prior));
  if (!live) {
    await client.apply(prior, { fieldManager, force: true });
    return "recreated";
  }
  if (sameContent(live, prior) && sameMetadata(live, prior)) return "unchanged";
  const ops = [];
  for (const field of ["data", "binaryData", "spec"]) {
    if (prior[field] !== void 0) ops.push({ op: "add", path: `/${field}`, value: prior[field] });
    else if (live[field] !== void 0) ops.push({ op: "remove", path: `/${field}` });
  }
  ops.push(
    { op: "add", path: "/metadata/labels", value: prior.metadata.labels ?? {} },
    { op: "add", path: "/metadata/annotations", value: prior.metadata.annotations ?? {} }
  );
  await client.patch(refOf(prior), ops, "json", fieldManager);
  return "restored";
}
var sameMetadata = (a, b) => JSON.stringify(sorted(a.metadata.labels)) === JSON.stringify(sorted(b.metadata.labels)) && JSON.stringify(sorted(a.metadata.annotations)) === JSON.stringify(sorted(b.metadata.annotations));
var sorted = (map) => Object.entries(map ?? {}).sort(([x], [y]) => x.localeCompare(y));
async function restoreOne(client, config, fieldManager) {
  const ref = {
    apiVersion: config.apiVersion,
    kind: config.kind,
    name: config.name,
    namespace: config.namespace
  };
  const fail = (message) => ({ ref, ok: false, changed: false, message });
  try {
    const prior = config.backup ? await fromBackup(client, config) : config.object;
    if (!prior) return fail(`${describeRef(ref)}: backup ${config.backup} is gone; cannot restore`);
    const how = await putBack(client, prior, fieldManager);
    const from = config.backup ? ` from backup ${config.backup}` : "";
    const message = how === "unchanged" ? `${describeRef(ref)} already has its content from before the deploy; nothing to do` : `${describeRef(ref)} ${how} to its content before the deploy${from}`;
    return { ref, ok: true, changed: how !== "unchanged", message };
  } catch (error) {
    return fail(`${describeRef(ref)}: restore failed: ${error.message}`);
  }
}
async function restoreConfigs(client, record, fieldManager) {
  const changed = (record.configs ?? []).filter((c) => c.existedBefore && (c.backup || c.object));
  return mapLimit(changed, API_CONCURRENCY, (config) => restoreOne(client, config, fieldManager));
}

// src/core/deploy/rollback/readers.ts
var SKEW_MS = 5e3;
var list = (value) => Array.isArray(value) ? value : [];
var obj = (value) => value && typeof value === "object" ? value : {};
var name = (value) => obj(value).name;
function configsReadBy(template) {
  const spec = obj(obj(template).spec);
  const found = /* @__PURE__ */ new Set();
  const add = (kind, n) => typeof n === "string" && n && found.add(`${kind}/${n}`);
  for (const volume of list(spec.volumes)) {
    add("ConfigMap", name(volume.configMap));
    add("Secret", obj(volume.secret).secretName);
    for (const source of list(obj(volume.projected).sources)) {
      add("ConfigMap", name(source.configMap));
      add("Secret", name(source.secret));
    }
  }
  for (const container of [...list(spec.containers), ...list(spec.initContainers)]) {
    for (const from of list(container.envFrom)) {
      add("ConfigMap", name(from.configMapRef));
      add("Secret", name(from.secretRef));
    }
    for (const env of list(container.env)) {
      add("ConfigMap", name(obj(env.valueFrom).configMapKeyRef));
      add("Secret", name(obj(env.valueFrom).secretKeyRef));
    }
  }
  return found;
}
var reads = (workload, config) => Boolean(workload.before && configsReadBy(workload.before.template).has(`${config.kind}/${config.name}`));
async function restartReaders(client, workload, since) {
  const from = new Date(Date.parse(since) - SKEW_MS).toISOString().slice(0, 19) + "Z";
  const selector = selectorString(obj(workload.spec).selector);
  const { items } = await client.list("v1", "Pod", workload.metadata.namespace, { labelSelector: selector });
  const started = items.filter(
    (pod) => (pod.metadata.creationTimestamp ?? "") >= from && !pod.metadata.deletionTimestamp
  );
  return deletePods(client, started);
}
async function deletePods(client, pods) {
  for (const pod of pods)
    await client.delete({
      apiVersion: "v1",
      kind: "Pod",
      name: pod.metadata.name ?? "",
      namespace: pod.metadata.namespace
    });
  return pods.map((pod) => pod.metadata.name ?? "");
}

// src/core/deploy/rollback/config-items.ts
async function restoreConfigItems(client, record, options) {
  const restored = await restoreConfigs(client, record, options.fieldManager);
  const items = restored.map((r) => ({
    ref: r.ref,
    key: workloadKey(r.ref),
    action: !r.ok ? "failed" : r.changed ? "restored" : "unchanged",
    message: r.message
  }));
  for (const r of restored) options.log(r.message);
  const back = restored.filter((r) => r.changed).map((r) => r.ref);
  for (const w of record.workloads.filter((w2) => back.some((ref) => reads(w2, ref)))) {
    const live = await client.get(w);
    if (!live) continue;
    const pods = await restartReaders(client, live, record.createdAt);
    if (pods.length)
      options.log(`${describeRef(w)}: restarted pod(s) ${pods.join(", ")} so they read the restored configuration`);
  }
  return items;
}
async function recreateWorkload(client, w, options) {
  const key = workloadKey(w);
  const prior = w.before?.object;
  if (!prior)
    return {
      ref: w,
      key,
      action: "missing",
      message: `${describeRef(w)} no longer exists and the record has no copy of it; re-run the previous deploy to recreate it`
    };
  try {
    await client.apply(prior, { fieldManager: options.fieldManager, force: true });
    options.log(`${describeRef(w)}: recreated as it was before the deploy`);
    return { ref: w, key, action: "recreated", message: `${describeRef(w)} recreated as it was before the deploy` };
  } catch (error) {
    return {
      ref: w,
      key,
      action: "failed",
      message: `${describeRef(w)}: recreate failed: ${error.message}`
    };
  }
}
function keepsNeededConfig(record, resource) {
  const ref = resource;
  const reader = record.workloads.find((w) => w.existedBefore && reads(w, ref));
  if (!reader) return void 0;
  return {
    ref,
    key: workloadKey(ref),
    action: "kept",
    message: `${describeRef(ref)} was created by the deploy but ${describeRef(reader)} reads it after the rollback; kept`
  };
}

// src/core/deploy/rollback/restore.ts
var SKIP_ANNOTATIONS = /* @__PURE__ */ new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  "deployment.kubernetes.io/revision",
  "deployment.kubernetes.io/revision-history",
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to"
]);
async function targetFromState(client, live, state) {
  const holders = live.kind === "Deployment" ? await replicaSetsOf(client, live) : await controllerRevisionsOf(client, live);
  const holder = holders.find((h) => h.metadata.name === state.holder) ?? holders.find((h) => sameTemplate(templateOfHolder(h), state.template));
  return { template: holder ? templateOfHolder(holder) : state.template, revision: state.revision, holder };
}
async function targetFromRevision(client, live, toRevision) {
  const holders = live.kind === "Deployment" ? await replicaSetsOf(client, live) : await controllerRevisionsOf(client, live);
  const numberOf = (h) => live.kind === "Deployment" ? revisionOf(h) : Number(h.revision ?? 0);
  const revisions = [...new Set(holders.map(numberOf))].sort((a, b) => b - a);
  const wanted = toRevision === 0 ? revisions[1] : toRevision;
  if (wanted === void 0)
    throw new Error(
      `no previous revision found for ${live.kind.toLowerCase()}/${live.metadata.name} (revisions: ${revisions.join(", ") || "none"})`
    );
  const holder = holders.find((h) => numberOf(h) === wanted);
  if (!holder)
    throw new Error(
      `unable to find revision ${wanted} of ${live.kind.toLowerCase()}/${live.metadata.name} in its history (revisions: ${revisions.join(", ")})`
    );
  return { template: templateOfHolder(holder), revision: wanted, holder };
}
function templateOfHolder(holder) {
  if (holder.kind === "ControllerRevision") return normalizeTemplate(holder.data?.spec?.template);
  return normalizeTemplate(holder.spec?.template);
}
function undoAnnotations(deployment, rs) {
  const current = deployment.metadata.annotations ?? {};
  if (!rs) return { ...current };
  const annotations = {};
  for (const key of SKIP_ANNOTATIONS) if (current[key] !== void 0) annotations[key] = current[key];
  for (const [key, value] of Object.entries(rs.metadata.annotations ?? {}))
    if (!SKIP_ANNOTATIONS.has(key)) annotations[key] = value;
  return annotations;
}
async function restoreTemplate(client, live, target, extraAnnotations, fieldManager) {
  const spec = live.spec ?? {};
  if (sameTemplate(spec.template, target.template)) return void 0;
  const ref = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    name: live.metadata.name ?? "",
    namespace: live.metadata.namespace
  };
  if (live.kind === "Deployment") {
    if (spec.paused)
      throw new Error(`deployment/${ref.name} is paused; resume it (kubectl rollout resume) before rolling back`);
    const template = normalizeTemplate(target.template);
    if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH];
    const annotations = { ...undoAnnotations(live, target.holder), ...extraAnnotations };
    return client.patch(
      ref,
      [
        { op: "replace", path: "/spec/template", value: template },
        { op: "replace", path: "/metadata/annotations", value: annotations }
      ],
      "json",
      fieldManager
    );
  }
  const data = target.holder ? target.holder.data : { spec: { template: { ...target.template, $patch: "replace" } } };
  await client.patch(ref, data, "strategic", fieldManager);
  return client.patch(ref, { metadata: { annotations: extraAnnotations } }, "merge", fieldManager);
}
async function replaceBrokenPods(client, statefulSet) {
  const selector = selectorString(statefulSet.spec?.selector);
  const { items } = await client.list("v1", "Pod", statefulSet.metadata.namespace, { labelSelector: selector });
  const broken = items.filter((pod) => isOwnedBy(pod, statefulSet) && podProblems(pod).length > 0);
  return deletePods(client, broken);
}

// src/core/deploy/rollback/rollback.ts
async function revisionNow(client, live) {
  if (live.kind === "Deployment") return revisionOf(live);
  return (await currentRevision(client, live).catch(() => void 0))?.revision ?? 0;
}
async function restoreOne2(client, live, target, options) {
  const ref = {
    apiVersion: live.apiVersion,
    kind: live.kind,
    name: live.metadata.name ?? "",
    namespace: live.metadata.namespace
  };
  const fromRevision = await revisionNow(client, live) || void 0;
  const base = {
    ref,
    key: workloadKey(ref),
    fromRevision,
    fromImages: imagesOf(live),
    images: imagesOf({ ...live, spec: { template: target.template } })
  };
  const from = live.metadata.annotations?.[ANNOTATION.version] ?? `revision ${fromRevision ?? "?"}`;
  const extra = { [ANNOTATION.rollbackReason]: options.reason, [ANNOTATION.rolledBackFrom]: from };
  try {
    const patched = await restoreTemplate(client, live, target, extra, options.fieldManager);
    if (!patched)
      return {
        item: {
          ...base,
          action: "unchanged",
          toRevision: base.fromRevision,
          message: `${describeRef(ref)} already runs the target template (revision ${target.revision}); nothing to do`
        },
        // Restored by an interrupted deploy: its rollout may still be under way, so it is waited for too.
        patched: live
      };
    options.log(
      `${describeRef(ref)}: restoring the template of revision ${target.revision} (images ${JSON.stringify(base.images)})`
    );
    if (live.kind === "StatefulSet") {
      const replaced = await replaceBrokenPods(client, live);
      if (replaced.length)
        options.log(
          `${describeRef(ref)}: deleted broken pod(s) ${replaced.join(", ")} so the StatefulSet recreates them from the restored template`
        );
    }
    return {
      item: {
        ...base,
        action: "rolled-back",
        toRevision: target.revision,
        message: `rolled back to the template of revision ${target.revision}`
      },
      patched
    };
  } catch (error) {
    return {
      item: { ...base, action: "failed", message: `${describeRef(ref)}: rollback failed: ${error.message}` }
    };
  }
}
async function waitAll(client, pending, options) {
  await Promise.all(
    pending.filter((p) => p.patched).map(async ({ item, patched }) => {
      if (!options.wait) return;
      item.outcome = await waitForRollout(client, patched, {
        timeoutMs: options.timeoutMs,
        graceMs: options.graceMs,
        log: options.log,
        cancel: options.signal,
        expected: {
          generation: patched.metadata.generation ?? 0,
          template: patched.spec?.template,
          writtenAt: lastWriteTime(patched, options.fieldManager)
        }
      });
      const live = await client.get(item.ref);
      if (live)
        item.toRevision = (await currentRevision(client, live).catch(() => void 0))?.revision ?? item.toRevision;
      if (item.outcome.state !== "ready") {
        item.action = "failed";
        item.message = options.signal?.aborted ? `interrupted by ${String(options.signal.reason)} while waiting for ${describeRef(item.ref)}: the restore is written, its rollout continues in the cluster` : `the rollback rollout of ${describeRef(item.ref)} did not finish: ${item.outcome.message}`;
      }
    })
  );
}
async function handleNew(client, ref, options) {
  const key = workloadKey(ref);
  if (!options.pruneNew)
    return {
      ref,
      key,
      action: "new",
      message: `${describeRef(ref)} did not exist before the deploy; kept (set prune-new to delete it)`
    };
  const deleted = await client.delete(ref);
  return {
    ref,
    key,
    action: "pruned",
    message: `${describeRef(ref)} did not exist before the deploy; ${deleted ? "deleted" : "already gone"}`
  };
}
async function rollbackRecord(client, record, options) {
  const items = await restoreConfigItems(client, record, options);
  const pending = [];
  for (const w of record.workloads) {
    const live = await client.get(w);
    if (!w.existedBefore || !w.before) continue;
    if (!live) {
      items.push(await recreateWorkload(client, w, options));
      continue;
    }
    const one = await restoreOne2(client, live, await targetFromState(client, live, w.before), options);
    items.push(one.item);
    pending.push(one);
  }
  await waitAll(client, pending, options);
  for (const resource of [...record.resources].reverse()) {
    if (resource.existedBefore) continue;
    items.push(keepsNeededConfig(record, resource) ?? await handleNew(client, resource, options));
  }
  return summarize(items);
}
async function rollbackWorkloads(client, refs, toRevision, options) {
  const items = [];
  const pending = [];
  for (const ref of refs) {
    const live = await client.get(ref);
    if (!live) {
      items.push({ ref, key: workloadKey(ref), action: "missing", message: `${describeRef(ref)} does not exist` });
      continue;
    }
    try {
      const one = await restoreOne2(client, live, await targetFromRevision(client, live, toRevision), options);
      items.push(one.item);
      pending.push(one);
    } catch (error) {
      items.push({ ref, key: workloadKey(ref), action: "failed", message: error.message });
    }
  }
  await waitAll(client, pending, options);
  return summarize(items);
}
function summarize(items) {
  return {
    items,
    rolledBack: items.some((i) => i.action === "rolled-back" || i.action === "restored" || i.action === "recreated"),
    ok: !items.some((i) => i.action === "failed" || i.action === "missing")
  };
}

// src/runtime/signals.ts
var RUNNER_SIGINT_TO_SIGTERM_MS = 7500;
var SIGNALS = ["SIGINT", "SIGTERM"];
var DEFAULT_DEADLINE_MS = RUNNER_SIGINT_TO_SIGTERM_MS - 1e3;
async function withInterrupts(runtime, work, options = {}) {
  if (runtime.kind === "memory") return work(void 0);
  const controller = new AbortController();
  const onSignal = (name2) => {
    if (controller.signal.aborted) {
      runtime.warning(`${name2} received again; still writing the restore of what ran before`);
      return;
    }
    runtime.warning(`${name2} received (the run was cancelled or timed out): stopping and restoring what ran before`);
    controller.abort(name2);
    const deadline = setTimeout(() => {
      runtime.error(`the restore did not finish within ${options.deadlineMs ?? DEFAULT_DEADLINE_MS} ms of ${name2}`);
      (options.exit ?? ((code) => process.exit(code)))(1);
    }, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    deadline.unref();
  };
  const handlers = SIGNALS.map((name2) => [name2, () => onSignal(name2)]);
  for (const [name2, handler] of handlers) process.on(name2, handler);
  try {
    return await work(controller.signal);
  } finally {
    if (!controller.signal.aborted) for (const [name2, handler] of handlers) process.off(name2, handler);
  }
}

// src/actions/shared/rollback-table.ts
var imagesText = (images) => Object.entries(images ?? {}).map(([c, i]) => `${c}=${i}`).join("\n") || "-";
var rev = (n) => n ? String(n) : "-";
function rollbackTable(items) {
  return table(
    ["object", "action", "revision", "images", "details"],
    items.map((i) => [
      i.key,
      i.action,
      `${rev(i.fromRevision)} -> ${rev(i.toRevision)}`,
      imagesText(i.images),
      i.message
    ])
  );
}

export {
  waitForRollout,
  newReleaseId,
  backupOf,
  pruneBackups,
  rollbackRecord,
  rollbackWorkloads,
  withInterrupts,
  imagesText,
  rev,
  rollbackTable
};
