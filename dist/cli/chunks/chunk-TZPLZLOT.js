#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/simulator/index.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm as rm2, writeFile } from "node:fs/promises";
import { createServer as createServer3 } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/simulator/api.ts
import { randomBytes } from "node:crypto";

// src/simulator/resources.ts
var core = (plural, kind, shortNames, namespaced = true, sub = []) => ({
  group: "",
  version: "v1",
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced,
  shortNames,
  subresources: sub
});
var apps = (plural, kind, shortNames, sub) => ({
  group: "apps",
  version: "v1",
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced: true,
  shortNames,
  subresources: sub,
  categories: plural === "controllerrevisions" ? void 0 : ["all"],
  generation: plural !== "controllerrevisions"
});
var RESOURCES = [
  core("namespaces", "Namespace", ["ns"], false, ["status"]),
  core("pods", "Pod", ["po"], true, ["status", "log"]),
  core("services", "Service", ["svc"], true, ["status"]),
  core("configmaps", "ConfigMap", ["cm"]),
  core("secrets", "Secret", []),
  core("serviceaccounts", "ServiceAccount", ["sa"]),
  core("events", "Event", ["ev"]),
  core("endpoints", "Endpoints", ["ep"]),
  core("nodes", "Node", ["no"], false, ["status"]),
  apps("deployments", "Deployment", ["deploy"], ["status", "scale"]),
  apps("replicasets", "ReplicaSet", ["rs"], ["status", "scale"]),
  apps("statefulsets", "StatefulSet", ["sts"], ["status", "scale"]),
  apps("daemonsets", "DaemonSet", ["ds"], ["status"]),
  apps("controllerrevisions", "ControllerRevision", [], [])
];
for (const r of RESOURCES) if (["pods", "services"].includes(r.plural)) r.categories = ["all"];
var apiVersionOf = (r) => r.group ? `${r.group}/${r.version}` : r.version;
var keyOf = (r) => `${r.group}/${r.plural}`;
var qualifiedName = (r) => r.group ? `${r.plural}.${r.group}` : r.plural;
function findResource(group2, version, plural) {
  return RESOURCES.find((r) => r.group === group2 && r.version === version && r.plural === plural);
}
function resourceByPlural(plural) {
  const found = RESOURCES.find((r) => r.plural === plural);
  if (!found) throw new Error(`unknown resource ${plural}`);
  return found;
}
var GROUPS = [{ name: "apps", version: "v1" }];

