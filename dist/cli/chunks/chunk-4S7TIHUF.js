#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/core/deploy/rollout/pods.ts
var FATAL_REASONS = [
  "ImagePullBackOff",
  "ErrImagePull",
  "CrashLoopBackOff",
  "CreateContainerConfigError",
  "InvalidImageName"
];
var readyCondition = (pod) => (pod.status?.conditions ?? []).find((c) => c.type === "Ready");
var oomKilled = (cs) => cs.state?.terminated?.reason === "OOMKilled" || cs.lastState?.terminated?.reason === "OOMKilled";
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

export {
  FATAL_REASONS,
  readyCondition,
  oomKilled,
  podProblems,
  describeContainers,
  FailureTracker
};
