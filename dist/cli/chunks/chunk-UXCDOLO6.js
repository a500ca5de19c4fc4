#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  waitForRollout
} from "./chunk-ZWEBF2P6.js";
import {
  podProblems
} from "./chunk-4S7TIHUF.js";
import {
  API_CONCURRENCY,
  mapLimit,
  sameContent,
  workloadKey
} from "./chunk-BYC3HQUC.js";
import {
  POD_TEMPLATE_HASH,
  controllerRevisionsOf,
  currentRevision,
  isOwnedBy,
  lastWriteTime,
  normalizeTemplate,
  replicaSetsOf,
  revisionOf,
  sameTemplate,
  selectorString
} from "./chunk-RPGGMHGA.js";
import {
  ANNOTATION,
  labelValue
} from "./chunk-K3ASPIPJ.js";
import {
  imagesOf
} from "./chunk-WITNLNOW.js";
import {
  describeRef,
  refOf
} from "./chunk-CVQC67UJ.js";

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

export {
  newReleaseId,
  backupOf,
  pruneBackups,
  rollbackRecord,
  rollbackWorkloads
};