// src/simulator/api-error.ts
var ApiError = class extends Error {
  constructor(code, reason, message, details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
  code;
  reason;
  details;
  toStatus() {
    return {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      ...this.reason ? { reason: this.reason } : {},
      ...this.details ? { details: this.details } : {},
      code: this.code
    };
  }
};
var detail = (r, name2) => ({ name: name2, ...r.group ? { group: r.group } : {}, kind: r.plural });
var notFound = (r, name2) => new ApiError(404, "NotFound", `${qualifiedName(r)} "${name2}" not found`, detail(r, name2));
var alreadyExists = (r, name2) => new ApiError(409, "AlreadyExists", `${qualifiedName(r)} "${name2}" already exists`, detail(r, name2));
var conflict = (r, name2, why = "the object has been modified; please apply your changes to the latest version and try again") => new ApiError(
  409,
  "Conflict",
  `Operation cannot be fulfilled on ${qualifiedName(r)} "${name2}": ${why}`,
  detail(r, name2)
);
var badRequest = (message) => new ApiError(400, "BadRequest", message);
function invalid(r, name2, causes) {
  const kind = r.group ? `${r.kind}.${r.group}` : r.kind;
  const text = causes.map((c) => `${c.field}: ${c.message}`);
  const summary = text.length === 1 ? text[0] : `[${text.join(", ")}]`;
  return new ApiError(422, "Invalid", `${kind} "${name2}" is invalid: ${summary}`, {
    name: name2,
    ...r.group ? { group: r.group } : {},
    kind: r.kind,
    causes: causes.map((c) => ({ reason: c.reason ?? c.type, message: c.message, field: c.field }))
  });
}
function asApiError(err) {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(500, "InternalError", `Internal error occurred: ${message}`);
}

// src/simulator/types.ts
var metaOf = (o) => o.metadata;
function clone(value) {
  return value === void 0 ? value : JSON.parse(JSON.stringify(value));
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a;
  const bo = b;
  const ak = Object.keys(ao).filter((k) => ao[k] !== void 0);
  const bk = Object.keys(bo).filter((k) => bo[k] !== void 0);
  return ak.length === bk.length && ak.every((k) => deepEqual(ao[k], bo[k]));
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var nowTime = () => (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");

// src/simulator/patch.ts
var unprocessable = (message) => new ApiError(422, "Invalid", message);
function pointer(path) {
  if (path === "") return [];
  if (!path.startsWith("/")) throw unprocessable(`invalid JSON pointer "${path}"`);
  return path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parentOf(doc, segs, path) {
  let cur = doc;
  for (const seg of segs.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : void 0;
    if (cur === void 0) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  if (!isObject(cur) && !Array.isArray(cur)) throw unprocessable(`doc is missing path: "${path}": missing value`);
  return { parent: cur, key: segs[segs.length - 1] };
}
function getAt(doc, path) {
  let cur = doc;
  for (const seg of pointer(path)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : void 0;
    if (cur === void 0) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  return cur;
}
function arrayIndex(arr, key, forAdd, path) {
  if (forAdd && key === "-") return arr.length;
  const i = Number(key);
  if (!/^\d+$/.test(key) || i > arr.length || !forAdd && i >= arr.length)
    throw unprocessable(`Unable to access invalid index: ${key} (path "${path}")`);
  return i;
}
function addAt(doc, path, value) {
  const segs = pointer(path);
  if (!segs.length) return clone(value);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, path), 0, clone(value));
  else parent[key] = clone(value);
  return doc;
}
function removeAt(doc, path) {
  const segs = pointer(path);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, path), 1);
  else if (key in parent) delete parent[key];
  else throw unprocessable(`doc is missing path: "${path}": missing value`);
  return doc;
}
function applyJsonPatch(target, ops) {
  if (!Array.isArray(ops)) throw badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let doc = clone(target);
  for (const op of ops) {
    if (!isObject(op) || typeof op.op !== "string" || typeof op.path !== "string")
      throw badRequest('invalid JSON patch operation: missing "op" or "path"');
    switch (op.op) {
      case "add":
        doc = addAt(doc, op.path, op.value);
        break;
      case "remove":
        doc = removeAt(doc, op.path);
        break;
      case "replace":
        getAt(doc, op.path);
        doc = addAt(removeAt(doc, op.path), op.path, op.value);
        break;
      case "move": {
        const v = getAt(doc, op.from);
        doc = addAt(removeAt(doc, op.from), op.path, v);
        break;
      }
      case "copy":
        doc = addAt(doc, op.path, getAt(doc, op.from));
        break;
      case "test":
        if (!deepEqual(getAt(doc, op.path), op.value))
          throw unprocessable(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${op.op}`);
    }
  }
  if (!isObject(doc)) throw unprocessable("patched object is not a JSON object");
  return doc;
}
function applyMergePatch(target, patch2) {
  if (!isObject(patch2)) return clone(patch2);
  const out = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch2)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}
function mergeKeyFor(field, items) {
  switch (field) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "containerStatuses":
    case "initContainerStatuses":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "conditions":
      return "type";
    case "ownerReferences":
      return "uid";
    case "hostAliases":
      return "ip";
    case "topologySpreadConstraints":
      return "topologyKey";
    case "ports":
      return items.some((i) => isObject(i) && "containerPort" in i) ? "containerPort" : "port";
    default:
      return void 0;
  }
}
var SET_LISTS = /* @__PURE__ */ new Set(["finalizers"]);
function mergeKeyedList(live, patch2, key, field) {
  const out = clone(live);
  for (const item of patch2) {
    if (!isObject(item)) continue;
    const idx = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === "delete") {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (item.$patch === "replace") {
      const rest = { ...item };
      delete rest.$patch;
      if (idx >= 0) out[idx] = rest;
      else out.push(rest);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMerge(out[idx], item);
    else out.push(strategicMerge({}, item));
  }
  void field;
  return out;
}
function applyDirectives(out, patch2) {
  for (const [k, v] of Object.entries(patch2)) {
    if (k.startsWith("$deleteFromPrimitiveList/")) {
      const f = k.slice("$deleteFromPrimitiveList/".length);
      if (Array.isArray(out[f])) out[f] = out[f].filter((x) => !v.some((d) => deepEqual(d, x)));
    }
  }
  for (const [k, v] of Object.entries(patch2)) {
    if (!k.startsWith("$setElementOrder/")) continue;
    const f = k.slice("$setElementOrder/".length);
    const list3 = out[f];
    if (!Array.isArray(list3) || !Array.isArray(v)) continue;
    const key = mergeKeyFor(f, list3);
    const pos = (x) => v.findIndex((o) => key && isObject(o) && isObject(x) ? o[key] === x[key] : deepEqual(o, x));
    out[f] = [...list3].sort((a, b) => {
      const pa = pos(a);
      const pb = pos(b);
      return (pa < 0 ? Infinity : pa) - (pb < 0 ? Infinity : pb);
    });
  }
}
function strategicMerge(live, patch2) {
  if (!isObject(patch2)) return clone(patch2);
  if (patch2.$patch === "replace") {
    const rest = { ...patch2 };
    delete rest.$patch;
    return clone(rest);
  }
  if (patch2.$patch === "delete") return void 0;
  let out = isObject(live) ? clone(live) : {};
  if (Array.isArray(patch2.$retainKeys)) {
    const keep = new Set(patch2.$retainKeys);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [k, v] of Object.entries(patch2)) {
    if (k.startsWith("$")) continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      const key = mergeKeyFor(k, [...v, ...Array.isArray(out[k]) ? out[k] : []]);
      if (key && Array.isArray(out[k])) out[k] = mergeKeyedList(out[k], v, key, k);
      else if (key) out[k] = mergeKeyedList([], v, key, k);
      else if (SET_LISTS.has(k) && Array.isArray(out[k])) out[k] = [.../* @__PURE__ */ new Set([...out[k], ...v])];
      else out[k] = clone(v);
      continue;
    }
    const merged = strategicMerge(out[k], v);
    if (merged === void 0) delete out[k];
    else out[k] = merged;
  }
  applyDirectives(out, patch2);
  return out;
}

// src/simulator/fieldset.ts
var SEP = "";
var joinPath = (segs) => segs.join(SEP);
var splitPath = (path) => path.split(SEP);
var SKIP_META = /* @__PURE__ */ new Set([
  "name",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "managedFields",
  "selfLink",
  "deletionTimestamp"
]);
function keyOfItem(item, key) {
  return `k:${JSON.stringify({ [key]: item[key] })}`;
}
function walk(value, segs, out, field) {
  if (Array.isArray(value)) {
    const key = mergeKeyFor(field, value);
    if (key && value.every((i) => isObject(i) && i[key] !== void 0)) {
      for (const item of value) {
        const s = [...segs, keyOfItem(item, key)];
        out.add(joinPath([...s, "."]));
        for (const [k, v] of Object.entries(item)) walk(v, [...s, `f:${k}`], out, k);
      }
    } else if (field === "finalizers") {
      for (const v of value) out.add(joinPath([...segs, `v:${JSON.stringify(v)}`]));
    } else out.add(joinPath(segs));
    return;
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) walk(v, [...segs, `f:${k}`], out, k);
    return;
  }
  out.add(joinPath(segs));
}
function fieldsOf(obj2, withStatus = false) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(obj2)) {
    if (k === "apiVersion" || k === "kind" || k === "status" && !withStatus) continue;
    if (k === "metadata" && isObject(v)) {
      for (const [mk, mv] of Object.entries(v)) if (!SKIP_META.has(mk)) walk(mv, ["f:metadata", `f:${mk}`], out, mk);
      continue;
    }
    walk(v, [`f:${k}`], out, k);
  }
  return out;
}
function valueAt(obj2, path) {
  let cur = obj2;
  for (const seg of splitPath(path)) {
    if (cur === void 0) return void 0;
    if (seg === ".") return cur;
    if (seg.startsWith("f:")) cur = isObject(cur) ? cur[seg.slice(2)] : void 0;
    else if (seg.startsWith("k:")) {
      const want = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) ? cur.find((i) => isObject(i) && Object.entries(want).every(([k, v]) => i[k] === v)) : void 0;
    } else if (seg.startsWith("v:")) {
      const want = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) && cur.some((i) => deepEqual(i, want)) ? want : void 0;
    }
  }
  return cur;
}
function removeAt2(obj2, path) {
  const segs = splitPath(path);
  if (segs[segs.length - 1] === ".") segs.pop();
  const last = segs.pop();
  if (!last) return;
  const parent = valueAt(obj2, joinPath(segs.length ? segs : ["."]));
  const container = segs.length ? parent : obj2;
  if (last.startsWith("f:") && isObject(container)) delete container[last.slice(2)];
  else if (Array.isArray(container)) {
    const target = valueAt(container, last);
    const idx = container.indexOf(target);
    if (idx >= 0) container.splice(idx, 1);
  }
}
function toFieldsV1(set) {
  const root = {};
  for (const path of [...set].sort()) {
    let node = root;
    for (const seg of splitPath(path)) node = node[seg] ??= {};
  }
  return root;
}
function fromFieldsV1(tree, prefix = [], out = /* @__PURE__ */ new Set()) {
  for (const [seg, child] of Object.entries(tree ?? {})) {
    const segs = [...prefix, seg];
    if (seg === "." || !isObject(child) || Object.keys(child).length === 0) out.add(joinPath(segs));
    else fromFieldsV1(child, segs, out);
  }
  return out;
}
function describePath(path) {
  return splitPath(path).filter((s) => s !== ".").map((s) => {
    if (s.startsWith("f:")) return `.${s.slice(2)}`;
    if (s.startsWith("k:"))
      return `[${Object.entries(JSON.parse(s.slice(2))).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(",")}]`;
    return `[=${s.slice(2)}]`;
  }).join("");
}
function changedFields(before, after, withStatus = false) {
  const out = /* @__PURE__ */ new Set();
  for (const p of fieldsOf(after, withStatus))
    if (!before || !deepEqual(valueAt(before, p), valueAt(after, p))) out.add(p);
  return out;
}

// src/simulator/apply.ts
function readEntries(obj2) {
  return (obj2?.metadata?.managedFields ?? []).map((m) => ({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.apiVersion,
    time: m.time,
    subresource: m.subresource,
    set: fromFieldsV1(m.fieldsV1)
  }));
}
function writeEntries(obj2, entries2) {
  const kept = entries2.filter((e) => e.set.size > 0);
  obj2.metadata.managedFields = kept.map((e) => ({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    time: e.time ?? nowTime(),
    fieldsType: "FieldsV1",
    fieldsV1: toFieldsV1(e.set),
    ...e.subresource ? { subresource: e.subresource } : {}
  }));
  if (!kept.length) delete obj2.metadata.managedFields;
}
function recordUpdate(before, after, manager2, withStatus = false) {
  const entries2 = readEntries(before ?? after);
  const changed = changedFields(before, after, withStatus);
  const present = fieldsOf(after, true);
  for (const e of entries2) for (const p of [...e.set]) if (changed.has(p) || !present.has(p)) e.set.delete(p);
  let mine = entries2.find((e) => e.manager === manager2 && e.operation === "Update");
  if (!mine) entries2.push(mine = { manager: manager2, operation: "Update", apiVersion: after.apiVersion, set: /* @__PURE__ */ new Set() });
  for (const p of changed) mine.set.add(p);
  mine.time = nowTime();
  writeEntries(after, entries2);
}
function conflictError(conflicts) {
  const who = (e) => e.operation === "Update" ? `conflict with "${e.manager}" using ${e.apiVersion}` : `conflict with "${e.manager}"`;
  const lines = conflicts.map((c) => `${who(c.entry)}: ${describePath(c.path)}`);
  const n2 = conflicts.length;
  return new ApiError(409, "Conflict", `Apply failed with ${n2} conflict${n2 === 1 ? "" : "s"}: ${lines.join("\n")}`, {
    causes: conflicts.map((c) => ({
      reason: "FieldManagerConflict",
      message: who(c.entry),
      field: describePath(c.path)
    }))
  });
}
function serverSideApply(live, applied, manager2, force) {
  const entries2 = readEntries(live);
  const appliedSet = fieldsOf(applied);
  const conflicts = [];
  for (const e of entries2) {
    if (e.manager === manager2) continue;
    for (const p of e.set) {
      if (appliedSet.has(p) && !p.endsWith(".") && live && !deepEqual(valueAt(live, p), valueAt(applied, p)))
        conflicts.push({ path: p, entry: e });
    }
  }
  if (conflicts.length && !force) throw conflictError(conflicts);
  for (const c of conflicts) c.entry.set.delete(c.path);
  const mine = entries2.find((e) => e.manager === manager2 && e.operation === "Apply");
  const result = strategicMerge(live ? clone(live) : {}, applied);
  for (const p of mine?.set ?? []) {
    if (appliedSet.has(p)) continue;
    if (entries2.some((e) => e !== mine && e.set.has(p))) continue;
    removeAt2(result, p);
  }
  const next = entries2.filter((e) => e !== mine);
  next.push({ manager: manager2, operation: "Apply", apiVersion: applied.apiVersion, set: appliedSet, time: nowTime() });
  result.metadata ??= {};
  writeEntries(result, next);
  return result;
}

// src/simulator/defaults.ts
var listOf = (value) => Array.isArray(value) ? value : [];
function defaultContainer(c) {
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  const tag = String(c.image ?? "").split("/").pop() ?? "";
  if (!c.imagePullPolicy)
    c.imagePullPolicy = tag.includes("@") || tag.includes(":") && !tag.endsWith(":latest") ? "IfNotPresent" : "Always";
  c.resources ??= {};
  for (const probe2 of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!isObject(probe2)) continue;
    probe2.timeoutSeconds ??= 1;
    probe2.periodSeconds ??= 10;
    probe2.successThreshold ??= 1;
    probe2.failureThreshold ??= 3;
    if (isObject(probe2.httpGet)) probe2.httpGet.scheme ??= "HTTP";
  }
  for (const p of c.ports ?? []) if (isObject(p)) p.protocol ??= "TCP";
}
function defaultPodSpec(spec) {
  if (!isObject(spec)) return;
  const containers2 = [...listOf(spec.containers), ...listOf(spec.initContainers)];
  for (const c of containers2) if (isObject(c)) defaultContainer(c);
  if (!spec.restartPolicy) spec.restartPolicy = "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  if (!spec.dnsPolicy) spec.dnsPolicy = "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
}
function defaultTemplate(spec) {
  spec.template ??= {};
  const template = spec.template;
  template.metadata ??= {};
  template.metadata.creationTimestamp ??= null;
  defaultPodSpec(template.spec);
}
function defaultDeployment(spec) {
  spec.replicas ??= 1;
  spec.strategy ??= { type: "RollingUpdate" };
  const strategy = spec.strategy;
  if (!strategy.type) strategy.type = "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    strategy.rollingUpdate ??= {};
    const rollingUpdate = strategy.rollingUpdate;
    rollingUpdate.maxUnavailable ??= "25%";
    rollingUpdate.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
}
var nextIp = 1;
var nextNodePort = 0;
function defaultService(spec) {
  if (!spec.type) spec.type = "ClusterIP";
  if (!spec.sessionAffinity) spec.sessionAffinity = "None";
  if (!spec.clusterIP) {
    spec.clusterIP = `10.96.${Math.floor(nextIp / 250)}.${nextIp % 250 + 2}`;
    nextIp++;
  }
  for (const p of spec.ports ?? []) {
    if (!isObject(p)) continue;
    p.protocol ??= "TCP";
    p.targetPort ??= p.port;
    if ((spec.type === "NodePort" || spec.type === "LoadBalancer") && !p.nodePort)
      p.nodePort = 3e4 + nextNodePort++ % 2768;
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
}
function applyDefaults(r, obj2) {
  obj2.spec ??= ["deployments", "replicasets", "statefulsets", "daemonsets", "pods", "services", "namespaces"].includes(
    r.plural
  ) ? {} : obj2.spec;
  if (obj2.spec === void 0) delete obj2.spec;
  const spec = obj2.spec;
  switch (r.plural) {
    case "deployments":
      defaultDeployment(spec);
      defaultTemplate(spec);
      break;
    case "replicasets":
      spec.replicas ??= 1;
      defaultTemplate(spec);
      break;
    case "statefulsets":
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= "OrderedReady";
      spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { partition: 0 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case "daemonsets":
      spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case "pods":
      defaultPodSpec(spec);
      break;
    case "services":
      defaultService(spec);
      break;
    case "namespaces":
      spec.finalizers ??= ["kubernetes"];
      break;
    case "secrets":
      obj2.type ??= "Opaque";
      break;
  }
}

// src/simulator/schema.ts
var list = (s) => Object.fromEntries(s.split(" ").map((f) => [f, ""]));
var TOP = { apiVersion: "", kind: "", metadata: "ObjectMeta" };
var T = {
  ObjectMeta: {
    ...list(
      "name generateName namespace selfLink uid resourceVersion generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds ownerReferences finalizers managedFields clusterName"
    ),
    labels: "map",
    annotations: "map"
  },
  PodTemplateSpec: { metadata: "ObjectMeta", spec: "PodSpec" },
  PodSpec: {
    ...list(
      "volumes ephemeralContainers restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources"
    ),
    containers: "Container[]",
    initContainers: "Container[]"
  },
  Container: list(
    "name image command args workingDir ports envFrom env resources resizePolicy restartPolicy volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty"
  ),
  DeploymentSpec: {
    ...list("replicas selector strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds"),
    template: "PodTemplateSpec"
  },
  ReplicaSetSpec: { ...list("replicas minReadySeconds selector"), template: "PodTemplateSpec" },
  StatefulSetSpec: {
    ...list(
      "replicas selector volumeClaimTemplates serviceName podManagementPolicy updateStrategy revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals"
    ),
    template: "PodTemplateSpec"
  },
  DaemonSetSpec: {
    ...list("selector updateStrategy minReadySeconds revisionHistoryLimit"),
    template: "PodTemplateSpec"
  },
  ServiceSpec: list(
    "ports selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution"
  ),
  Deployment: { ...TOP, spec: "DeploymentSpec", status: "" },
  ReplicaSet: { ...TOP, spec: "ReplicaSetSpec", status: "" },
  StatefulSet: { ...TOP, spec: "StatefulSetSpec", status: "" },
  DaemonSet: { ...TOP, spec: "DaemonSetSpec", status: "" },
  Pod: { ...TOP, spec: "PodSpec", status: "" },
  Service: { ...TOP, spec: "ServiceSpec", status: "" },
  ConfigMap: { ...TOP, ...list("data binaryData immutable") },
  Secret: { ...TOP, ...list("data stringData type immutable") },
  Endpoints: { ...TOP, ...list("subsets") },
  ServiceAccount: { ...TOP, ...list("secrets imagePullSecrets automountServiceAccountToken") },
  Namespace: { ...TOP, ...list("spec status") },
  ControllerRevision: { ...TOP, ...list("data revision") }
};
function unknownFields(value, type, path, out) {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : void 0;
    if (child === void 0) {
      out.push(path ? `${path}.${k}` : k);
      continue;
    }
    if (child.endsWith("[]") && Array.isArray(v))
      v.forEach((item, i) => unknownFields(item, child.slice(0, -2), `${path ? `${path}.` : ""}${k}[${i}]`, out));
    else if (child && child !== "map") unknownFields(v, child, path ? `${path}.${k}` : k, out);
  }
}
function checkStrict(r, obj2, fieldValidation) {
  if (fieldValidation !== "Strict" || !T[r.kind]) return;
  const unknown = [];
  unknownFields(obj2, r.kind, "", unknown);
  if (!unknown.length) return;
  const kind = r.kind;
  throw new ApiError(
    400,
    "BadRequest",
    `${kind} in version "${r.version}" cannot be handled as a ${kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(", ")}`
  );
}
function prune(value, type) {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : void 0;
    if (child === void 0) delete value[k];
    else if (child.endsWith("[]") && Array.isArray(v)) v.forEach((item) => prune(item, child.slice(0, -2)));
    else if (child && child !== "map") prune(v, child);
  }
}
function pruneUnknown(r, obj2) {
  prune(obj2, r.kind);
}

// src/simulator/selectors.ts
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
function parseRequirement(part) {
  let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
  if (m) {
    const [, key, op, list3] = m;
    const values = list3.split(",").map((v) => v.trim());
    return op === "in" ? (l) => key in l && values.includes(l[key]) : (l) => !(key in l) || !values.includes(l[key]);
  }
  m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part);
  if (m) {
    const [, key, op, value] = m;
    return op === "!=" ? (l) => l[key] !== value : (l) => l[key] === value;
  }
  m = /^(!?)([\w./-]+)$/.exec(part);
  if (m) return m[1] ? (l) => !(m[2] in l) : (l) => m[2] in l;
  throw badRequest(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`);
}
function parseLabelSelector(text) {
  if (!text) return () => true;
  const reqs = splitTop(text).map(parseRequirement);
  return (labels) => reqs.every((r) => r(labels ?? {}));
}
var FIELD_OK = /^(metadata\.name|metadata\.namespace|status\.phase|spec\.nodeName|spec\.restartPolicy|spec\.schedulerName|spec\.serviceAccountName|status\.podIP|type|reason|source|involvedObject\.[a-zA-Z]+)$/;
function fieldValue(obj2, path) {
  let cur = obj2;
  for (const seg of path.split(".")) cur = cur && typeof cur === "object" ? cur[seg] : void 0;
  return cur === void 0 || cur === null ? "" : String(cur);
}
function parseFieldSelector(text, kind) {
  if (!text) return () => true;
  const reqs = splitTop(text).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const [, field, op, value] = m;
    if (!FIELD_OK.test(field))
      throw badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    void kind;
    return (o) => op === "!=" ? fieldValue(o, field) !== value : fieldValue(o, field) === value;
  });
  return (obj2) => reqs.every((r) => r(obj2));
}
function selectorMatches(selector, labels) {
  if (!selector) return false;
  const l = labels ?? {};
  const ml = selector.matchLabels ?? {};
  if (!Object.entries(ml).every(([k, v]) => l[k] === v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in l;
    const vals = e.values ?? [];
    if (e.operator === "In" && !(has && vals.includes(l[e.key]))) return false;
    if (e.operator === "NotIn" && has && vals.includes(l[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return Object.keys(ml).length > 0 || (selector.matchExpressions ?? []).length > 0;
}
function selectorString(selector) {
  const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === "In") parts.push(`${e.key} in (${e.values.join(",")})`);
    if (e.operator === "NotIn") parts.push(`${e.key} notin (${e.values.join(",")})`);
    if (e.operator === "Exists") parts.push(e.key);
    if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
  }
  return parts.join(",");
}

// src/simulator/validation.ts
var SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
var LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
var required = (field, detail2 = "") => ({
  reason: "FieldValueRequired",
  field,
  message: `Required value${detail2 ? `: ${detail2}` : ""}`
});
var badValue = (field, value, detail2) => ({
  reason: "FieldValueInvalid",
  field,
  message: `Invalid value: ${JSON.stringify(value)}: ${detail2}`
});
function validateName(r, name2, causes) {
  const dns1035 = r.plural === "services" || r.plural === "namespaces";
  if (typeof name2 !== "string" || !name2)
    return void causes.push(required("metadata.name", "name or generateName is required"));
  if (name2.length > (dns1035 ? 63 : 253))
    causes.push(badValue("metadata.name", name2, `must be no more than ${dns1035 ? 63 : 253} characters`));
  else if (dns1035 ? !LABEL.test(name2) : !SUBDOMAIN.test(name2))
    causes.push(badValue("metadata.name", name2, dns1035 ? LABEL_MSG : SUBDOMAIN_MSG));
}
var goMap = (m) => `map[string]string{${Object.keys(m).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`).join(", ")}}`;
function validatePodSpec(spec, at, causes) {
  const containers2 = spec?.containers;
  if (!Array.isArray(containers2) || containers2.length === 0) return void causes.push(required(`${at}.containers`));
  containers2.forEach((c, i) => {
    if (!isObject(c)) return;
    if (!c.name) causes.push(required(`${at}.containers[${i}].name`));
    else if (!LABEL.test(c.name)) causes.push(badValue(`${at}.containers[${i}].name`, c.name, LABEL_MSG));
    if (!c.image) causes.push(required(`${at}.containers[${i}].image`));
  });
}
function validateWorkload(obj2, causes, needsSelector) {
  const spec = obj2.spec ?? {};
  if (typeof spec.replicas === "number" && spec.replicas < 0)
    causes.push(badValue("spec.replicas", spec.replicas, "must be greater than or equal to 0"));
  if (needsSelector && !isObject(spec.selector)) causes.push(required("spec.selector"));
  const labels = spec.template?.metadata?.labels;
  if (needsSelector && isObject(spec.selector) && !selectorMatches(spec.selector, labels)) {
    causes.push({
      reason: "FieldValueInvalid",
      field: "spec.template.metadata.labels",
      message: `Invalid value: ${goMap(labels ?? {})}: \`selector\` does not match template \`labels\``
    });
  }
  validatePodSpec(spec.template?.spec, "spec.template.spec", causes);
}
var LABEL_KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_KEY_MSG = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
function validateLabelKeys(labels, causes) {
  for (const key of Object.keys(labels)) {
    const slash = key.lastIndexOf("/");
    const [prefix, name2] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [void 0, key];
    if (!LABEL_KEY_NAME.test(name2)) causes.push(badValue("metadata.labels", key, LABEL_KEY_MSG));
    else if (name2.length > 63)
      causes.push(badValue("metadata.labels", key, "name part must be no more than 63 characters"));
    else if (prefix !== void 0 && (!SUBDOMAIN.test(prefix) || prefix.length > 253))
      causes.push(badValue("metadata.labels", key, `prefix part ${SUBDOMAIN_MSG}`));
  }
}
function checkFieldManager(manager2, options) {
  if (!manager2 || Buffer.byteLength(manager2) <= 128) return;
  throw new ApiError(
    422,
    "Invalid",
    `${options}.meta.k8s.io "" is invalid: fieldManager: Too long: must have at most 128 bytes`,
    {
      group: "meta.k8s.io",
      kind: options,
      causes: [
        { reason: "FieldValueTooLong", message: "Too long: must have at most 128 bytes", field: "fieldManager" }
      ]
    }
  );
}
function replicasOf(obj2) {
  const spec = obj2.spec;
  return isObject(spec) ? spec.replicas : void 0;
}
function nonIntegerReplicas(obj2) {
  const replicas = replicasOf(obj2);
  return replicas !== void 0 && replicas !== null && !Number.isInteger(replicas);
}
function checkApplyTypes(patch2) {
  if (isObject(patch2) && nonIntegerReplicas(patch2))
    throw new ApiError(
      500,
      "",
      "failed to create typed patch object: .spec.replicas: expected numeric (int or float), got *value.valueUnstructured"
    );
}
function validate(r, obj2) {
  const causes = [];
  validateName(r, obj2.metadata?.name, causes);
  const metadata = obj2.metadata;
  validateLabelKeys(metadata?.labels ?? {}, causes);
  for (const [k, v] of Object.entries(obj2.metadata?.labels ?? {})) {
    if (typeof v !== "string" || v.length > 63 || v && !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(v)) {
      causes.push(
        badValue(
          `metadata.labels`,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        )
      );
    }
    void k;
  }
  if (["deployments", "replicasets", "statefulsets", "daemonsets"].includes(r.plural))
    validateWorkload(obj2, causes, true);
  if (r.plural === "pods") validatePodSpec(obj2.spec, "spec", causes);
  if (r.plural === "services") {
    const ports2 = obj2.spec?.ports;
    if (obj2.spec?.clusterIP !== "None" && (!Array.isArray(ports2) || ports2.length === 0))
      causes.push(required("spec.ports"));
    (Array.isArray(ports2) ? ports2 : []).forEach((p, i) => {
      if (!Number.isInteger(p?.port) || p.port < 1 || p.port > 65535)
        causes.push(badValue(`spec.ports[${i}].port`, p?.port, "must be between 1 and 65535, inclusive"));
    });
  }
  if (r.plural === "configmaps" || r.plural === "secrets") {
    for (const k of Object.keys(obj2.data ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(k))
        causes.push(
          badValue(`data[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.'")
        );
    }
  }
  if (causes.length) throw invalid(r, obj2.metadata?.name ?? "", causes);
}
function checkDecodable(obj2) {
  if (!isObject(obj2)) throw badRequest("the body of the request must be a JSON or YAML object");
  if (obj2.metadata === void 0 || obj2.metadata === null) return;
  if (!isObject(obj2.metadata))
    throw badRequest(
      `json: cannot unmarshal ${typeof obj2.metadata} into Go struct field Object.metadata of type v1.ObjectMeta`
    );
  for (const field of ["labels", "annotations"]) {
    const m = obj2.metadata[field];
    if (m === void 0 || m === null) continue;
    if (!isObject(m) || Object.values(m).some((v) => typeof v !== "string")) {
      throw badRequest(
        `json: cannot unmarshal into Go struct field ObjectMeta.metadata.${field} of type map[string]string`
      );
    }
  }
  if (nonIntegerReplicas(obj2)) {
    const kind = String(obj2.kind ?? "Object");
    const version = String(obj2.apiVersion ?? "v1").split("/").pop();
    throw badRequest(
      `${kind} in version "${version}" cannot be handled as a ${kind}: v1.${kind}.Spec: v1.${kind}Spec.Replicas: readUint32: unexpected character in ${JSON.stringify(replicasOf(obj2))}`
    );
  }
  for (const field of ["name", "namespace", "generateName", "resourceVersion"]) {
    const v = obj2.metadata[field];
    if (v !== void 0 && v !== null && typeof v !== "string")
      throw badRequest(
        `json: cannot unmarshal ${typeof v} into Go struct field ObjectMeta.metadata.${field} of type string`
      );
  }
}

// src/simulator/api.ts
var ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
var randomSuffix = (n2 = 5) => [...randomBytes(n2)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
var Api = class {
  constructor(store, hooks = {}) {
    this.store = store;
    this.hooks = hooks;
  }
  store;
  hooks;
  checkNamespace(r, namespace) {
    if (!r.namespaced) return;
    const ns = this.store.get(resourceByPlural("namespaces"), void 0, namespace ?? "");
    if (!ns) throw notFound(resourceByPlural("namespaces"), namespace ?? "");
    if (ns.metadata.deletionTimestamp) {
      throw new ApiError(
        403,
        "Forbidden",
        `unable to create new content in namespace ${namespace} because it is being terminated`,
        { name: namespace, kind: "namespaces" }
      );
    }
  }
  admit(r, obj2, namespace) {
    if (!isObject(obj2)) throw badRequest("the body of the request must be a JSON object");
    obj2.apiVersion = apiVersionOf(r);
    obj2.kind = r.kind;
    if (!isObject(obj2.metadata)) obj2.metadata = {};
    const md = obj2.metadata;
    if (r.namespaced) {
      if (md.namespace && namespace && md.namespace !== namespace) {
        throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
      }
      md.namespace = namespace ?? md.namespace;
    } else delete md.namespace;
    pruneUnknown(r, obj2);
    applyDefaults(r, obj2);
    validate(r, obj2);
    return obj2;
  }
  async create(r, namespace, body, opts = {}) {
    checkFieldManager(opts.manager, "CreateOptions");
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    const obj2 = clone(body);
    obj2.metadata ??= {};
    if (isObject(obj2?.metadata) && !obj2.metadata.name && obj2.metadata.generateName)
      obj2.metadata.name = `${obj2.metadata.generateName}${randomSuffix()}`;
    if (isObject(obj2?.metadata))
      for (const k of ["uid", "resourceVersion", "deletionTimestamp", "creationTimestamp"]) delete obj2.metadata[k];
    if (opts.manager && isObject(obj2)) recordUpdate(void 0, obj2, opts.manager);
    this.admit(r, obj2, namespace);
    if (r.subresources.includes("status") && r.plural !== "nodes") delete obj2.status;
    if (r.plural === "namespaces") obj2.status = { phase: "Active" };
    if (r.plural === "pods") obj2.status = { phase: "Pending", qosClass: "BestEffort" };
    if (r.plural === "services") obj2.status = { loadBalancer: {} };
    this.checkNamespace(r, obj2.metadata.namespace);
    if (this.store.get(r, obj2.metadata.namespace, obj2.metadata.name)) return this.store.create(r, obj2);
    if (opts.dryRun) return { ...obj2, metadata: { ...obj2.metadata, uid: "dry-run", creationTimestamp: nowTime() } };
    await this.hooks.beforeCreate?.(r, obj2);
    return this.store.create(r, obj2);
  }
  /** PUT semantics: replace the object (or only its status with subresource 'status'). */
  update(r, namespace, name2, body, opts = {}) {
    checkFieldManager(opts.manager, "UpdateOptions");
    const old = this.store.mustGet(r, namespace, name2);
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    if (isObject(body.metadata) && body.metadata.name && body.metadata.name !== name2) {
      throw badRequest(
        "the name of the object (" + body.metadata.name + ") does not match the name on the URL (" + name2 + ")"
      );
    }
    let next;
    if (opts.subresource === "status") {
      next = { ...old, status: clone(body.status) };
      next.metadata.resourceVersion = body.metadata?.resourceVersion ?? old.metadata.resourceVersion;
    } else {
      next = clone(body);
      next.metadata = { ...isObject(next.metadata) ? next.metadata : {}, name: name2 };
      next.metadata.resourceVersion ??= void 0;
      if (r.subresources.includes("status")) next.status = old.status;
      next.metadata.managedFields ??= old.metadata.managedFields;
      next.metadata.finalizers = next.metadata.finalizers ?? (old.metadata.deletionTimestamp ? [] : void 0);
      if (next.metadata.finalizers === void 0) delete next.metadata.finalizers;
      next.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
      if (!next.metadata.deletionTimestamp) delete next.metadata.deletionTimestamp;
    }
    this.admit(r, next, namespace ?? old.metadata.namespace);
    if (opts.manager) recordUpdate(old, next, opts.manager, opts.subresource === "status");
    if (opts.dryRun) return next;
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length) {
      if (next.metadata.resourceVersion && next.metadata.resourceVersion !== old.metadata.resourceVersion)
        throw conflict(r, name2);
      return this.store.remove(r, namespace, name2);
    }
    return this.store.update(r, next);
  }
  /** PATCH in any of the four patch types; 'apply' creates the object when it does not exist. */
  async patch(r, namespace, name2, type, patch2, opts = {}) {
    const live = this.store.get(r, namespace, name2);
    checkFieldManager(opts.manager, "PatchOptions");
    if (type === "apply") {
      checkApplyTypes(patch2);
      checkDecodable(patch2);
      checkStrict(r, patch2, opts.fieldValidation);
      if (!isObject(patch2)) throw badRequest("the body of the request must be a YAML or JSON object");
      if (!opts.manager)
        throw badRequest(
          "PATCH requests with Content-Type application/apply-patch+yaml require a fieldManager parameter"
        );
      if (isObject(patch2.metadata) && patch2.metadata.name && patch2.metadata.name !== name2)
        throw badRequest("the name of the object does not match the name on the URL");
      const applied = serverSideApply(live, patch2, opts.manager, Boolean(opts.force));
      applied.metadata.name = name2;
      if (!live) return this.createApplied(r, namespace, applied, opts);
      return this.update(r, namespace, name2, applied, { dryRun: opts.dryRun, subresource: opts.subresource });
    }
    if (!live) throw notFound(r, name2);
    if (type !== "json" && !isObject(patch2))
      throw badRequest(
        `json: cannot unmarshal ${Array.isArray(patch2) ? "array" : typeof patch2} into Go value of type map[string]interface {}`
      );
    const base = opts.subresource === "status" ? live : { ...live };
    let next;
    if (type === "json") next = applyJsonPatch(base, patch2);
    else if (type === "merge") next = applyMergePatch(base, patch2);
    else next = strategicMerge(base, patch2);
    if (!isObject(next.metadata)) throw new ApiError(422, "Invalid", "metadata: Required value");
    checkDecodable(next);
    if (next.metadata.resourceVersion !== live.metadata.resourceVersion && patch2?.metadata?.resourceVersion === void 0) {
      next.metadata.resourceVersion = live.metadata.resourceVersion;
    }
    return this.update(r, namespace, name2, next, opts);
  }
  async createApplied(r, namespace, applied, opts) {
    const managed = applied.metadata.managedFields;
    const created = await this.create(r, namespace, applied, { dryRun: opts.dryRun });
    if (opts.dryRun) return created;
    return this.store.update(r, { ...created, metadata: { ...created.metadata, managedFields: managed } });
  }
  /** DELETE: finalizers delay removal (deletionTimestamp set); propagation decides what happens to dependents. */
  delete(r, namespace, name2, options = {}) {
    const obj2 = this.store.mustGet(r, namespace, name2);
    const pre = options.preconditions ?? {};
    if (pre.uid && pre.uid !== obj2.metadata.uid || pre.resourceVersion && pre.resourceVersion !== obj2.metadata.resourceVersion) {
      throw conflict(
        r,
        name2,
        `Precondition failed: UID in precondition: ${pre.uid ?? ""}, UID in object meta: ${obj2.metadata.uid}`
      );
    }
    if (options.dryRun) return obj2;
    const policy = options.propagationPolicy ?? (options.orphanDependents === true ? "Orphan" : "Background");
    const finalizers = [...obj2.metadata.finalizers ?? []];
    if (policy === "Foreground" && !finalizers.includes("foregroundDeletion")) finalizers.push("foregroundDeletion");
    if (policy === "Orphan" && !finalizers.includes("orphan")) finalizers.push("orphan");
    if (r.plural === "namespaces") {
      if (obj2.metadata.deletionTimestamp) return obj2;
      return this.store.update(r, {
        ...obj2,
        metadata: { ...obj2.metadata, deletionTimestamp: nowTime() },
        status: { phase: "Terminating" }
      });
    }
    const grace = Number(options.gracePeriodSeconds ?? obj2.spec?.terminationGracePeriodSeconds ?? 30);
    if (r.plural === "pods" && obj2.spec?.nodeName && grace > 0) {
      if (obj2.metadata.deletionTimestamp) return obj2;
      const metadata = {
        ...obj2.metadata,
        deletionTimestamp: nowTime(),
        deletionGracePeriodSeconds: grace,
        ...finalizers.length ? { finalizers } : {}
      };
      return this.store.update(r, { ...obj2, metadata });
    }
    if (finalizers.length) {
      if (obj2.metadata.deletionTimestamp) return obj2;
      return this.store.update(r, {
        ...obj2,
        metadata: { ...obj2.metadata, finalizers, deletionTimestamp: nowTime(), deletionGracePeriodSeconds: 0 }
      });
    }
    return this.store.remove(r, namespace, name2);
  }
};

// src/simulator/controllers/context.ts
var KCM = "kube-controller-manager";
var R = {
  namespaces: resourceByPlural("namespaces"),
  pods: resourceByPlural("pods"),
  services: resourceByPlural("services"),
  endpoints: resourceByPlural("endpoints"),
  events: resourceByPlural("events"),
  deployments: resourceByPlural("deployments"),
  replicasets: resourceByPlural("replicasets"),
  statefulsets: resourceByPlural("statefulsets"),
  daemonsets: resourceByPlural("daemonsets"),
  controllerrevisions: resourceByPlural("controllerrevisions")
};
function writeStatus(ctx, r, obj2, status, manager2 = KCM) {
  if (deepEqual(obj2.status ?? {}, status)) return obj2;
  return ctx.api.update(
    r,
    obj2.metadata.namespace,
    obj2.metadata.name,
    { ...obj2, status },
    { subresource: "status", manager: manager2 }
  );
}
var controllerOf = (o) => (o.metadata.ownerReferences ?? []).find((ref2) => ref2.controller);
var ownedBy = (o, owner) => controllerOf(o)?.uid === owner.metadata.uid;
function ownerRef(owner) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true
  };
}
var podReady = (p) => (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
function podAvailable(p, minReadySeconds = 0, now = Date.now()) {
  if (!podReady(p)) return false;
  if (!minReadySeconds) return true;
  const c = p.status.conditions.find((x) => x.type === "Ready");
  return now - Date.parse(c?.lastTransitionTime ?? 0) >= minReadySeconds * 1e3;
}
var activePod = (p) => !p.metadata.deletionTimestamp && !["Succeeded", "Failed"].includes(p.status?.phase);
var ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
function templateHash(template, collisionCount = 0) {
  let h = 2166136261;
  const text = JSON.stringify(template) + (collisionCount ? String(collisionCount) : "");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return [...String(h)].map((d) => ALPHANUMS[d.charCodeAt(0) % ALPHANUMS.length]).join("");
}
function setCondition(conditions, next, now) {
  const cur = conditions.find((c) => c.type === next.type);
  if (cur && cur.status === next.status && cur.reason === next.reason) return conditions;
  const merged = {
    ...next,
    lastUpdateTime: next.lastUpdateTime ?? now,
    lastTransitionTime: cur && cur.status === next.status ? cur.lastTransitionTime : now
  };
  return [...conditions.filter((c) => c.type !== next.type), merged];
}

// src/simulator/controllers/events.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var EVENTS = resourceByPlural("events");
var EventRecorder = class {
  constructor(api) {
    this.api = api;
  }
  api;
  record(obj2, type, reason, message, component, host) {
    const ns = obj2.metadata.namespace ?? "default";
    const now = nowTime();
    try {
      const same = this.api.store.list(EVENTS, ns).find((e) => e.involvedObject?.uid === obj2.metadata.uid && e.reason === reason && e.message === message);
      if (same) {
        this.api.update(EVENTS, ns, same.metadata.name, { ...same, count: (same.count ?? 1) + 1, lastTimestamp: now });
        return;
      }
      void this.api.create(EVENTS, ns, {
        metadata: { name: `${obj2.metadata.name}.${randomBytes2(8).toString("hex")}`, namespace: ns },
        involvedObject: {
          kind: obj2.kind,
          namespace: obj2.metadata.namespace,
          name: obj2.metadata.name,
          uid: obj2.metadata.uid,
          apiVersion: obj2.apiVersion,
          resourceVersion: obj2.metadata.resourceVersion
        },
        reason,
        message,
        type,
        count: 1,
        firstTimestamp: now,
        lastTimestamp: now,
        source: { component, ...host ? { host } : {} },
        reportingComponent: "",
        reportingInstance: ""
      }).catch(() => void 0);
    } catch {
    }
  }
};

// src/simulator/controllers/rollout-math.ts
function intOrPercent(value, total, roundUp) {
  if (typeof value === "number") return value;
  const m = /^(\d+)%$/.exec(typeof value === "string" ? value : "");
  if (!m) return Number(value) || 0;
  const exact = Number(m[1]) * total / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
function fenceposts(d) {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type !== "RollingUpdate") return { surge: 0, unavailable: 0 };
  const ru = d.spec.strategy.rollingUpdate ?? {};
  const surge = intOrPercent(ru.maxSurge ?? "25%", replicas, true);
  let unavailable = intOrPercent(ru.maxUnavailable ?? "25%", replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}
var specReplicas = (rss) => rss.reduce((n2, rs) => n2 + (rs.spec.replicas ?? 0), 0);
var statusSum = (rss, field) => rss.reduce((n2, rs) => n2 + (rs.status?.[field] ?? 0), 0);
var revisionOf = (o) => Number(o?.metadata?.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
function newReplicaCount(d, all, newRS) {
  const { surge } = fenceposts(d);
  const maxTotal = d.spec.replicas + surge;
  const current = specReplicas(all);
  if (current >= maxTotal) return newRS.spec.replicas;
  return newRS.spec.replicas + Math.min(maxTotal - current, d.spec.replicas - newRS.spec.replicas);
}
function oldScaleDowns(d, oldRSs, newRS) {
  const plan = /* @__PURE__ */ new Map();
  const all = newRS ? [...oldRSs, newRS] : oldRSs;
  if (specReplicas(oldRSs) === 0) return plan;
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const newUnavailable = newRS ? newRS.spec.replicas - (newRS.status?.availableReplicas ?? 0) : 0;
  let budget = specReplicas(all) - minAvailable - newUnavailable;
  if (budget <= 0) return plan;
  const byAge = [...oldRSs].sort(
    (a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp)
  );
  for (const rs of byAge) {
    const unhealthy = Math.min(budget, rs.spec.replicas - (rs.status?.availableReplicas ?? 0));
    if (unhealthy > 0) {
      plan.set(rs.metadata.name, rs.spec.replicas - unhealthy);
      budget -= unhealthy;
    }
  }
  const target = (rs) => plan.get(rs.metadata.name) ?? rs.spec.replicas;
  const available = statusSum(all, "availableReplicas");
  let toScale = available - minAvailable;
  for (const rs of byAge) {
    if (toScale <= 0) break;
    if (target(rs) === 0) continue;
    const n2 = Math.min(target(rs), toScale);
    plan.set(rs.metadata.name, target(rs) - n2);
    toScale -= n2;
  }
  return plan;
}

// src/simulator/controllers/deployment-status.ts
var msg = {
  created: (n2) => `Created new replica set "${n2}"`,
  found: (n2) => `Found new replica set "${n2}"`,
  progressing: (n2) => `ReplicaSet "${n2}" is progressing.`,
  complete: (n2) => `ReplicaSet "${n2}" has successfully progressed.`,
  timedOut: (n2) => `ReplicaSet "${n2}" has timed out progressing.`
};
function complete(d, s) {
  const want = d.spec.replicas;
  return s.updatedReplicas === want && s.replicas === want && s.availableReplicas === want && s.observedGeneration >= d.metadata.generation;
}
function progressed(old, s) {
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = s.replicas - s.updatedReplicas;
  return s.updatedReplicas > (old.updatedReplicas ?? 0) || newOld < oldOld || s.readyReplicas > (old.readyReplicas ?? 0) || s.availableReplicas > (old.availableReplicas ?? 0);
}
function timedOut(d, cond, now) {
  if (!cond || cond.reason === "NewReplicaSetAvailable") return false;
  if (cond.reason === "ProgressDeadlineExceeded") return true;
  return Date.parse(now) > Date.parse(cond.lastUpdateTime) + d.spec.progressDeadlineSeconds * 1e3;
}
function progressing(d, s, old, newRS, created, now) {
  let conds = s.conditions;
  const name2 = newRS?.metadata.name ?? "";
  const cond = () => conds.find((c) => c.type === "Progressing");
  if (d.spec.paused)
    return setCondition(
      conds,
      { type: "Progressing", status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" },
      now
    );
  if (cond()?.reason === "DeploymentPaused")
    conds = setCondition(
      conds,
      { type: "Progressing", status: "Unknown", reason: "DeploymentResumed", message: "Deployment is resumed" },
      now
    );
  if (created)
    conds = setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "NewReplicaSetCreated", message: msg.created(name2) },
      now
    );
  else if (!cond() && newRS)
    conds = setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "FoundNewReplicaSet", message: msg.found(name2) },
      now
    );
  const current = cond();
  const isComplete = s.replicas === s.updatedReplicas && current?.reason === "NewReplicaSetAvailable";
  if (isComplete || !newRS) return conds;
  if (complete(d, s))
    return setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: msg.complete(name2) },
      now
    );
  if (progressed(old, s)) {
    const next = {
      type: "Progressing",
      status: "True",
      reason: "ReplicaSetUpdated",
      message: msg.progressing(name2),
      lastUpdateTime: now,
      lastTransitionTime: current?.status === "True" ? current.lastTransitionTime : now
    };
    return [...conds.filter((c) => c.type !== "Progressing"), next];
  }
  if (timedOut(d, current, now))
    return setCondition(
      conds,
      { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: msg.timedOut(name2) },
      now
    );
  return conds;
}
function deploymentStatus(d, newRS, oldRSs, old, created, now) {
  const all = newRS ? [newRS, ...oldRSs] : oldRSs;
  const available = statusSum(all, "availableReplicas");
  const s = {
    observedGeneration: d.metadata.generation,
    replicas: statusSum(all, "replicas"),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: statusSum(all, "readyReplicas"),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(all) - available),
    conditions: [...old.conditions ?? []],
    ...old.collisionCount ? { collisionCount: old.collisionCount } : {}
  };
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const avail = available >= minAvailable ? {
    type: "Available",
    status: "True",
    reason: "MinimumReplicasAvailable",
    message: "Deployment has minimum availability."
  } : {
    type: "Available",
    status: "False",
    reason: "MinimumReplicasUnavailable",
    message: "Deployment does not have minimum availability."
  };
  s.conditions = setCondition(s.conditions, avail, now);
  s.conditions = progressing(d, s, old, newRS, created, now);
  s.conditions.sort((a, b) => a.type === "Available" ? -1 : b.type === "Available" ? 1 : 0);
  for (const k of ["readyReplicas", "availableReplicas", "unavailableReplicas", "updatedReplicas", "replicas"])
    if (!s[k]) delete s[k];
  return s;
}

// src/simulator/controllers/deployment.ts
var REV = "deployment.kubernetes.io/revision";
var HASH = "pod-template-hash";
function withoutHash(t) {
  const c = clone(t);
  if (c.metadata?.labels) delete c.metadata.labels[HASH];
  if (c.metadata?.labels && !Object.keys(c.metadata.labels).length) delete c.metadata.labels;
  return c;
}
function scaleRS(ctx, d, rs, replicas) {
  if (rs.spec.replicas === replicas) return false;
  const annotations = {
    ...rs.metadata.annotations,
    "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas),
    "deployment.kubernetes.io/max-replicas": String(d.spec.replicas + fenceposts(d).surge)
  };
  ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas } },
    { manager: KCM }
  );
  const verb = replicas > rs.spec.replicas ? "up" : "down";
  ctx.events.record(
    d,
    "Normal",
    "ScalingReplicaSet",
    `Scaled ${verb} replica set ${rs.metadata.name} to ${replicas}`,
    "deployment-controller"
  );
  return true;
}
async function createNewRS(ctx, d, all, revision) {
  const hash = templateHash(d.spec.template, d.status?.collisionCount);
  const template = clone(d.spec.template);
  template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [HASH]: hash } };
  const rs = {
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      annotations: {
        ...copiedAnnotations(d),
        [REV]: String(revision),
        "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas),
        "deployment.kubernetes.io/max-replicas": String(d.spec.replicas + fenceposts(d).surge)
      },
      ownerReferences: [ownerRef(d)]
    },
    spec: {
      replicas: 0,
      minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [HASH]: hash } },
      template
    }
  };
  rs.spec.replicas = d.spec.strategy?.type === "Recreate" ? 0 : newReplicaCount(d, all, rs);
  const created = await ctx.api.create(R.replicasets, d.metadata.namespace, rs, { manager: KCM });
  if (created.spec.replicas > 0)
    ctx.events.record(
      d,
      "Normal",
      "ScalingReplicaSet",
      `Scaled up replica set ${created.metadata.name} to ${created.spec.replicas}`,
      "deployment-controller"
    );
  return created;
}
var NOT_COPIED = /* @__PURE__ */ new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  REV,
  "deployment.kubernetes.io/revision-history",
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to"
]);
function copiedAnnotations(d) {
  return Object.fromEntries(
    Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k))
  );
}
function syncNewRSAnnotations(ctx, rs, revision, d) {
  const annotations = { ...rs.metadata.annotations, ...copiedAnnotations(d) };
  const current = revisionOf(rs);
  if (current < revision) {
    const history = annotations["deployment.kubernetes.io/revision-history"];
    if (current)
      annotations["deployment.kubernetes.io/revision-history"] = history ? `${history},${current}` : String(current);
    annotations[REV] = String(revision);
  }
  if (deepEqual(annotations, rs.metadata.annotations ?? {})) return rs;
  return ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations } },
    { manager: KCM }
  );
}
function syncDeploymentRevision(ctx, d, newRS) {
  const rev = String(revisionOf(newRS));
  if (d.metadata.annotations?.[REV] === rev) return d;
  const annotations = { ...d.metadata.annotations, [REV]: rev };
  return ctx.api.update(
    R.deployments,
    d.metadata.namespace,
    d.metadata.name,
    { ...d, metadata: { ...d.metadata, annotations } },
    { manager: KCM }
  );
}
function cleanupHistory(ctx, d, oldRSs) {
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const idle = oldRSs.filter((rs) => rs.spec.replicas === 0 && statusSum([rs], "replicas") === 0).sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
    ctx.api.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name);
}
function rollStep(ctx, d, newRS, oldRSs) {
  let changed = false;
  if (d.spec.strategy?.type === "Recreate") {
    for (const rs of oldRSs) changed = scaleRS(ctx, d, rs, 0) || changed;
    const running = (p) => !["Succeeded", "Failed"].includes(p.status?.phase);
    const oldPods = ctx.store.list(R.pods, d.metadata.namespace).filter((p) => running(p) && oldRSs.some((rs) => ownedBy(p, rs)));
    if (!changed && !oldPods.length) changed = scaleRS(ctx, d, newRS, d.spec.replicas);
    return changed;
  }
  if (newRS.spec.replicas > d.spec.replicas) return scaleRS(ctx, d, newRS, d.spec.replicas);
  const wanted = newReplicaCount(d, [newRS, ...oldRSs], newRS);
  if (newRS.spec.replicas < d.spec.replicas && wanted !== newRS.spec.replicas) return scaleRS(ctx, d, newRS, wanted);
  for (const [name2, replicas] of oldScaleDowns(d, oldRSs, newRS))
    changed = scaleRS(
      ctx,
      d,
      oldRSs.find((r) => r.metadata.name === name2),
      replicas
    ) || changed;
  return changed;
}
async function syncDeployment(ctx, d) {
  if (d.metadata.deletionTimestamp) return;
  const rsList = ctx.store.list(R.replicasets, d.metadata.namespace).filter((rs) => ownedBy(rs, d) && !rs.metadata.deletionTimestamp);
  let newRS = rsList.find((rs) => deepEqual(withoutHash(rs.spec.template), d.spec.template));
  const oldRSs = rsList.filter((rs) => rs !== newRS);
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  const before = clone(d.status ?? {});
  let created = false;
  if (d.spec.paused) {
    if (newRS && specReplicas(oldRSs) === 0) scaleRS(ctx, d, newRS, d.spec.replicas);
  } else {
    if (!newRS) {
      newRS = await createNewRS(ctx, d, rsList, maxOld + 1);
      created = true;
    } else newRS = syncNewRSAnnotations(ctx, newRS, maxOld + 1, d);
    d = syncDeploymentRevision(ctx, d, newRS);
    const refreshed = (rs) => ctx.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name) ?? rs;
    if (!rollStep(ctx, d, newRS, oldRSs) && specReplicas(oldRSs) === 0) cleanupHistory(ctx, d, oldRSs);
    newRS = refreshed(newRS);
    oldRSs.splice(0, oldRSs.length, ...oldRSs.map(refreshed));
  }
  const status = deploymentStatus(d, newRS, oldRSs, before, created, nowTime());
  if (!deepEqual(status, d.status ?? {}))
    ctx.api.update(
      R.deployments,
      d.metadata.namespace,
      d.metadata.name,
      { ...d, status },
      { subresource: "status", manager: KCM }
    );
}

// src/simulator/controllers/endpoints.ts
function address(p) {
  return {
    ip: p.status.podIP,
    nodeName: p.spec.nodeName,
    targetRef: {
      kind: "Pod",
      namespace: p.metadata.namespace,
      name: p.metadata.name,
      uid: p.metadata.uid,
      resourceVersion: p.metadata.resourceVersion
    }
  };
}
function ports(svc, pods) {
  return (svc.spec.ports ?? []).map((p) => {
    let port = p.targetPort ?? p.port;
    if (typeof port === "string") {
      const named = pods.flatMap((pod) => pod.spec.containers.flatMap((c) => c.ports ?? [])).find((cp) => cp.name === port);
      port = named?.containerPort ?? p.port;
    }
    return { ...p.name ? { name: p.name } : {}, port, protocol: p.protocol ?? "TCP" };
  });
}
async function syncEndpoints(ctx) {
  for (const ep of ctx.store.list(R.endpoints)) {
    if (!ctx.store.get(R.services, ep.metadata.namespace, ep.metadata.name))
      ctx.api.delete(R.endpoints, ep.metadata.namespace, ep.metadata.name);
  }
  for (const svc of ctx.store.list(R.services)) {
    if (!svc.spec?.selector || svc.metadata.deletionTimestamp) continue;
    const ns = svc.metadata.namespace;
    const pods = ctx.store.list(R.pods, ns).filter(
      (p) => activePod(p) && p.status?.podIP && selectorMatches({ matchLabels: svc.spec.selector }, p.metadata.labels)
    );
    const ready = pods.filter(podReady).map(address);
    const notReady = pods.filter((p) => !podReady(p)).map(address);
    const subsets = pods.length ? [
      {
        ...ready.length ? { addresses: ready } : {},
        ...notReady.length ? { notReadyAddresses: notReady } : {},
        ports: ports(svc, pods)
      }
    ] : [];
    const current = ctx.store.get(R.endpoints, ns, svc.metadata.name);
    const labels = svc.metadata.labels;
    if (!current) {
      await ctx.api.create(
        R.endpoints,
        ns,
        { metadata: { name: svc.metadata.name, namespace: ns, ...labels ? { labels } : {} }, subsets },
        { manager: KCM }
      );
    } else if (!deepEqual(current.subsets ?? [], subsets)) {
      ctx.api.update(R.endpoints, ns, svc.metadata.name, { ...current, subsets }, { manager: KCM });
    }
  }
}

// src/simulator/controllers/gc.ts
var NAMESPACE_TERMINATION_MS = 1e3;
var terminatingSince = /* @__PURE__ */ new Map();
function allObjects(ctx) {
  return RESOURCES.flatMap((r) => ctx.store.list(r).map((o) => ({ r, o })));
}
function collectGarbage(ctx) {
  const everything = allObjects(ctx);
  const uids = new Set(everything.map(({ o }) => o.metadata.uid));
  const dependents = (uid) => everything.filter(({ o }) => (o.metadata.ownerReferences ?? []).some((ref2) => ref2.uid === uid));
  for (const { r, o } of everything) {
    const md = o.metadata;
    const refs = md.ownerReferences ?? [];
    if (refs.length && !refs.some((ref2) => uids.has(ref2.uid)) && !md.deletionTimestamp) {
      try {
        ctx.api.delete(r, md.namespace, md.name, { propagationPolicy: "Background" });
      } catch {
      }
      continue;
    }
    if (!md.deletionTimestamp) continue;
    const finalizers = md.finalizers ?? [];
    if (finalizers.includes("orphan")) {
      for (const dep of dependents(md.uid)) {
        const ownerReferences = dep.o.metadata.ownerReferences.filter((ref2) => ref2.uid !== md.uid);
        ctx.api.update(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, {
          ...dep.o,
          metadata: { ...dep.o.metadata, ownerReferences }
        });
      }
      ctx.api.update(r, md.namespace, md.name, {
        ...o,
        metadata: { ...md, finalizers: finalizers.filter((f) => f !== "orphan") }
      });
    } else if (finalizers.includes("foregroundDeletion")) {
      const deps = dependents(md.uid);
      for (const dep of deps) {
        if (!dep.o.metadata.deletionTimestamp)
          ctx.api.delete(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, { propagationPolicy: "Foreground" });
      }
      if (!deps.length)
        ctx.api.update(r, md.namespace, md.name, {
          ...o,
          metadata: { ...md, finalizers: finalizers.filter((f) => f !== "foregroundDeletion") }
        });
    }
  }
  for (const ns of ctx.store.list(R.namespaces).filter((n2) => n2.metadata.deletionTimestamp)) {
    const seen = terminatingSince.get(ns.metadata.uid) ?? Date.now();
    terminatingSince.set(ns.metadata.uid, seen);
    if (Date.now() - seen < NAMESPACE_TERMINATION_MS) continue;
    terminatingSince.delete(ns.metadata.uid);
    for (const r of RESOURCES.filter((x) => x.namespaced)) {
      for (const o of ctx.store.list(r, ns.metadata.name)) ctx.store.remove(r, o.metadata.namespace, o.metadata.name);
    }
    ctx.store.remove(R.namespaces, void 0, ns.metadata.name);
  }
}

// src/simulator/controllers/container-env.ts
function dataKey(ctx, plural, namespace, ref2) {
  const data = ctx.store.get(resourceByPlural(plural), namespace, ref2.name)?.data;
  return data?.[ref2.key];
}
function containerEnv(ctx, pod, c) {
  const env = {};
  const meta = metaOf(pod);
  for (const e of c.env ?? []) {
    if (e.value !== void 0) env[e.name] = String(e.value);
    const from = e.valueFrom ?? {};
    if (from.configMapKeyRef) env[e.name] = dataKey(ctx, "configmaps", meta.namespace, from.configMapKeyRef) ?? "";
    if (from.secretKeyRef) {
      const raw = dataKey(ctx, "secrets", meta.namespace, from.secretKeyRef);
      env[e.name] = raw ? Buffer.from(raw, "base64").toString() : "";
    }
    if (from.fieldRef?.fieldPath === "metadata.name") env[e.name] = meta.name;
    if (from.fieldRef?.fieldPath === "metadata.namespace") env[e.name] = meta.namespace;
  }
  return env;
}

// src/simulator/controllers/pod-status.ts
var isCrash = (image) => /crashloop|bad/i.test(image);
var isPullError = (image) => /pullerror|nonexistent/i.test(image);
var isSlow = (image) => /slow/i.test(image);
var isDemoApp = (image) => /(^|\/)deploy-kit\/demo-app([:@]|$)/.test(image);
function containerStatus(pod, c, elapsed, t, facts, startTime, prev) {
  const base = {
    name: c.name,
    image: c.image,
    imageID: `sim://${c.image}`,
    containerID: `sim://${pod.metadata.uid.slice(0, 8)}-${c.name}`
  };
  if (isPullError(c.image)) {
    const reason = elapsed < t.pullBackoffMs ? "ErrImagePull" : "ImagePullBackOff";
    return {
      ...base,
      imageID: "",
      containerID: void 0,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason, message: `Back-off pulling image "${c.image}"` } },
      lastState: {}
    };
  }
  if (elapsed < t.readyDelayMs) {
    return {
      ...base,
      imageID: "",
      containerID: void 0,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: "ContainerCreating" } },
      lastState: {}
    };
  }
  if (isCrash(c.image) || facts.crashed) {
    const restartCount = Math.floor((elapsed - t.readyDelayMs) / t.crashPeriodMs) + 1;
    return {
      ...base,
      ready: false,
      started: false,
      restartCount,
      state: {
        waiting: {
          reason: "CrashLoopBackOff",
          message: `back-off 10s restarting failed container=${c.name} pod=${pod.metadata.name}`
        }
      },
      lastState: {
        terminated: {
          exitCode: 1,
          reason: "Error",
          startedAt: startTime,
          finishedAt: startTime,
          containerID: base.containerID
        }
      }
    };
  }
  const ready = !(isSlow(c.image) && elapsed < t.slowReadyMs) && facts.probeOk !== false;
  const startedAt = prev?.state?.running?.startedAt ?? nowTime();
  return {
    ...base,
    ready,
    started: true,
    restartCount: prev?.restartCount ?? 0,
    state: { running: { startedAt } },
    lastState: {}
  };
}
function desiredPodStatus(pod, elapsed, t, facts, podIP) {
  const st = pod.status ?? {};
  const ts = nowTime();
  const startTime = st.startTime ?? ts;
  const prevCS = new Map((st.containerStatuses ?? []).map((c) => [c.name, c]));
  const statuses = pod.spec.containers.map(
    (c) => containerStatus(pod, c, elapsed, t, facts, startTime, prevCS.get(c.name))
  );
  for (const s of statuses) if (s.containerID === void 0) delete s.containerID;
  const ready = statuses.every((s) => s.ready);
  const pending = statuses.some(
    (s) => s.state.waiting && ["ContainerCreating", "ErrImagePull", "ImagePullBackOff"].includes(s.state.waiting.reason)
  );
  const prevCond = new Map((st.conditions ?? []).map((c) => [c.type, c]));
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name).join(" ");
  const cond = (type, ok) => {
    const status = ok ? "True" : "False";
    const prev = prevCond.get(type);
    return {
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: prev?.status === status ? prev.lastTransitionTime : ts,
      ...ok || type === "Initialized" || type === "PodScheduled" ? {} : { reason: "ContainersNotReady", message: `containers with unready status: [${unready}]` }
    };
  };
  return {
    phase: pending ? "Pending" : "Running",
    conditions: [
      cond("Initialized", true),
      cond("Ready", ready),
      cond("ContainersReady", ready),
      cond("PodScheduled", true)
    ],
    hostIP: "127.0.0.1",
    podIP,
    podIPs: [{ ip: podIP }],
    startTime,
    containerStatuses: statuses,
    qosClass: st.qosClass ?? "BestEffort"
  };
}
function fingerprint(s) {
  return JSON.stringify({
    phase: s.phase,
    ip: s.podIP,
    cond: (s.conditions ?? []).map((c) => `${c.type}=${c.status}`).sort(),
    cs: (s.containerStatuses ?? []).map((c) => [
      c.name,
      c.image,
      c.ready,
      c.restartCount,
      Object.keys(c.state ?? {})[0],
      c.state?.waiting?.reason
    ])
  });
}

