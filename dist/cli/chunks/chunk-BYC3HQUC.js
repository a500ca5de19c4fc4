#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  currentRevision,
  normalizeTemplate
} from "./chunk-RPGGMHGA.js";
import {
  ANNOTATION,
  isWorkload
} from "./chunk-K3ASPIPJ.js";
import {
  imagesOf
} from "./chunk-WITNLNOW.js";
import {
  KubeApiError,
  refOf
} from "./chunk-CVQC67UJ.js";

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
  isConfigKind,
  backedUpInCluster,
  restorable,
  sameContent,
  captureRecord,
  workloadKey,
  recordProblem
};
