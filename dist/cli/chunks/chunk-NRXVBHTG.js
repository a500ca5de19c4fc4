#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  ANNOTATION,
  KubeApiError,
  imagesOf,
  isWorkload,
  refOf
} from "./chunk-YMATUWOF.js";

// src/core/manifests/concurrency.ts
async function mapLimit(items, limit, fn, signal) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length && !failure && !signal?.aborted) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  if (signal?.aborted) throw signal.reason;
  return results;
}
var API_CONCURRENCY = 12;

// src/core/manifests/live.ts
var LIST_THRESHOLD = 5;
var groupKey = (o) => `${o.apiVersion}
${o.kind}
${o.metadata.namespace ?? ""}`;
async function listByName(client, sample) {
  try {
    const { items } = await client.list(sample.apiVersion, sample.kind, sample.metadata.namespace);
    return new Map(items.map((item) => [item.metadata.name ?? "", item]));
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 403) return void 0;
    throw error;
  }
}
async function readLive(client, manifests, signal) {
  const groups = /* @__PURE__ */ new Map();
  for (const { object } of manifests) groups.set(groupKey(object), [...groups.get(groupKey(object)) ?? [], object]);
  const listed = /* @__PURE__ */ new Map();
  const big = [...groups.values()].filter(
    (objects) => objects.length >= LIST_THRESHOLD && objects[0].metadata.namespace
  );
  await mapLimit(
    big,
    API_CONCURRENCY,
    async (objects) => {
      const byName = await listByName(client, objects[0]);
      if (byName) listed.set(groupKey(objects[0]), byName);
    },
    signal
  );
  return mapLimit(
    manifests,
    API_CONCURRENCY,
    async ({ object }) => {
      const byName = listed.get(groupKey(object));
      return byName ? byName.get(object.metadata.name ?? "") : client.get(refOf(object));
    },
    signal
  );
}

// src/core/deploy/rollout/revisions.ts
var REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
var POD_TEMPLATE_HASH = "pod-template-hash";
var CONTROLLER_REVISION_HASH = "controller-revision-hash";
function selectorString(selector) {
  const parts = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push(`${key}=${value}`);
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === "In") parts.push(`${e.key} in (${e.values.join(",")})`);
    else if (e.operator === "NotIn") parts.push(`${e.key} notin (${e.values.join(",")})`);
    else if (e.operator === "Exists") parts.push(e.key);
    else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
  }
  return parts.join(",");
}
var isOwnedBy = (object, owner) => (object.metadata.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata.uid && ref.controller !== false);
var revisionOf = (object) => Number(object.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
async function replicaSetsOf(client, deployment) {
  const selector = selectorString(deployment.spec?.selector);
  const { items } = await client.list("apps/v1", "ReplicaSet", deployment.metadata.namespace, {
    labelSelector: selector
  });
  return items.filter((rs) => isOwnedBy(rs, deployment)).sort((a, b) => revisionOf(b) - revisionOf(a));
}
async function controllerRevisionsOf(client, workload) {
  const selector = selectorString(workload.spec?.selector);
  const { items } = await client.list("apps/v1", "ControllerRevision", workload.metadata.namespace, {
    labelSelector: selector
  });
  return items.filter((cr) => isOwnedBy(cr, workload)).sort((a, b) => Number(b.revision) - Number(a.revision));
}
async function currentRevision(client, workload) {
  if (workload.kind === "Deployment") {
    const wanted = revisionOf(workload);
    const rs = (await replicaSetsOf(client, workload)).find((r) => revisionOf(r) === wanted);
    if (!rs) return void 0;
    const hash = rs.metadata.labels?.[POD_TEMPLATE_HASH];
    return { revision: wanted, podHashes: hash ? [hash] : [], holder: rs };
  }
  const revisions = await controllerRevisionsOf(client, workload);
  const status = workload.status ?? {};
  const cr = workload.kind === "StatefulSet" && status.updateRevision ? revisions.find((r) => r.metadata.name === status.updateRevision) ?? revisions[0] : revisions[0];
  if (!cr) return void 0;
  const hashes = [cr.metadata.name ?? "", cr.metadata.labels?.[CONTROLLER_REVISION_HASH] ?? ""].filter(Boolean);
  return { revision: Number(cr.revision ?? 0), podHashes: hashes, holder: cr };
}
function podInRevision(pod, hashes) {
  const labels = pod.metadata.labels ?? {};
  return hashes.includes(labels[POD_TEMPLATE_HASH] ?? "") || hashes.includes(labels[CONTROLLER_REVISION_HASH] ?? "");
}
function lastWriteTime(object, manager) {
  const entries = (object.metadata.managedFields ?? []).filter(
    (e) => e.manager === manager && e.time
  );
  return entries.map((e) => e.time).sort().at(-1);
}

// src/core/deploy/snapshot/kinds.ts
var CONFIG_KINDS = [
  "ConfigMap",
  "Secret",
  "Service",
  "HorizontalPodAutoscaler",
  "PodDisruptionBudget",
  "Ingress"
];
var isConfigKind = (object) => CONFIG_KINDS.includes(object.kind);
var backedUpInCluster = (object) => object.kind === "ConfigMap" || object.kind === "Secret";
function contentOf(object) {
  const { data, binaryData, type, immutable, spec } = object;
  return { data: data ?? {}, binaryData: binaryData ?? {}, type, immutable, spec };
}
var SERVER_METADATA = ["uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink"];
function restorable(object) {
  const metadata = { ...object.metadata };
  for (const key of SERVER_METADATA) delete metadata[key];
  const copy = { ...object, metadata };
  delete copy.status;
  return copy;
}
function sameContent(a, b) {
  return canonical(contentOf(a)) === canonical(contentOf(b));
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  );
}