// src/simulator/controllers/kubelet-events.ts
function pullFailure(say, c, elapsed, timing) {
  say("pull", "Normal", "Pulling", `Pulling image "${c.image}"`);
  say(
    "pullfail",
    "Warning",
    "Failed",
    `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": not found`
  );
  say("errpull", "Warning", "Failed", "Error: ErrImagePull");
  if (elapsed >= timing.pullBackoffMs) say("backoffpull", "Normal", "BackOff", `Back-off pulling image "${c.image}"`);
}
function containerEvents(say, rt, c, elapsed, timing) {
  if (isPullError(c.image)) return pullFailure(say, c, elapsed, timing);
  if (elapsed < timing.readyDelayMs) return;
  say(`pulled-${c.name}`, "Normal", "Pulled", `Container image "${c.image}" already present on machine`);
  say(`created-${c.name}`, "Normal", "Created", `Created container ${c.name}`);
  say(`started-${c.name}`, "Normal", "Started", `Started container ${c.name}`);
  const restarts = Math.floor((elapsed - timing.readyDelayMs) / timing.crashPeriodMs);
  if (isCrash(c.image) || rt.appState === "crashed")
    say(`backoff-${restarts}`, "Warning", "BackOff", "Back-off restarting failed container", true);
  if (rt.probeOk === false)
    say(
      `unhealthy-${restarts}`,
      "Warning",
      "Unhealthy",
      `Readiness probe failed: HTTP probe failed with statuscode: 503`,
      true
    );
}

