#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

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
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().map((k) => [k, canonical(value[k])])
    );
  }
  return value;
}
var sameTemplate = (a, b) => JSON.stringify(canonical(normalizeTemplate(a))) === JSON.stringify(canonical(normalizeTemplate(b)));

export {
  POD_TEMPLATE_HASH,
  selectorString,
  isOwnedBy,
  revisionOf,
  replicaSetsOf,
  controllerRevisionsOf,
  currentRevision,
  podInRevision,
  lastWriteTime,
  normalizeTemplate,
  sameTemplate
};