// src/core/deploy/rollout/template.ts
function normalizeTemplate(template) {
  const copy = JSON.parse(JSON.stringify(template ?? {}));
  delete copy.$patch;
  if (copy.metadata?.labels) {
    delete copy.metadata.labels[POD_TEMPLATE_HASH];
    if (Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
  }
  if (copy.metadata?.creationTimestamp === null) delete copy.metadata.creationTimestamp;
  return copy;
}
function canonical2(value) {
  if (Array.isArray(value)) return value.map(canonical2);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().map((k) => [k, canonical2(value[k])])
    );
  }
  return value;
}
var sameTemplate = (a, b) => JSON.stringify(canonical2(normalizeTemplate(a))) === JSON.stringify(canonical2(normalizeTemplate(b)));

// src/core/deploy/rollback/record.ts
var RECORD_SCHEMA = "deploy-kit.dev/deploy-record/v1";
async function workloadState(client, live) {
  const current = await currentRevision(client, live);
  return {
    revision: current?.revision ?? 0,
    images: imagesOf(live),
    template: normalizeTemplate(live.spec?.template),
    templateHash: current?.podHashes.at(-1),
    holder: current?.holder?.metadata.name,
    generation: live.metadata.generation ?? 0,
    version: live.metadata.annotations?.[ANNOTATION.version],
    object: restorable(live)
  };
}
async function captureRecord(client, manifests, meta, signal) {
  const record = {
    schema: RECORD_SCHEMA,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...meta,
    workloads: [],
    resources: []
  };
  const lives = await readLive(client, manifests, signal);
  const read = await mapLimit(
    manifests,
    API_CONCURRENCY,
    async ({ object }, index) => {
      const ref = refOf(object);
      const live = lives[index];
      const workload = isWorkload(object) ? { ...ref, existedBefore: Boolean(live), before: live ? await workloadState(client, live) : void 0 } : void 0;
      return { ref, live, workload };
    },
    signal
  );
  for (const { ref, live, workload } of read) {
    record.resources.push({ ...ref, existedBefore: Boolean(live) });
    if (workload) record.workloads.push(workload);
  }
  return { record, live: read.map((r) => r.live) };
}
var workloadKey = (ref) => `${ref.kind.toLowerCase()}/${ref.name}`;
function recordProblem(value) {
  const r = value;
  if (!r || typeof r !== "object") return "is not a JSON object";
  if (r.schema !== RECORD_SCHEMA)
    return `has schema '${String(r.schema)}', expected '${RECORD_SCHEMA}' (a record written by the deploy action)`;
  if (!Array.isArray(r.workloads) || !Array.isArray(r.resources)) return "lacks the workloads/resources lists";
  return void 0;
}

export {
  mapLimit,
  API_CONCURRENCY,
  POD_TEMPLATE_HASH,
  selectorString,
  isOwnedBy,
  revisionOf,
  replicaSetsOf,
  controllerRevisionsOf,
  currentRevision,
  podInRevision,
  lastWriteTime,
  isConfigKind,
  backedUpInCluster,
  restorable,
  sameContent,
  normalizeTemplate,
  sameTemplate,
  captureRecord,
  workloadKey,
  recordProblem
};