// src/simulator/controllers/pod-runtime.ts
import { request } from "node:http";

// src/demo-app/app.ts
import { createServer } from "node:http";
function demoConfig(env) {
  const num = (v, d) => v !== void 0 && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : d;
  return {
    version: env.VERSION || "dev",
    latencyMs: Math.max(0, num(env.LATENCY_MS, 0)),
    errorRate: Math.min(1, Math.max(0, num(env.ERROR_RATE, 0))),
    healthFail: env.HEALTH_FAIL === "true",
    crashOnStart: env.CRASH_ON_START === "true"
  };
}
var ITEMS = [
  { id: 1, name: "anvil", price: 42 },
  { id: 2, name: "rocket skates", price: 150 },
  { id: 3, name: "giant magnet", price: 99 }
];
function json(res, code, body) {
  res.writeHead(code, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}
async function readJson(req) {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1024 * 1024) throw new Error("body too large");
  }
  return text ? JSON.parse(text) : null;
}
function demoHandler(config, random = Math.random, log) {
  return async (req, res) => {
    const started = Date.now();
    if (log)
      res.on(
        "finish",
        () => log(`${(/* @__PURE__ */ new Date()).toISOString()} ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`)
      );
    if (config.latencyMs) await new Promise((r) => setTimeout(r, config.latencyMs));
    const path = (req.url ?? "/").split("?")[0];
    if (path.startsWith("/api/") && random() < config.errorRate)
      return json(res, 500, { error: "injected error", version: config.version });
    if (req.method === "GET" && path === "/healthz") {
      return config.healthFail ? json(res, 503, { status: "failing" }) : json(res, 200, { status: "ok" });
    }
    if (req.method === "GET" && path === "/version") return json(res, 200, { version: config.version });
    if (req.method === "GET" && path === "/api/items") return json(res, 200, { items: ITEMS, version: config.version });
    if (req.method === "POST" && path === "/api/echo") {
      try {
        return json(res, 200, { echo: await readJson(req), version: config.version });
      } catch {
        return json(res, 400, { error: "body must be JSON" });
      }
    }
    return json(res, 404, { error: "not found", path });
  };
}
async function startDemoApp(config, port = 0, log) {
  if (config.crashOnStart) {
    log?.(`${(/* @__PURE__ */ new Date()).toISOString()} CRASH_ON_START=true: exiting at start`);
    throw new Error("CRASH_ON_START=true: exiting at start");
  }
  const handler = demoHandler(config, Math.random, log);
  const server = createServer((req, res) => void handler(req, res).catch(() => res.destroy()));
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actual = server.address().port;
  log?.(
    `${(/* @__PURE__ */ new Date()).toISOString()} demo-app ${config.version} listening on 127.0.0.1:${actual} (latency ${config.latencyMs}ms, error rate ${config.errorRate}, health ${config.healthFail ? "failing" : "ok"})`
  );
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}

