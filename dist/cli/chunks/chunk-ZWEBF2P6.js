#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  FailureTracker,
  describeContainers,
  readyCondition
} from "./chunk-4S7TIHUF.js";
import {
  currentRevision,
  podInRevision,
  sameTemplate,
  selectorString
} from "./chunk-RPGGMHGA.js";
import {
  imagesOf
} from "./chunk-WITNLNOW.js";
import {
  observe
} from "./chunk-PNFTDAMR.js";
import {
  describeRef,
  refOf
} from "./chunk-CVQC67UJ.js";

// src/core/deploy/rollout/status.ts
function counts(desired, s, ready, available, updated) {
  return { desired, updated: s[updated] ?? 0, ready: s[ready] ?? 0, available: s[available] ?? 0 };
}
function deploymentStatus(d, staleBefore) {
  const spec = d.spec ?? {};
  const s = d.status ?? {};
  const name = d.metadata.name;
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
      message: `deployment "${name}" exceeded its progress deadline`,
      error: `deployment "${name}" exceeded its progress deadline (ProgressDeadlineExceeded: ${progressing.message ?? ""})`,
      counts: c
    };
  }
  const updated = s.updatedReplicas ?? 0;
  if (spec.replicas !== void 0 && updated < spec.replicas) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${spec.replicas} new replicas have been updated...`,
      counts: c
    };
  }
  if ((s.replicas ?? 0) > updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...`,
      counts: c
    };
  }
  if ((s.availableReplicas ?? 0) < updated) {
    return {
      done: false,
      message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...`,
      counts: c
    };
  }
  return { done: true, message: `deployment "${name}" successfully rolled out`, counts: c };
}
function daemonSetStatus(ds) {
  const spec = ds.spec ?? {};
  const s = ds.status ?? {};
  const name = ds.metadata.name;
  const desired = s.desiredNumberScheduled ?? 0;
  const c = counts(desired, s, "numberReady", "numberAvailable", "updatedNumberScheduled");
  if ((spec.updateStrategy?.type ?? "RollingUpdate") !== "RollingUpdate") {
    return {
      done: true,
      message: "rollout status is only available for RollingUpdate strategy type",
      error: `daemon set "${name}": rollout status is only available for RollingUpdate strategy type`,
      counts: c
    };
  }
  if ((ds.metadata.generation ?? 0) > (s.observedGeneration ?? 0)) {
    return { done: false, message: "Waiting for daemon set spec update to be observed...", counts: c };
  }
  if ((s.updatedNumberScheduled ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`,
      counts: c
    };
  }
  if ((s.numberAvailable ?? 0) < desired) {
    return {
      done: false,
      message: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...`,
      counts: c
    };
  }
  return { done: true, message: `daemon set "${name}" successfully rolled out`, counts: c };
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

// src/core/deploy/rollout/first-ready.ts
var isReady = (pod) => readyCondition(pod)?.status === "True";
var readyPodNames = (pods) => new Set(pods.filter(isReady).map((p) => p.metadata.name ?? ""));
var firstNewPodReady = (pods, initial) => initial !== void 0 && [...pods.entries()].some(([name, pod]) => !initial.has(name) && isReady(pod));

// src/core/deploy/rollout/diagnosis.ts
async function recentEvents(client, namespace, names) {
  const lines = [];
  for (const name of names.slice(0, 3)) {
    const { items } = await client.list("v1", "Event", namespace, { fieldSelector: `involvedObject.name=${name}` }).catch(() => ({ items: [] }));
    for (const e of items.slice(-5))
      lines.push(
        `${e.lastTimestamp ?? e.eventTime ?? ""} ${e.type} ${e.reason} ${e.involvedObject?.kind}/${name}: ${e.message ?? ""}`.trim()
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
  /** Pods already Ready at the first snapshot; the first other Ready pod is this rollout's first. */
  initialPods;
  firstReadyAt;
  stop() {
    this.abort.abort();
  }
  done(state, message, counts2, failure) {
    this.abort.abort();
    const times = { startedAt: this.started, firstReadyAt: this.firstReadyAt };
    this.finish({ ref: this.ref, state, message, counts: counts2, elapsedMs: Date.now() - this.started, failure, ...times });
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
    this.firstReadyAt ??= firstNewPodReady(this.pods, this.initialPods) ? Date.now() : void 0;
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
        verdict.initialPods ??= readyPodNames(items);
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

export {
  rolloutStatus,
  waitForRollout
};
