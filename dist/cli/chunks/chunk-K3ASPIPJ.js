#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/core/manifests/types.ts
function formatProblem(problem) {
  const where = problem.source ? `${problem.source.file} document ${problem.source.document} (line ${problem.source.line})` : "manifests";
  return `${where}${problem.field ? `, field ${problem.field}` : ""}: ${problem.message}`;
}
var ManifestError = class extends Error {
  problems;
  constructor(problems) {
    super(
      problems.length === 1 ? `invalid manifest, nothing was applied: ${formatProblem(problems[0])}` : `${problems.length} manifest problems, nothing was applied:
  - ${problems.map(formatProblem).join("\n  - ")}`
    );
    this.name = "ManifestError";
    this.problems = problems;
  }
};
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet"];
function isWorkload(object) {
  return object.apiVersion === "apps/v1" && WORKLOAD_KINDS.includes(object.kind);
}

// src/core/manifests/metadata.ts
var ANNOTATION = {
  version: "deploy-kit.dev/version",
  commit: "deploy-kit.dev/commit",
  runUrl: "deploy-kit.dev/run-url",
  changeCause: "kubernetes.io/change-cause",
  rollbackReason: "deploy-kit.dev/rollback-reason",
  rolledBackFrom: "deploy-kit.dev/rolled-back-from"
};
function labelValue(value) {
  return value.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
}
function releaseMetadata(info) {
  const annotations = {};
  const labels = { "app.kubernetes.io/managed-by": "deploy-kit" };
  if (info.version) {
    annotations[ANNOTATION.version] = info.version;
    const value = labelValue(info.version);
    if (value) labels["app.kubernetes.io/version"] = value;
  }
  if (info.commit) annotations[ANNOTATION.commit] = info.commit;
  if (info.runUrl) annotations[ANNOTATION.runUrl] = info.runUrl;
  const cause = info.changeCause ?? [info.version && `deploy-kit ${info.version}`, info.commit && `commit ${info.commit.slice(0, 12)}`, info.runUrl].filter(Boolean).join(", ");
  if (cause) annotations[ANNOTATION.changeCause] = cause;
  return { labels, annotations };
}
function addMetadata(manifests, labels, annotations) {
  for (const { object } of manifests) {
    object.metadata.labels = { ...object.metadata.labels ?? {}, ...labels };
    object.metadata.annotations = { ...object.metadata.annotations ?? {}, ...annotations };
  }
}

export {
  ManifestError,
  isWorkload,
  ANNOTATION,
  labelValue,
  releaseMetadata,
  addMetadata
};