// src/simulator/controllers/pod-runtime.ts
function startApp(rt, env, alive, wake) {
  rt.appState = "starting";
  const log = (line) => {
    rt.logs.push(line);
    if (rt.logs.length > 1e3) rt.logs.shift();
  };
  startDemoApp(demoConfig(env), 0, log).then((app) => {
    if (!alive()) return void app.close();
    rt.app = app;
    rt.appState = "running";
  }).catch(() => void (rt.appState = "crashed")).finally(wake);
}
function probe(rt, c, wake) {
  const get2 = c.readinessProbe?.httpGet;
  if (!get2 || !rt.app || rt.probing) return;
  rt.probing = true;
  const req = request(`${rt.app.url}${get2.path ?? "/"}`, { timeout: 1e3 }, (res) => {
    res.resume();
    rt.probeOk = (res.statusCode ?? 500) < 400;
    rt.probing = false;
    wake();
  });
  req.on("error", () => void (rt.probeOk = false, rt.probing = false));
  req.end();
}

// src/simulator/controllers/pod-spec.ts
var containersOf = (pod) => pod.spec.containers;

// src/simulator/controllers/kubelet.ts
var NODE_NAME = "sim-node-1";
var demoContainer = (pod) => containersOf(pod).find((c) => isDemoApp(c.image));
var Kubelet = class {
  constructor(ctx, timing, wake) {
    this.ctx = ctx;
    this.timing = timing;
    this.wake = wake;
    ctx.store.subscribe((e) => {
      if (e.resource === R.pods && e.type === "DELETED") void this.forget(metaOf(e.object).uid ?? "");
    });
  }
  ctx;
  timing;
  wake;
  pods = /* @__PURE__ */ new Map();
  nextIp = 2;
  /** 127.0.0.1 URL of a ready demo-app pod, for Service proxies. */
  endpointOf(pod) {
    const rt = this.pods.get(metaOf(pod).uid ?? "");
    return rt?.appState === "running" ? rt.app?.url : void 0;
  }
  /** Log lines of a pod's demo-app container (what `kubectl logs` shows). */
  logsOf(pod, container) {
    const rt = this.pods.get(metaOf(pod).uid ?? "");
    const demo = demoContainer(pod);
    if (!rt || !demo || container && container !== demo.name) return void 0;
    return rt.logs.map((l) => `${l}
`).join("");
  }
  async forget(uid) {
    const rt = this.pods.get(uid);
    this.pods.delete(uid);
    await rt?.app?.close();
  }
  async stop() {
    await Promise.all([...this.pods.keys()].map((uid) => this.forget(uid)));
  }
  /** Records the pod's Events under keys, so each is said once (or once per key when repeated). */
  sayFor(pod, rt) {
    return (key, type, reason, message, repeat = false) => {
      if (!repeat && rt.said.has(key)) return;
      rt.said.add(key);
      const source = reason === "Scheduled" ? "default-scheduler" : "kubelet";
      this.ctx.events.record(pod, type, reason, message, source, NODE_NAME);
    };
  }
  /** A deleted pod: stop its container, then finish the deletion like a kubelet (grace period 0). */
  terminate(pod, rt) {
    const meta = metaOf(pod);
    if (rt.terminatingSince === void 0) {
      rt.terminatingSince = Date.now();
      void rt.app?.close();
      rt.appState = "none";
      const names = containersOf(pod).map((c) => c.name);
      this.sayFor(pod, rt)("killing", "Normal", "Killing", `Stopping container ${names.join(", ")}`);
    }
    if (Date.now() - rt.terminatingSince < this.timing.terminationMs) return;
    this.ctx.api.delete(R.pods, meta.namespace, meta.name, { gracePeriodSeconds: 0, preconditions: { uid: meta.uid } });
  }
  runtimeOf(pod) {
    const uid = metaOf(pod).uid ?? "";
    let rt = this.pods.get(uid);
    if (!rt) {
      rt = {
        createdAt: Date.now(),
        ip: `10.244.0.${this.nextIp++ % 250}`,
        appState: "none",
        said: /* @__PURE__ */ new Set(),
        logs: []
      };
      this.pods.set(uid, rt);
    }
    return rt;
  }
  /** Binds an unscheduled pod to the node, as the scheduler would. */
  bind(pod, rt) {
    const { namespace, name: name2 } = metaOf(pod);
    const bound = this.ctx.api.update(R.pods, namespace, name2, {
      ...pod,
      spec: { ...pod.spec, nodeName: NODE_NAME }
    });
    const message = `Successfully assigned ${namespace}/${name2} to ${NODE_NAME}`;
    this.sayFor(bound, rt)("scheduled", "Normal", "Scheduled", message);
    return bound;
  }
  /** One kubelet pass over a pod: bind, start, probe, report status. */
  sync(pod) {
    const rt = this.runtimeOf(pod);
    if (metaOf(pod).deletionTimestamp) return this.terminate(pod, rt);
    if (!pod.spec.nodeName) pod = this.bind(pod, rt);
    const elapsed = Date.now() - rt.createdAt;
    const demo = demoContainer(pod);
    if (demo && elapsed >= this.timing.readyDelayMs && rt.appState === "none") {
      const uid = metaOf(pod).uid ?? "";
      startApp(rt, containerEnv(this.ctx, pod, demo), () => this.pods.has(uid), this.wake);
    }
    if (demo) probe(rt, demo, this.wake);
    const say = this.sayFor(pod, rt);
    for (const c of containersOf(pod)) containerEvents(say, rt, c, elapsed, this.timing);
    this.report(pod, rt, elapsed, Boolean(demo?.readinessProbe?.httpGet), Boolean(demo));
  }
  /** Writes the pod's status when it changed (phase, conditions, container states, restarts). */
  report(pod, rt, elapsed, probed, hasDemo) {
    const appPending = hasDemo && (rt.appState === "starting" || rt.appState === "none");
    const facts = {
      crashed: rt.appState === "crashed",
      probeOk: probed ? rt.probeOk ?? false : appPending ? false : void 0
    };
    const status = desiredPodStatus(pod, elapsed, this.timing, facts, rt.ip);
    if (fingerprint(status) === fingerprint(pod.status ?? {})) return;
    const { namespace, name: name2 } = metaOf(pod);
    this.ctx.api.update(R.pods, namespace, name2, { ...pod, status }, { subresource: "status", manager: "kubelet" });
  }
};

// src/simulator/controllers/replicaset.ts
function deletionRank(p) {
  const restarts = (p.status?.containerStatuses ?? []).reduce((n2, c) => n2 + (c.restartCount ?? 0), 0);
  return [
    p.spec.nodeName ? 1 : 0,
    p.status?.phase === "Running" ? 1 : 0,
    podReady(p) ? 1 : 0,
    -restarts,
    -Date.parse(p.metadata.creationTimestamp)
  ];
}
var byRank = (a, b) => {
  const ra = deletionRank(a);
  const rb = deletionRank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
};
function podFromTemplate(owner, name2, extraLabels = {}) {
  const t = clone(owner.spec.template);
  return {
    metadata: {
      name: name2,
      generateName: owner.kind === "StatefulSet" ? void 0 : `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace,
      labels: { ...t.metadata?.labels, ...extraLabels },
      ...t.metadata?.annotations ? { annotations: t.metadata.annotations } : {},
      ownerReferences: [ownerRef(owner)]
    },
    spec: t.spec
  };
}
async function syncReplicaSet(ctx, rs) {
  if (rs.metadata.deletionTimestamp) return;
  const ns = rs.metadata.namespace;
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, rs) && activePod(p));
  const diff = pods.length - rs.spec.replicas;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      const pod = await ctx.api.create(R.pods, ns, podFromTemplate(rs, `${rs.metadata.name}-${randomSuffix()}`), {
        manager: KCM
      });
      ctx.events.record(rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "replicaset-controller");
      pods.push(pod);
    }
  } else if (diff > 0) {
    const victims = [...pods].sort(byRank).slice(0, diff);
    for (const p of victims) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, "replicaset-controller");
    }
    pods = pods.filter((p) => !victims.includes(p));
  }
  const minReady = rs.spec.minReadySeconds ?? 0;
  const status = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: pods.filter(podReady).length,
    availableReplicas: pods.filter((p) => podAvailable(p, minReady)).length,
    observedGeneration: rs.metadata.generation
  };
  for (const k of ["fullyLabeledReplicas", "readyReplicas", "availableReplicas"]) if (!status[k]) delete status[k];
  const fresh = ctx.store.get(R.replicasets, ns, rs.metadata.name);
  if (fresh) writeStatus(ctx, R.replicasets, fresh, status);
}

// src/simulator/controllers/history.ts
var HASH_LABEL = "controller-revision-hash";
function revisionData(owner) {
  return { spec: { template: { ...clone(owner.spec.template), $patch: "replace" } } };
}
async function syncHistory(ctx, owner) {
  const ns = owner.metadata.namespace;
  const revisions = ctx.store.list(R.controllerrevisions, ns).filter((cr) => ownedBy(cr, owner)).sort((a, b) => a.revision - b.revision);
  const data = revisionData(owner);
  const hash = templateHash(data, owner.status?.collisionCount);
  const max = Math.max(0, ...revisions.map((r) => r.revision));
  let update = revisions.find((cr) => deepEqual(cr.data, data));
  if (update && update.revision < max) {
    update = ctx.api.update(
      R.controllerrevisions,
      ns,
      update.metadata.name,
      { ...update, revision: max + 1 },
      { manager: KCM }
    );
  } else if (!update) {
    update = await ctx.api.create(
      R.controllerrevisions,
      ns,
      {
        metadata: {
          name: `${owner.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...owner.spec.selector?.matchLabels, [HASH_LABEL]: hash },
          ownerReferences: [ownerRef(owner)]
        },
        data,
        revision: max + 1
      },
      { manager: KCM }
    );
  }
  const all = ctx.store.list(R.controllerrevisions, ns).filter((cr) => ownedBy(cr, owner)).sort((a, b) => a.revision - b.revision);
  return { revisions: all, update, hash: update.metadata.labels?.[HASH_LABEL] ?? hash };
}
function trimHistory(ctx, owner, h, inUse) {
  const limit = owner.spec.revisionHistoryLimit ?? 10;
  const removable = h.revisions.filter(
    (cr) => cr.metadata.name !== h.update.metadata.name && !inUse.has(cr.metadata.name) && !inUse.has(cr.metadata.labels?.[HASH_LABEL])
  );
  for (const cr of removable.slice(0, Math.max(0, removable.length - limit)))
    ctx.api.delete(R.controllerrevisions, cr.metadata.namespace, cr.metadata.name);
}

// src/simulator/controllers/daemonset.ts
async function syncDaemonSet(ctx, ds) {
  if (ds.metadata.deletionTimestamp) return;
  const ns = ds.metadata.namespace;
  const h = await syncHistory(ctx, ds);
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  if (!pods.length) {
    const pod = podFromTemplate(ds, `${ds.metadata.name}-${randomSuffix()}`, {
      [HASH_LABEL]: h.hash,
      "pod-template-generation": String(ds.metadata.generation)
    });
    pod.spec.nodeName = NODE_NAME;
    await ctx.api.create(R.pods, ns, pod, { manager: KCM });
    ctx.events.record(ds, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "daemonset-controller");
  } else if (ds.spec.updateStrategy?.type !== "OnDelete") {
    for (const p of pods.filter((x) => x.metadata.labels?.[HASH_LABEL] !== h.hash)) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(ds, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, "daemonset-controller");
    }
  }
  pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  const available = pods.filter((p) => podAvailable(p, ds.spec.minReadySeconds ?? 0)).length;
  const status = {
    currentNumberScheduled: pods.length,
    numberMisscheduled: 0,
    desiredNumberScheduled: 1,
    numberReady: pods.filter(podReady).length,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === h.hash).length,
    numberAvailable: available,
    numberUnavailable: Math.max(0, 1 - available)
  };
  for (const k of ["updatedNumberScheduled", "numberAvailable", "numberUnavailable"]) if (!status[k]) delete status[k];
  trimHistory(ctx, ds, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.daemonsets, ns, ds.metadata.name);
  if (fresh) writeStatus(ctx, R.daemonsets, fresh, status);
}

// src/simulator/controllers/statefulset.ts
var ordinalOf = (sts, pod) => Number(pod.metadata.name.slice(sts.metadata.name.length + 1));
async function createPod(ctx, sts, i, revision) {
  const name2 = `${sts.metadata.name}-${i}`;
  const pod = podFromTemplate(sts, name2, { [HASH_LABEL]: revision, "statefulset.kubernetes.io/pod-name": name2 });
  pod.spec.hostname = name2;
  if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName;
  await ctx.api.create(R.pods, sts.metadata.namespace, pod, { manager: KCM });
  ctx.events.record(
    sts,
    "Normal",
    "SuccessfulCreate",
    `create Pod ${name2} in StatefulSet ${sts.metadata.name} successful`,
    "statefulset-controller"
  );
}
function deletePod(ctx, sts, pod) {
  ctx.api.delete(R.pods, pod.metadata.namespace, pod.metadata.name);
  ctx.events.record(
    sts,
    "Normal",
    "SuccessfulDelete",
    `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`,
    "statefulset-controller"
  );
}
async function step(ctx, sts, pods, current, update) {
  const replicas = sts.spec.replicas;
  const partition = sts.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const parallel = sts.spec.podManagementPolicy === "Parallel";
  for (let i = 0; i < replicas; i++) {
    if (!pods.has(i)) {
      await createPod(ctx, sts, i, i < partition ? current : update);
      if (!parallel) return;
    } else if (!podReady(pods.get(i)) && !parallel) return;
  }
  const extra = [...pods.keys()].filter((i) => i >= replicas).sort((a, b) => b - a);
  if (extra.length) return deletePod(ctx, sts, pods.get(extra[0]));
  if (sts.spec.updateStrategy?.type === "OnDelete") return;
  for (let i = replicas - 1; i >= partition; i--) {
    const pod = pods.get(i);
    if (pod && pod.metadata.labels?.[HASH_LABEL] !== update) return deletePod(ctx, sts, pod);
  }
}
async function syncStatefulSet(ctx, sts) {
  if (sts.metadata.deletionTimestamp) return;
  const h = await syncHistory(ctx, sts);
  const update = h.update.metadata.name;
  const current = sts.status?.currentRevision ?? update;
  const owned = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  await step(ctx, sts, new Map(owned.map((p) => [ordinalOf(sts, p), p])), current, update);
  const pods = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  const updated = pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === update).length;
  const ready = pods.filter(podReady).length;
  const done = updated === sts.spec.replicas && ready === sts.spec.replicas && pods.length === sts.spec.replicas;
  const currentRevision = done ? update : current;
  const status = {
    observedGeneration: sts.metadata.generation,
    replicas: pods.length,
    readyReplicas: ready,
    currentReplicas: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === currentRevision).length,
    updatedReplicas: updated,
    currentRevision,
    updateRevision: update,
    collisionCount: 0
  };
  for (const k of ["readyReplicas", "currentReplicas", "updatedReplicas"]) if (!status[k]) delete status[k];
  trimHistory(ctx, sts, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.statefulsets, sts.metadata.namespace, sts.metadata.name);
  if (fresh) writeStatus(ctx, R.statefulsets, fresh, status);
}

// src/simulator/controllers/workload-sets.ts
async function syncWorkloadSets(ctx, o) {
  if (o.kind === "StatefulSet") await syncStatefulSet(ctx, o);
  else if (o.kind === "DaemonSet") await syncDaemonSet(ctx, o);
}

// src/simulator/controllers/loop.ts
var ControllerLoop = class {
  constructor(ctx, timing, tickMs = 250) {
    this.ctx = ctx;
    this.kubelet = new Kubelet(ctx, timing, () => this.schedule());
    this.unsubscribe = ctx.store.subscribe((e) => {
      if (e.resource !== R.events) this.schedule();
    });
    this.timer = setInterval(() => this.schedule(), tickMs);
    this.schedule();
  }
  ctx;
  kubelet;
  scheduled = false;
  running = false;
  again = false;
  timer;
  unsubscribe;
  lastError;
  schedule() {
    if (this.running) return void (this.again = true);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }
  async each(list3, fn) {
    for (const o of list3) {
      try {
        await fn(o);
      } catch (err) {
        this.lastError = err.message;
      }
    }
  }
  async run() {
    this.scheduled = false;
    this.running = true;
    this.again = false;
    const { store } = this.ctx;
    try {
      collectGarbage(this.ctx);
    } catch (err) {
      this.lastError = err.message;
    }
    await this.each(store.list(R.deployments), (d) => syncDeployment(this.ctx, d));
    await this.each(store.list(R.replicasets), (rs) => syncReplicaSet(this.ctx, rs));
    await this.each([...store.list(R.statefulsets), ...store.list(R.daemonsets)], (o) => syncWorkloadSets(this.ctx, o));
    await this.each(store.list(R.pods), (p) => this.kubelet.sync(p));
    await this.each([this.ctx], (ctx) => syncEndpoints(ctx));
    this.running = false;
    if (this.again) this.schedule();
  }
  async stop() {
    clearInterval(this.timer);
    this.unsubscribe();
    await this.kubelet.stop();
  }
};

// src/simulator/faults.ts
var FaultState = class {
  latencyMs = 0;
  failures = { count: 0, status: 500, pattern: void 0 };
  conflicts = 0;
  /** Returns the status to fail this request with, consuming one injected failure. */
  takeFailure(path) {
    if (this.failures.count <= 0 || this.failures.pattern && !this.failures.pattern.test(path)) return void 0;
    this.failures.count--;
    return this.failures.status;
  }
  takeConflict(method) {
    if (this.conflicts <= 0 || method !== "PUT" && method !== "PATCH") return false;
    this.conflicts--;
    return true;
  }
  controls(dropWatches, compact) {
    return {
      setLatency: (ms) => void (this.latencyMs = Math.max(0, ms)),
      failNext: (count, status, pattern) => void (this.failures = { count, status, pattern }),
      dropWatches,
      conflictNextUpdates: (count) => void (this.conflicts = count),
      compactHistory: compact,
      reset: () => {
        this.latencyMs = 0;
        this.failures = { count: 0, status: 500, pattern: void 0 };
        this.conflicts = 0;
      }
    };
  }
};

// src/simulator/kubeconfig.ts
var import_yaml = __toESM(require_dist(), 1);
function renderKubeconfig(url, token, caPem) {
  return (0, import_yaml.stringify)({
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: "deploy-kit-sim",
        cluster: {
          server: url,
          ...caPem ? { "certificate-authority-data": Buffer.from(caPem).toString("base64") } : { "insecure-skip-tls-verify": true }
        }
      }
    ],
    users: [{ name: "deploy-kit-sim", user: { token } }],
    contexts: [
      { name: "deploy-kit-sim", context: { cluster: "deploy-kit-sim", user: "deploy-kit-sim", namespace: "default" } }
    ],
    "current-context": "deploy-kit-sim",
    preferences: {}
  });
}

// src/simulator/server.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { timingSafeEqual } from "node:crypto";

// src/simulator/discovery.ts
var VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
function entries(r) {
  const main = {
    name: r.plural,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: r.plural === "events" || r.plural === "nodes" ? VERBS : VERBS,
    ...r.shortNames.length ? { shortNames: r.shortNames } : {},
    ...r.categories ? { categories: r.categories } : {}
  };
  const subs = r.subresources.map(
    (s) => s === "log" ? { name: `${r.plural}/log`, singularName: "", namespaced: true, kind: "Pod", verbs: ["get"] } : s === "scale" ? {
      name: `${r.plural}/scale`,
      singularName: "",
      namespaced: r.namespaced,
      group: "autoscaling",
      version: "v1",
      kind: "Scale",
      verbs: ["get", "patch", "update"]
    } : {
      name: `${r.plural}/status`,
      singularName: "",
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: ["get", "patch", "update"]
    }
  );
  return [main, ...subs];
}
function resourceList(group2, version) {
  const rs = RESOURCES.filter((r) => r.group === group2 && r.version === version);
  if (!rs.length) return void 0;
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: apiVersionOf(rs[0]),
    resources: rs.flatMap(entries)
  };
}
function coreVersions(serverAddress) {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }]
  };
}
function group(name2, version) {
  const gv = { groupVersion: `${name2}/${version}`, version };
  return { name: name2, versions: [gv], preferredVersion: gv };
}
function groupList() {
  return { kind: "APIGroupList", apiVersion: "v1", groups: GROUPS.map((g) => group(g.name, g.version)) };
}
function groupInfo(name2) {
  const g = GROUPS.find((x) => x.name === name2);
  return g ? { kind: "APIGroup", apiVersion: "v1", ...group(g.name, g.version) } : void 0;
}
function versionInfo() {
  return {
    major: "1",
    minor: "32",
    gitVersion: "v1.32.0+deploy-kit-simulator",
    gitCommit: "0000000000000000000000000000000000000000",
    gitTreeState: "clean",
    buildDate: "2026-01-01T00:00:00Z",
    goVersion: "go1.23",
    compiler: "gc",
    platform: `${process.platform}/${process.arch}`
  };
}

// src/simulator/delete-handlers.ts
function deleteOptions(r) {
  let body;
  try {
    body = r.body();
  } catch {
    body = void 0;
  }
  const opts = isObject(body) ? { ...body } : {};
  const grace = r.query.get("gracePeriodSeconds");
  if (grace !== null && Number.isFinite(Number(grace))) opts.gracePeriodSeconds = Number(grace);
  const pp = r.query.get("propagationPolicy");
  if (pp) opts.propagationPolicy = pp;
  if (r.query.get("dryRun")) opts.dryRun = true;
  const policy = opts.propagationPolicy;
  if (policy && !["Orphan", "Background", "Foreground"].includes(policy)) {
    throw new ApiError(
      422,
      "Invalid",
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`
    );
  }
  return opts;
}
function deleted(r, o) {
  if (r.plural === "pods" || r.plural === "namespaces" || metaOf(o).deletionTimestamp) return { code: 200, body: o };
  return {
    code: 200,
    body: {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Success",
      details: { name: metaOf(o).name, ...r.group ? { group: r.group } : {}, kind: r.plural, uid: metaOf(o).uid }
    }
  };
}
function deleteObject(api, r, name2) {
  return deleted(r.resource, api.delete(r.resource, r.namespace, name2, deleteOptions(r)));
}
function deleteCollection(api, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const opts = deleteOptions(r);
  const items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels));
  const gone = items.map((o) => api.delete(r.resource, metaOf(o).namespace, metaOf(o).name, opts));
  return {
    code: 200,
    body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata: {}, items: gone }
  };
}

// src/simulator/table.ts
function age(timestamp, now = Date.now()) {
  if (!timestamp) return "<unknown>";
  const s = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1e3));
  if (s < 120) return `${s}s`;
  if (s < 600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ""}`;
  if (s < 3 * 3600) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}
function podStatus(p) {
  if (p.metadata.deletionTimestamp) return "Terminating";
  const waiting = (p.status?.containerStatuses ?? []).map((c) => c.state?.waiting?.reason).find(Boolean);
  return waiting ?? p.status?.phase ?? "Pending";
}
var n = (v) => Number(v ?? 0);
var containers = (o) => o.spec?.template?.spec?.containers ?? [];
var name = ["Name", "string", (o) => o.metadata.name];
var ageCol = ["Age", "string", (o) => age(o.metadata.creationTimestamp)];
var COLUMNS = {
  Pod: [
    name,
    [
      "Ready",
      "string",
      (p) => `${(p.status?.containerStatuses ?? []).filter((c) => c.ready).length}/${(p.spec?.containers ?? []).length}`
    ],
    ["Status", "string", podStatus],
    [
      "Restarts",
      "integer",
      (p) => (p.status?.containerStatuses ?? []).reduce((t, c) => t + n(c.restartCount), 0)
    ],
    ageCol,
    ["IP", "string", (p) => p.status?.podIP ?? "<none>", 1],
    ["Node", "string", (p) => p.spec?.nodeName ?? "<none>", 1]
  ],
  Deployment: [
    name,
    ["Ready", "string", (d) => `${n(d.status?.readyReplicas)}/${n(d.spec?.replicas)}`],
    ["Up-to-date", "integer", (d) => n(d.status?.updatedReplicas)],
    ["Available", "integer", (d) => n(d.status?.availableReplicas)],
    ageCol,
    [
      "Containers",
      "string",
      (d) => containers(d).map((c) => c.name).join(","),
      1
    ],
    [
      "Images",
      "string",
      (d) => containers(d).map((c) => c.image).join(","),
      1
    ]
  ],
  ReplicaSet: [
    name,
    ["Desired", "integer", (r) => n(r.spec?.replicas)],
    ["Current", "integer", (r) => n(r.status?.replicas)],
    ["Ready", "integer", (r) => n(r.status?.readyReplicas)],
    ageCol
  ],
  StatefulSet: [name, ["Ready", "string", (s) => `${n(s.status?.readyReplicas)}/${n(s.spec?.replicas)}`], ageCol],
  DaemonSet: [
    name,
    ["Desired", "integer", (d) => n(d.status?.desiredNumberScheduled)],
    ["Current", "integer", (d) => n(d.status?.currentNumberScheduled)],
    ["Ready", "integer", (d) => n(d.status?.numberReady)],
    ["Up-to-date", "integer", (d) => n(d.status?.updatedNumberScheduled)],
    ["Available", "integer", (d) => n(d.status?.numberAvailable)],
    [
      "Node Selector",
      "string",
      (d) => Object.entries(d.spec?.template?.spec?.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "<none>"
    ],
    ageCol
  ],
  Service: [
    name,
    ["Type", "string", (s) => s.spec?.type ?? "ClusterIP"],
    ["Cluster-IP", "string", (s) => s.spec?.clusterIP ?? "<none>"],
    ["External-IP", "string", (s) => s.spec?.type === "LoadBalancer" ? "<pending>" : "<none>"],
    [
      "Port(s)",
      "string",
      (s) => (s.spec?.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}/${p.protocol ?? "TCP"}`).join(",") || "<none>"
    ],
    ageCol
  ],
  Namespace: [name, ["Status", "string", (ns) => ns.status?.phase ?? "Active"], ageCol],
  ConfigMap: [
    name,
    ["Data", "integer", (c) => Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length],
    ageCol
  ],
  Secret: [
    name,
    ["Type", "string", (s) => s.type ?? "Opaque"],
    ["Data", "integer", (s) => Object.keys(s.data ?? {}).length],
    ageCol
  ],
  Endpoints: [
    name,
    [
      "Endpoints",
      "string",
      (e) => {
        const addrs = (e.subsets ?? []).flatMap(
          (s) => (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`))
        );
        return addrs.length ? addrs.slice(0, 3).join(",") + (addrs.length > 3 ? ` + ${addrs.length - 3} more...` : "") : "<none>";
      }
    ],
    ageCol
  ],
  ServiceAccount: [name, ["Secrets", "integer", (s) => (s.secrets ?? []).length], ageCol],
  ControllerRevision: [
    name,
    [
      "Controller",
      "string",
      (c) => {
        const o = (c.metadata.ownerReferences ?? [])[0];
        return o ? `${o.kind.toLowerCase()}.apps/${o.name}` : "<none>";
      }
    ],
    ["Revision", "integer", (c) => n(c.revision)],
    ageCol
  ],
  Event: [
    ["Last Seen", "string", (e) => age(e.lastTimestamp ?? e.metadata.creationTimestamp)],
    ["Type", "string", (e) => e.type ?? ""],
    ["Reason", "string", (e) => e.reason ?? ""],
    [
      "Object",
      "string",
      (e) => `${String(e.involvedObject?.kind ?? "").toLowerCase()}/${e.involvedObject?.name ?? ""}`
    ],
    ["Message", "string", (e) => e.message ?? ""]
  ]
};
var wantsTable = (accept) => /as=Table/.test(accept ?? "");
function toTable(kind, items, resourceVersion, includeObject = "Metadata", withColumns = true) {
  const cols = COLUMNS[kind] ?? [name, ageCol];
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion },
    columnDefinitions: withColumns ? cols.map(([title, type, , priority]) => ({
      name: title,
      type,
      format: title === "Name" ? "name" : "",
      description: title,
      priority: priority ?? 0
    })) : [],
    rows: items.map((o) => ({
      cells: cols.map(([, , cell]) => cell(o)),
      object: includeObject === "Object" ? o : includeObject === "None" ? void 0 : { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: o.metadata }
    }))
  };
}

// src/simulator/read-handlers.ts
function list2(api, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const fields = parseFieldSelector(r.query.get("fieldSelector"), r.resource.kind);
  let items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels) && fields(o));
  const limit = Number(r.query.get("limit") ?? 0);
  const offset = Number(Buffer.from(r.query.get("continue") ?? "", "base64").toString() || 0);
  let next;
  if (limit > 0) {
    next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString("base64") : void 0;
    items = items.slice(offset, offset + limit);
  }
  const metadata = { resourceVersion: String(api.store.resourceVersion), ...next ? { continue: next } : {} };
  if (wantsTable(r.req.headers.accept)) {
    return {
      code: 200,
      body: {
        ...toTable(r.resource.kind, items, metadata.resourceVersion, r.query.get("includeObject") ?? void 0),
        metadata
      }
    };
  }
  return { code: 200, body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata, items } };
}
var wantsWatch = (r) => ["true", "1"].includes(r.query.get("watch") ?? "");
function watch(hub, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const fields = parseFieldSelector(r.query.get("fieldSelector"), r.resource.kind);
  hub.serve(r.req, r.res, {
    resource: r.resource,
    namespace: r.namespace,
    matches: (o) => labels(metaOf(o).labels) && fields(o),
    resourceVersion: r.query.get("resourceVersion") ?? void 0,
    bookmarks: r.query.get("allowWatchBookmarks") === "true",
    timeoutSeconds: Number(r.query.get("timeoutSeconds")) || void 0,
    render: wantsTable(r.req.headers.accept) ? (o, first) => toTable(r.resource.kind, [o], metaOf(o).resourceVersion, r.query.get("includeObject") ?? void 0, first) : void 0
  });
}
function get(api, r, name2) {
  const obj2 = api.store.mustGet(r.resource, r.namespace, name2);
  if (!r.subresource && wantsTable(r.req.headers.accept))
    return {
      code: 200,
      body: toTable(r.resource.kind, [obj2], metaOf(obj2).resourceVersion, r.query.get("includeObject") ?? void 0)
    };
  return { code: 200, body: obj2 };
}

// src/simulator/resource-request.ts
var PATCH_TYPES = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
  "application/apply-patch+yaml": "apply"
};
function manager(r) {
  return r.query.get("fieldManager") || r.userAgent.split("/")[0] || "unknown";
}
function methodNotAllowed() {
  return new ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
}

// src/simulator/subresource-handlers.ts
function scaleOf(o) {
  const meta = metaOf(o);
  const spec = o.spec;
  const status = o.status;
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: {
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
      creationTimestamp: meta.creationTimestamp
    },
    spec: { replicas: spec?.replicas ?? 0 },
    status: { replicas: status?.replicas ?? 0, selector: selectorString(spec?.selector) }
  };
}
function scale(api, r, name2) {
  const live = api.store.mustGet(r.resource, r.namespace, name2);
  if (r.method === "GET") return { code: 200, body: scaleOf(live) };
  let wanted;
  if (r.method === "PUT") wanted = r.body();
  else {
    const type = PATCH_TYPES[r.contentType];
    const cur = scaleOf(live);
    const p = r.body();
    wanted = type === "json" ? applyJsonPatch(cur, p) : type === "merge" ? applyMergePatch(cur, p) : strategicMerge(cur, p);
  }
  const replicas = wanted?.spec?.replicas;
  if (replicas === void 0 || !Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(
      422,
      "Invalid",
      `Scale.autoscaling "${name2}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`
    );
  }
  const rv = wanted.metadata?.resourceVersion;
  const updated = api.update(
    r.resource,
    r.namespace,
    name2,
    {
      ...live,
      metadata: { ...metaOf(live), resourceVersion: rv ?? metaOf(live).resourceVersion },
      spec: { ...live.spec, replicas }
    },
    { manager: manager(r) }
  );
  return { code: 200, body: scaleOf(updated) };
}
function logs(api, r, name2) {
  if (r.method !== "GET") throw methodNotAllowed();
  const pod = api.store.mustGet(r.resource, r.namespace, name2);
  const containers2 = pod.spec.containers;
  const container = r.query.get("container") ?? containers2[0]?.name;
  if (!containers2.some((c) => c.name === container)) {
    throw badRequest(`container ${container} is not valid for pod ${name2}`);
  }
  let text = r.podLogs?.(r.namespace ?? "", name2, container) ?? "";
  const tail = Number(r.query.get("tailLines") ?? -1);
  if (tail >= 0)
    text = text.split("\n").filter(Boolean).slice(-tail).map((l) => `${l}
`).join("");
  return { code: 200, body: text, contentType: "text/plain" };
}

// src/simulator/write-handlers.ts
function writeOptions(r) {
  return {
    manager: manager(r),
    dryRun: Boolean(r.query.get("dryRun")),
    subresource: r.subresource,
    fieldValidation: r.query.get("fieldValidation") ?? void 0
  };
}
async function create(api, r) {
  return {
    code: 201,
    body: await api.create(r.resource, r.namespace, r.body(), {
      manager: manager(r),
      dryRun: Boolean(r.query.get("dryRun")),
      fieldValidation: r.query.get("fieldValidation") ?? void 0
    })
  };
}
function replace(api, r, name2) {
  return { code: 200, body: api.update(r.resource, r.namespace, name2, r.body(), writeOptions(r)) };
}
async function patch(api, r, name2) {
  const type = PATCH_TYPES[r.contentType];
  if (!type) {
    throw new ApiError(
      415,
      "UnsupportedMediaType",
      `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(", ")}`
    );
  }
  const existed = Boolean(api.store.get(r.resource, r.namespace, name2));
  const force = r.query.get("force") === "true";
  if (r.query.get("force") && type !== "apply")
    throw badRequest("force is not allowed to be set for non-apply patch operations");
  const out = await api.patch(r.resource, r.namespace, name2, type, r.body(), { ...writeOptions(r), force });
  return { code: existed ? 200 : 201, body: out };
}

// src/simulator/handlers.ts
function onCollection(api, hub, r) {
  switch (r.method) {
    case "GET":
      if (!wantsWatch(r)) return list2(api, r);
      watch(hub, r);
      return void 0;
    case "POST":
      return create(api, r);
    case "DELETE":
      return deleteCollection(api, r);
    default:
      throw methodNotAllowed();
  }
}
function onObject(api, r, name2) {
  const sub = r.subresource;
  if (sub && !r.resource.subresources.includes(sub))
    throw new ApiError(404, "NotFound", "the server could not find the requested resource");
  if (sub === "scale") return scale(api, r, name2);
  if (sub === "log") return logs(api, r, name2);
  switch (r.method) {
    case "GET":
      return get(api, r, name2);
    case "PUT":
      return replace(api, r, name2);
    case "PATCH":
      return patch(api, r, name2);
    case "DELETE":
      return deleteObject(api, r, name2);
    default:
      throw methodNotAllowed();
  }
}
async function handleResource(api, hub, r) {
  return r.name ? await onObject(api, r, r.name) : await onCollection(api, hub, r);
}

// src/simulator/openapi.ts
import { createHash } from "node:crypto";
var ref = (name2) => ({ $ref: `#/components/schemas/${name2}` });
var CORE = "io.k8s.api.core.v1.";
var META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
var str = { type: "string" };
var strMap = { type: "object", additionalProperties: str };
var keyed = (items, key, retain = false) => ({
  type: "array",
  items,
  "x-kubernetes-list-type": "map",
  "x-kubernetes-list-map-keys": [key],
  "x-kubernetes-patch-merge-key": key,
  "x-kubernetes-patch-strategy": retain ? "merge,retainKeys" : "merge"
});
var obj = (properties, extra = {}) => ({ type: "object", properties, ...extra });
function sharedSchemas() {
  return {
    [`${META}ObjectMeta`]: obj({
      name: str,
      namespace: str,
      generateName: str,
      labels: strMap,
      annotations: strMap,
      uid: str,
      resourceVersion: str,
      finalizers: { type: "array", items: str, "x-kubernetes-patch-strategy": "merge" },
      ownerReferences: keyed(obj({ uid: str, name: str, kind: str, apiVersion: str }), "uid")
    }),
    [`${META}LabelSelector`]: obj({
      matchLabels: strMap,
      matchExpressions: { type: "array", items: obj({ key: str }) }
    }),
    [`${CORE}EnvVar`]: obj({ name: str, value: str }),
    [`${CORE}ContainerPort`]: obj({ containerPort: { type: "integer" }, name: str, protocol: str }),
    [`${CORE}VolumeMount`]: obj({ mountPath: str, name: str }),
    [`${CORE}Container`]: obj({
      name: str,
      image: str,
      args: { type: "array", items: str },
      command: { type: "array", items: str },
      env: keyed(ref(`${CORE}EnvVar`), "name"),
      ports: keyed(ref(`${CORE}ContainerPort`), "containerPort"),
      volumeMounts: keyed(ref(`${CORE}VolumeMount`), "mountPath")
    }),
    [`${CORE}PodSpec`]: obj({
      containers: keyed(ref(`${CORE}Container`), "name"),
      initContainers: keyed(ref(`${CORE}Container`), "name"),
      volumes: keyed(obj({ name: str }), "name", true),
      imagePullSecrets: keyed(obj({ name: str }), "name")
    }),
    [`${CORE}PodTemplateSpec`]: obj({ metadata: ref(`${META}ObjectMeta`), spec: ref(`${CORE}PodSpec`) }),
    [`${CORE}ServiceSpec`]: obj({
      ports: keyed(obj({ port: { type: "integer" }, name: str }), "port"),
      selector: strMap,
      type: str
    }),
    workloadSpec: obj({
      replicas: { type: "integer" },
      selector: ref(`${META}LabelSelector`),
      template: ref(`${CORE}PodTemplateSpec`),
      strategy: obj({ type: str }, { "x-kubernetes-patch-strategy": "retainKeys" })
    })
  };
}
function specRef(r) {
  if (r.plural === "pods") return ref(`${CORE}PodSpec`);
  if (r.plural === "services") return ref(`${CORE}ServiceSpec`);
  if (["deployments", "replicasets", "statefulsets", "daemonsets"].includes(r.plural)) return ref("workloadSpec");
  return void 0;
}
var schemaName = (r) => `io.k8s.api.${r.group || "core"}.${r.version}.${r.kind}`;
var gvk = (r) => ({ group: r.group, version: r.version, kind: r.kind });
var QUERY = ["dryRun", "fieldManager", "fieldValidation", "force", "pretty"].map((name2) => ({
  name: name2,
  in: "query",
  schema: str
}));
var PATCH_TYPES2 = [
  "application/apply-patch+yaml",
  "application/json-patch+json",
  "application/merge-patch+json",
  "application/strategic-merge-patch+json"
];
function paths(r) {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const coll = r.namespaced ? `${base}/namespaces/{namespace}/${r.plural}` : `${base}/${r.plural}`;
  const body = { content: { "application/json": { schema: ref(schemaName(r)) } } };
  const op = (action, extra = {}) => ({
    operationId: `${action}${r.kind}`,
    "x-kubernetes-action": action,
    "x-kubernetes-group-version-kind": gvk(r),
    parameters: QUERY,
    responses: { 200: { description: "OK", content: { "application/json": { schema: ref(schemaName(r)) } } } },
    ...extra
  });
  const patch2 = op("patch", {
    requestBody: { content: Object.fromEntries(PATCH_TYPES2.map((t) => [t, { schema: { type: "object" } }])) }
  });
  return {
    [coll]: { get: op("list"), post: op("post", { requestBody: body }) },
    [`${coll}/{name}`]: { get: op("get"), put: op("put", { requestBody: body }), patch: patch2, delete: op("delete") },
    ...r.subresources.includes("status") ? { [`${coll}/{name}/status`]: { get: op("get"), put: op("put", { requestBody: body }), patch: patch2 } } : {}
  };
}
function openapiV3Doc(groupVersion) {
  const rs = RESOURCES.filter((r) => apiVersionOf(r) === groupVersion);
  if (!rs.length) return void 0;
  const schemas = sharedSchemas();
  for (const r of rs) {
    const spec = specRef(r);
    schemas[schemaName(r)] = obj(
      {
        apiVersion: str,
        kind: str,
        metadata: ref(`${META}ObjectMeta`),
        ...spec ? { spec } : {},
        status: { type: "object" },
        data: strMap
      },
      { "x-kubernetes-group-version-kind": [gvk(r)] }
    );
  }
  return {
    openapi: "3.0.0",
    info: { title: "deploy-kit simulator", version: "v1.32.0" },
    paths: Object.assign({}, ...rs.map(paths)),
    components: { schemas }
  };
}
var hashOf = (gv) => createHash("sha512").update(JSON.stringify(openapiV3Doc(gv))).digest("hex").slice(0, 64).toUpperCase();
function openapiV3Index() {
  const gvs = [...new Set(RESOURCES.map(apiVersionOf))];
  const key = (gv) => gv === "v1" ? "api/v1" : `apis/${gv}`;
  return {
    paths: Object.fromEntries(
      gvs.map((gv) => [key(gv), { serverRelativeURL: `/openapi/v3/${key(gv)}?hash=${hashOf(gv)}` }])
    )
  };
}

// src/simulator/protobuf.ts
var S = {
  Unknown: { 1: ["typeMeta", "TypeMeta"], 2: ["raw", "bytes"] },
  TypeMeta: { 1: ["apiVersion", "string"], 2: ["kind", "string"] },
  ObjectMeta: {
    1: ["name", "string"],
    2: ["generateName", "string"],
    3: ["namespace", "string"],
    11: ["labels", "map"],
    12: ["annotations", "map"],
    14: ["finalizers", "string", true]
  },
  Namespace: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "NamespaceSpec"] },
  NamespaceSpec: { 1: ["finalizers", "string", true] },
  ConfigMap: {
    1: ["metadata", "ObjectMeta"],
    2: ["data", "map"],
    3: ["binaryData", "bytesmap"],
    4: ["immutable", "bool"]
  },
  Secret: {
    1: ["metadata", "ObjectMeta"],
    2: ["data", "bytesmap"],
    3: ["type", "string"],
    4: ["stringData", "map"],
    5: ["immutable", "bool"]
  },
  ServiceAccount: { 1: ["metadata", "ObjectMeta"], 4: ["automountServiceAccountToken", "bool"] },
  Deployment: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "DeploymentSpec"] },
  DeploymentSpec: {
    1: ["replicas", "int"],
    2: ["selector", "LabelSelector"],
    3: ["template", "PodTemplateSpec"],
    4: ["strategy", "DeploymentStrategy"],
    5: ["minReadySeconds", "int"],
    6: ["revisionHistoryLimit", "int"],
    7: ["paused", "bool"],
    9: ["progressDeadlineSeconds", "int"]
  },
  DeploymentStrategy: { 1: ["type", "string"] },
  LabelSelector: { 1: ["matchLabels", "map"] },
  PodTemplateSpec: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "PodSpec"] },
  PodSpec: {
    2: ["containers", "Container", true],
    3: ["restartPolicy", "string"],
    6: ["dnsPolicy", "string"],
    8: ["serviceAccountName", "string"]
  },
  Container: {
    1: ["name", "string"],
    2: ["image", "string"],
    3: ["command", "string", true],
    4: ["args", "string", true],
    6: ["ports", "ContainerPort", true],
    7: ["env", "EnvVar", true],
    8: ["resources", "Empty"],
    14: ["imagePullPolicy", "string"]
  },
  ContainerPort: { 1: ["name", "string"], 3: ["containerPort", "int"], 4: ["protocol", "string"] },
  EnvVar: { 1: ["name", "string"], 2: ["value", "string"] },
  Empty: {},
  Service: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "ServiceSpec"] },
  ServiceSpec: {
    1: ["ports", "ServicePort", true],
    2: ["selector", "map"],
    3: ["clusterIP", "string"],
    4: ["type", "string"]
  },
  ServicePort: {
    1: ["name", "string"],
    2: ["protocol", "string"],
    3: ["port", "int"],
    4: ["targetPort", "IntOrString"],
    5: ["nodePort", "int"]
  },
  IntOrString: { 1: ["type", "int"], 2: ["intVal", "int"], 3: ["strVal", "string"] }
};
var POINTER = /* @__PURE__ */ new Set([
  "replicas",
  "revisionHistoryLimit",
  "progressDeadlineSeconds",
  "immutable",
  "automountServiceAccountToken",
  "intVal",
  "type"
]);
var Reader = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  pos = 0;
  get done() {
    return this.pos >= this.buf.length;
  }
  varint() {
    let result = 0;
    let shift = 0;
    for (; ; ) {
      if (this.pos >= this.buf.length) throw badRequest("protobuf: truncated varint");
      const b = this.buf[this.pos++];
      result += (b & 127) * 2 ** shift;
      if (!(b & 128)) return result;
      shift += 7;
      if (shift > 63) throw badRequest("protobuf: varint too long");
    }
  }
  bytes() {
    const len = this.varint();
    if (this.pos + len > this.buf.length) throw badRequest("protobuf: truncated field");
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  skip(wire) {
    if (wire === 0) this.varint();
    else if (wire === 2) this.bytes();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw badRequest(`protobuf: unsupported wire type ${wire}`);
  }
};
function mapEntry(buf, bytesValues) {
  const r = new Reader(buf);
  let key = "";
  let value = "";
  while (!r.done) {
    const tag = r.varint();
    const data = r.bytes();
    if (tag >>> 3 === 1) key = data.toString("utf8");
    else value = bytesValues ? data.toString("base64") : data.toString("utf8");
  }
  return [key, value];
}
function decode(buf, type, depth = 0) {
  if (depth > 20) throw badRequest("protobuf: nesting too deep");
  const schema = S[type];
  const out = {};
  const r = new Reader(buf);
  while (!r.done) {
    const tag = r.varint();
    const [name2, ftype, repeated] = schema[Math.floor(tag / 8)] ?? [];
    const wire = tag & 7;
    if (!name2) {
      r.skip(wire);
      continue;
    }
    let value;
    if (ftype === "int") value = r.varint();
    else if (ftype === "bool") value = r.varint() !== 0;
    else if (ftype === "string") value = r.bytes().toString("utf8");
    else if (ftype === "bytes") value = r.bytes();
    else if (ftype === "map" || ftype === "bytesmap") {
      const [k, v] = mapEntry(r.bytes(), ftype === "bytesmap");
      out[name2] = { ...out[name2], [k]: v };
      continue;
    } else value = decode(r.bytes(), ftype, depth + 1);
    if (repeated) (out[name2] ??= []).push(value);
    else if (value === "" || (value === 0 || value === false) && !POINTER.has(name2)) continue;
    else out[name2] = value;
  }
  return out;
}
function intOrString(v) {
  return v.type === 1 ? v.strVal ?? "" : v.intVal ?? 0;
}
function decodeProtobuf(body) {
  if (body.length < 4 || body.subarray(0, 4).toString("latin1") !== "k8s\0")
    throw badRequest("protobuf: missing the k8s envelope");
  const unknown = decode(body.subarray(4), "Unknown");
  const kind = unknown.typeMeta?.kind ?? "";
  if (!S[kind] || !["Namespace", "ConfigMap", "Secret", "ServiceAccount", "Deployment", "Service"].includes(kind)) {
    throw new ApiError(
      415,
      "UnsupportedMediaType",
      `protobuf bodies of kind "${kind}" are not supported by the simulator; send application/json`
    );
  }
  const obj2 = decode(unknown.raw ?? Buffer.alloc(0), kind);
  for (const p of obj2.spec?.ports ?? []) if (p.targetPort) p.targetPort = intOrString(p.targetPort);
  return { apiVersion: unknown.typeMeta.apiVersion, kind, ...obj2 };
}

// src/simulator/server.ts
var MAX_BODY = 3 * 1024 * 1024;
var PUBLIC = /* @__PURE__ */ new Set(["/healthz", "/livez", "/readyz", "/version"]);
var notFoundPath = () => new ApiError(404, "NotFound", "the server could not find the requested resource", {});
function send(res, reply) {
  if (res.headersSent) return void res.end();
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  const headers = {
    "Content-Type": reply.contentType ?? "application/json",
    "Cache-Control": "no-cache, private"
  };
  if (reply.code === 429) headers["Retry-After"] = "1";
  res.writeHead(reply.code, headers);
  res.end(text);
}
var errorReply = (err) => {
  const e = asApiError(err);
  return { code: e.code, body: e.toStatus() };
};
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY)
      throw new ApiError(413, "RequestEntityTooLarge", `Request entity too large: limit is ${MAX_BODY}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function parser(raw, contentType) {
  let cached;
  return () => {
    if (cached) return cached.value;
    if (contentType === "application/vnd.kubernetes.protobuf") return (cached = { value: decodeProtobuf(raw) }).value;
    const text = raw.toString("utf8");
    if (!text.trim()) throw badRequest("the body of the request is empty; an object is required");
    try {
      const value = /yaml/.test(contentType) ? (0, import_yaml2.parse)(text, { maxAliasCount: 50 }) : JSON.parse(text);
      cached = { value };
      return value;
    } catch (err) {
      throw badRequest(
        `error decoding ${/yaml/.test(contentType) ? "YAML" : "JSON"}: ${err.message.split("\n")[0]}`
      );
    }
  };
}
function authorized(req, token) {
  const header = req.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
function staticRoute(path, deps) {
  const segs = path.split("/").filter(Boolean);
  if (PUBLIC.has(path))
    return path === "/version" ? { code: 200, body: versionInfo() } : { code: 200, body: "ok", contentType: "text/plain" };
  if (path === "/api") return { code: 200, body: coreVersions(deps.address()) };
  if (path === "/apis") return { code: 200, body: groupList() };
  if (path === "/api/v1") return { code: 200, body: resourceList("", "v1") };
  if (segs[0] === "apis" && segs.length === 2) {
    const g = groupInfo(segs[1]);
    return g ? { code: 200, body: g } : void 0;
  }
  if (segs[0] === "apis" && segs.length === 3) {
    const l = resourceList(segs[1], segs[2]);
    return l ? { code: 200, body: l } : void 0;
  }
  if (path === "/openapi/v3") return { code: 200, body: openapiV3Index() };
  if (path.startsWith("/openapi/v3/")) {
    const gv = path.slice("/openapi/v3/".length).replace(/^apis?\//, "");
    const doc = openapiV3Doc(gv);
    return doc ? { code: 200, body: doc } : void 0;
  }
  return void 0;
}
async function route(req, res, deps, url) {
  const fixed = staticRoute(url.pathname, deps);
  if (fixed) return fixed;
  let segs;
  try {
    segs = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest(`malformed path: ${url.pathname.slice(0, 200)}`);
  }
  let group2 = "", version, rest;
  if (segs[0] === "api" && segs[1] === "v1") [version, rest] = ["v1", segs.slice(2)];
  else if (segs[0] === "apis" && segs.length >= 4) [group2, version, rest] = [segs[1], segs[2], segs.slice(3)];
  else throw notFoundPath();
  let namespace;
  if (rest[0] === "namespaces" && rest.length >= 3 && findResource(group2, version, rest[2])?.namespaced)
    [namespace, rest] = [rest[1], rest.slice(2)];
  const resource = findResource(group2, version, rest[0]);
  if (!resource || rest.length > 3) throw notFoundPath();
  const body = await readBody(req);
  const contentType = (req.headers["content-type"] ?? "application/json").split(";")[0].trim();
  if (deps.faults.takeConflict(req.method ?? "") && rest[1]) throw conflict(resource, rest[1]);
  return handleResource(deps.api, deps.hub, {
    resource,
    namespace,
    name: rest[1],
    subresource: rest[2],
    method: req.method ?? "GET",
    query: url.searchParams,
    contentType,
    body: parser(body, contentType),
    userAgent: String(req.headers["user-agent"] ?? ""),
    req,
    res,
    podLogs: deps.podLogs
  });
}
function createListener(deps) {
  return (req, res) => {
    void (async () => {
      let reply;
      try {
        const url = new URL(req.url ?? "/", "http://sim");
        if (!PUBLIC.has(url.pathname) && !authorized(req, deps.token))
          throw new ApiError(401, "Unauthorized", "Unauthorized");
        if (deps.faults.latencyMs) await new Promise((r) => setTimeout(r, deps.faults.latencyMs));
        const injected = deps.faults.takeFailure(url.pathname);
        if (injected) {
          const reason = { 429: "TooManyRequests", 500: "InternalError", 503: "ServiceUnavailable" }[injected];
          throw new ApiError(injected, reason, `injected fault: ${reason}`);
        }
        reply = await route(req, res, deps, url);
      } catch (err) {
        reply = errorReply(err);
      }
      if (reply) send(res, reply);
    })().catch(() => res.destroy());
  };
}

// src/simulator/service-proxy.ts
import { createServer as createServer2, request as request2 } from "node:http";
var URL_ANNOTATION = "sim.deploy-kit.dev/url";
var ServiceProxies = class {
  constructor(store, kubelet) {
    this.store = store;
    this.kubelet = kubelet;
    store.subscribe((e) => {
      if (e.resource === R.services && e.type === "DELETED")
        void this.close(`${metaOf(e.object).namespace}/${metaOf(e.object).name}`);
    });
  }
  store;
  kubelet;
  servers = /* @__PURE__ */ new Map();
  turn = 0;
  url(namespace, name2) {
    return this.servers.get(`${namespace}/${name2}`)?.url;
  }
  /** Called before a Service is stored: listens and records the URL annotation. */
  async allocate(svc) {
    const meta = metaOf(svc);
    const namespace = meta.namespace ?? "default";
    const key = `${namespace}/${meta.name}`;
    await this.close(key);
    const server = createServer2((req, res) => this.forward(namespace, meta.name, req, res));
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${server.address().port}`;
    this.servers.set(key, { server, url });
    meta.annotations = { ...meta.annotations, [URL_ANNOTATION]: url };
  }
  endpoints(namespace, name2) {
    const svc = this.store.get(R.services, namespace, name2);
    const selector = svc?.spec?.selector;
    if (!selector) return [];
    const kubelet = this.kubelet();
    return this.store.list(R.pods, namespace).filter(
      (p) => !metaOf(p).deletionTimestamp && podReady(p) && selectorMatches({ matchLabels: selector }, metaOf(p).labels)
    ).map((p) => kubelet.endpointOf(p)).filter((u) => Boolean(u));
  }
  forward(namespace, name2, req, res) {
    const targets = this.endpoints(namespace, name2);
    if (!targets.length) {
      res.writeHead(503, { "Content-Type": "application/json" });
      return void res.end(JSON.stringify({ error: `no ready endpoints for service ${namespace}/${name2}` }));
    }
    const target = new URL(req.url ?? "/", targets[this.turn++ % targets.length]);
    const upstream = request2(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: "upstream pod failed" }));
    });
    req.pipe(upstream);
  }
  async close(key) {
    const entry = this.servers.get(key);
    this.servers.delete(key);
    if (!entry) return;
    entry.server.closeAllConnections();
    await new Promise((resolve) => entry.server.close(() => resolve()));
  }
  async stop() {
    await Promise.all([...this.servers.keys()].map((k) => this.close(k)));
  }
};

// src/simulator/store.ts
import { randomUUID } from "node:crypto";
var specOf = (o) => {
  const rest = { ...o };
  delete rest.metadata;
  delete rest.status;
  return rest;
};
var ObjectStore = class {
  constructor(maxHistory = 5e3) {
    this.maxHistory = maxHistory;
  }
  maxHistory;
  rv = 1;
  data = /* @__PURE__ */ new Map();
  history = [];
  listeners = /* @__PURE__ */ new Set();
  get resourceVersion() {
    return this.rv;
  }
  /** Oldest resourceVersion a watch may resume from (older ones get 410 Gone). */
  get oldestResumable() {
    return this.history.length ? this.history[0].rv - 1 : this.rv;
  }
  /** Drops the event history (fault injection: watches resuming from before now get 410). */
  compact() {
    this.history.length = 0;
  }
  eventsSince(rv) {
    return this.history.filter((e) => e.rv > rv);
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  bucket(r) {
    let b = this.data.get(keyOf(r));
    if (!b) this.data.set(keyOf(r), b = /* @__PURE__ */ new Map());
    return b;
  }
  get(r, namespace, name2) {
    return clone(this.bucket(r).get(`${namespace ?? ""}/${name2}`));
  }
  mustGet(r, namespace, name2) {
    const found = this.get(r, namespace, name2);
    if (!found) throw notFound(r, name2);
    return found;
  }
  list(r, namespace) {
    const items = [...this.bucket(r).entries()].filter(([, o]) => !namespace || o.metadata.namespace === namespace).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return items.map(([, o]) => clone(o));
  }
  create(r, input) {
    const obj2 = clone(input);
    const key = `${obj2.metadata.namespace ?? ""}/${obj2.metadata.name}`;
    if (this.bucket(r).has(key)) throw alreadyExists(r, obj2.metadata.name);
    const md = obj2.metadata;
    md.uid = randomUUID();
    md.creationTimestamp = nowTime();
    if (r.generation) md.generation = 1;
    delete md.deletionTimestamp;
    return this.commit(r, key, obj2, "ADDED");
  }
  /** Replaces an object; a stale metadata.resourceVersion is a 409 Conflict like etcd's compare-and-swap. */
  update(r, input) {
    const obj2 = clone(input);
    const key = `${obj2.metadata.namespace ?? ""}/${obj2.metadata.name}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, obj2.metadata.name);
    const sent = obj2.metadata.resourceVersion;
    if (sent && sent !== old.metadata.resourceVersion) throw conflict(r, obj2.metadata.name);
    obj2.metadata.uid = old.metadata.uid;
    obj2.metadata.creationTimestamp = old.metadata.creationTimestamp;
    if (r.generation)
      obj2.metadata.generation = (old.metadata.generation ?? 1) + (deepEqual(specOf(old), specOf(obj2)) ? 0 : 1);
    if (deepEqual(
      { ...obj2, metadata: { ...obj2.metadata, resourceVersion: "" } },
      { ...old, metadata: { ...old.metadata, resourceVersion: "" } }
    )) {
      return clone(old);
    }
    return this.commit(r, key, obj2, "MODIFIED", old);
  }
  remove(r, namespace, name2) {
    const key = `${namespace ?? ""}/${name2}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, name2);
    this.bucket(r).delete(key);
    const obj2 = clone(old);
    obj2.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: "DELETED", resource: r, object: obj2, rv: this.rv });
    return clone(obj2);
  }
  commit(r, key, obj2, type, old) {
    obj2.metadata.resourceVersion = String(++this.rv);
    this.bucket(r).set(key, obj2);
    this.emit({ type, resource: r, object: clone(obj2), old: old ? clone(old) : void 0, rv: this.rv });
    return clone(obj2);
  }
  emit(e) {
    this.history.push(e);
    if (this.history.length > this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
    for (const l of [...this.listeners]) l(e);
  }
};

// src/simulator/tls.ts
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
async function selfSignedCert() {
  const dir = await mkdtemp(join(tmpdir(), "dk-sim-tls-"));
  try {
    await promisify(execFile)("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "30",
      "-subj",
      "/CN=deploy-kit-simulator",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem")
    ]);
    return { cert: await readFile(join(dir, "cert.pem"), "utf8"), key: await readFile(join(dir, "key.pem"), "utf8") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/simulator/watch.ts
var WatchHub = class {
  constructor(store, bookmarkMs = 5e3) {
    this.store = store;
    this.bookmarkMs = bookmarkMs;
  }
  store;
  bookmarkMs;
  open = /* @__PURE__ */ new Set();
  /** Ends every open watch (clients see a clean end of stream and must re-watch). */
  dropAll() {
    for (const res of this.open) res.end();
    this.open.clear();
  }
  get size() {
    return this.open.size;
  }
  /**
   * Serves a watch as a chunked stream of newline-delimited JSON events. Without a resourceVersion
   * (or "0") it starts with ADDED events for what exists; with one it replays history after it,
   * or sends an ERROR event with a 410 Expired Status when that history has been compacted.
   */
  serve(req, res, w) {
    const wanted = (e) => e.resource === w.resource && (!w.namespace || e.object.metadata.namespace === w.namespace);
    let first = true;
    const send2 = (type, object) => {
      if (res.writableEnded || res.destroyed) return;
      const out = w.render && type !== "ERROR" && type !== "BOOKMARK" ? w.render(object, first) : object;
      if (out !== object) first = false;
      res.write(`${JSON.stringify({ type, object: out })}
`);
    };
    const emit = (e) => {
      if (!wanted(e)) return;
      const now = w.matches(e.object);
      const before = e.old ? w.matches(e.old) : false;
      if (e.type === "MODIFIED") {
        if (now && before) send2("MODIFIED", e.object);
        else if (now) send2("ADDED", e.object);
        else if (before) send2("DELETED", e.object);
      } else if (now) send2(e.type, e.object);
    };
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
      "Cache-Control": "no-cache, private"
    });
    res.flushHeaders();
    const rv = w.resourceVersion && w.resourceVersion !== "0" ? Number(w.resourceVersion) : void 0;
    if (rv !== void 0 && (!Number.isFinite(rv) || rv < this.store.oldestResumable)) {
      const err = new ApiError(
        410,
        "Expired",
        `too old resource version: ${w.resourceVersion} (${this.store.oldestResumable})`
      );
      send2("ERROR", err.toStatus());
      res.end();
      return;
    }
    if (rv === void 0) {
      for (const o of this.store.list(w.resource, w.namespace)) if (w.matches(o)) send2("ADDED", o);
    } else {
      for (const e of this.store.eventsSince(rv)) emit(e);
    }
    const unsubscribe = this.store.subscribe(emit);
    this.open.add(res);
    const bookmark = w.bookmarks ? setInterval(
      () => send2("BOOKMARK", {
        kind: w.resource.kind,
        apiVersion: apiVersionOf(w.resource),
        metadata: { resourceVersion: String(this.store.resourceVersion) }
      }),
      this.bookmarkMs
    ) : void 0;
    const timeout = w.timeoutSeconds ? setTimeout(() => res.end(), w.timeoutSeconds * 1e3) : void 0;
    const cleanup = () => {
      unsubscribe();
      this.open.delete(res);
      clearInterval(bookmark);
      clearTimeout(timeout);
    };
    res.on("close", cleanup);
    res.on("error", cleanup);
    res.on("finish", cleanup);
    req.on("close", () => res.end());
  }
};

// src/simulator/index.ts
async function startSimulator(options = {}) {
  const token = options.token ?? randomBytes3(24).toString("hex");
  const store = new ObjectStore();
  let proxies;
  const api = new Api(store, {
    beforeCreate: async (r, obj2) => r === R.services ? proxies?.allocate(obj2) : void 0
  });
  for (const name2 of ["default", "kube-system", "kube-public", "kube-node-lease"])
    await api.create(R.namespaces, void 0, { metadata: { name: name2 } });
  const ctx = { api, store, events: new EventRecorder(api) };
  const loop = new ControllerLoop(ctx, {
    readyDelayMs: options.podReadyDelayMs ?? 300,
    crashPeriodMs: options.crashPeriodMs ?? 3e3,
    slowReadyMs: options.slowReadyMs ?? 5e3,
    pullBackoffMs: 2e3,
    terminationMs: 200
  });
  proxies = new ServiceProxies(store, () => loop.kubelet);
  const hub = new WatchHub(store, options.bookmarkMs ?? 5e3);
  const faults = new FaultState();
  let url = "";
  const podLogs = (ns, name2, container) => {
    const pod = store.get(R.pods, ns, name2);
    return pod ? loop.kubelet.logsOf(pod, container) : void 0;
  };
  const listener = createListener({ api, hub, faults, token, address: () => new URL(url).host, podLogs });
  const tls = options.tls !== false ? await selfSignedCert() : void 0;
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createServer3(listener);
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  url = `${tls ? "https" : "http"}://127.0.0.1:${server.address().port}`;
  const kubeconfig = renderKubeconfig(url, token, tls?.cert);
  const tempDir = options.kubeconfigPath ? void 0 : mkdtempSync(join2(tmpdir2(), "dk-sim-"));
  const kubeconfigPath = options.kubeconfigPath ?? join2(tempDir, "kubeconfig");
  await writeFile(kubeconfigPath, kubeconfig, { mode: 384 });
  return {
    url,
    kubeconfigPath,
    kubeconfig,
    token,
    serviceUrl: (ns, name2) => proxies?.url(ns, name2),
    faults: faults.controls(
      () => hub.dropAll(),
      () => store.compact()
    ),
    stop: async () => {
      hub.dropAll();
      await loop.stop();
      await proxies?.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      if (tempDir) await rm2(tempDir, { recursive: true, force: true });
    }
  };
}

export {
  startSimulator
};
