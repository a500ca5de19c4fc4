import { ApiError, badRequest } from './api-error.js';
import { clone, deepEqual, isObject, type Obj } from './types.js';

const unprocessable = (message: string) => new ApiError(422, 'Invalid', message);

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw unprocessable(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, segs: string[], path: string): { parent: Obj | unknown[]; key: string } {
  let cur: unknown = doc;
  for (const seg of segs.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : undefined;
    if (cur === undefined) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  if (!isObject(cur) && !Array.isArray(cur)) throw unprocessable(`doc is missing path: "${path}": missing value`);
  return { parent: cur as Obj | unknown[], key: segs[segs.length - 1] };
}

function getAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const seg of pointer(path)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : undefined;
    if (cur === undefined) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  return cur;
}

function arrayIndex(arr: unknown[], key: string, forAdd: boolean, path: string): number {
  if (forAdd && key === '-') return arr.length;
  const i = Number(key);
  if (!/^\d+$/.test(key) || i > arr.length || (!forAdd && i >= arr.length))
    throw unprocessable(`Unable to access invalid index: ${key} (path "${path}")`);
  return i;
}

function addAt(doc: unknown, path: string, value: unknown): unknown {
  const segs = pointer(path);
  if (!segs.length) return clone(value);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, path), 0, clone(value));
  else parent[key] = clone(value);
  return doc;
}

function removeAt(doc: unknown, path: string): unknown {
  const segs = pointer(path);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, path), 1);
  else if (key in parent) delete parent[key];
  else throw unprocessable(`doc is missing path: "${path}": missing value`);
  return doc;
}

/** RFC 6902 JSON Patch. Malformed patches are 400, patches that do not apply are 422 (as the API server). */
export function applyJsonPatch(target: Obj, ops: unknown): Obj {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc: unknown = clone(target);
  for (const op of ops) {
    if (!isObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string')
      throw badRequest('invalid JSON patch operation: missing "op" or "path"');
    switch (op.op) {
      case 'add':
        doc = addAt(doc, op.path, op.value);
        break;
      case 'remove':
        doc = removeAt(doc, op.path);
        break;
      case 'replace':
        getAt(doc, op.path);
        doc = addAt(removeAt(doc, op.path), op.path, op.value);
        break;
      case 'move': {
        const v = getAt(doc, op.from);
        doc = addAt(removeAt(doc, op.from), op.path, v);
        break;
      }
      case 'copy':
        doc = addAt(doc, op.path, getAt(doc, op.from));
        break;
      case 'test':
        if (!deepEqual(getAt(doc, op.path), op.value))
          throw unprocessable(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${op.op}`);
    }
  }
  if (!isObject(doc)) throw unprocessable('patched object is not a JSON object');
  return doc;
}

/** RFC 7386 JSON Merge Patch. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const out: Obj = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}

/** Merge keys of the list fields Kubernetes merges by key (x-kubernetes-patch-merge-key). */
export function mergeKeyFor(field: string, items: unknown[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'containerStatuses':
    case 'initContainerStatuses':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'ports':
      return items.some((i) => isObject(i) && 'containerPort' in i) ? 'containerPort' : 'port';
    default:
      return undefined;
  }
}
/** Primitive lists merged as sets (patch strategy "merge" without key). */
const SET_LISTS = new Set(['finalizers']);

function mergeKeyedList(live: unknown[], patch: unknown[], key: string, field: string): unknown[] {
  const out = clone(live) as Obj[];
  for (const item of patch) {
    if (!isObject(item)) continue;
    const idx = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (item.$patch === 'replace') {
      const rest = { ...item };
      delete rest.$patch;
      if (idx >= 0) out[idx] = rest;
      else out.push(rest);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMerge(out[idx], item) as Obj;
    else out.push(strategicMerge({}, item) as Obj);
  }
  void field;
  return out;
}

function applyDirectives(out: Obj, patch: Obj): void {
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const f = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[f])) out[f] = out[f].filter((x: unknown) => !(v as unknown[]).some((d) => deepEqual(d, x)));
    }
  }
  for (const [k, v] of Object.entries(patch)) {
    if (!k.startsWith('$setElementOrder/')) continue;
    const f = k.slice('$setElementOrder/'.length);
    const list = out[f];
    if (!Array.isArray(list) || !Array.isArray(v)) continue;
    const key = mergeKeyFor(f, list);
    const pos = (x: unknown) =>
      v.findIndex((o) => (key && isObject(o) && isObject(x) ? o[key] === x[key] : deepEqual(o, x)));
    out[f] = [...list].sort((a, b) => {
      const pa = pos(a);
      const pb = pos(b);
      return (pa < 0 ? Infinity : pa) - (pb < 0 ? Infinity : pb);
    });
  }
}

/**
 * Strategic merge patch for the built-in types: keyed lists (containers, env, ports, volumes...)
 * merge by key, other lists replace, `$patch` / `$setElementOrder` / `$retainKeys` directives honoured.
 */
export function strategicMerge(live: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const rest = { ...patch };
    delete rest.$patch;
    return clone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  let out: Obj = isObject(live) ? clone(live) : {};
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      const key = mergeKeyFor(k, [...v, ...(Array.isArray(out[k]) ? out[k] : [])]);
      if (key && Array.isArray(out[k])) out[k] = mergeKeyedList(out[k], v, key, k);
      else if (key) out[k] = mergeKeyedList([], v, key, k);
      else if (SET_LISTS.has(k) && Array.isArray(out[k])) out[k] = [...new Set([...out[k], ...v])];
      else out[k] = clone(v);
      continue;
    }
    const merged = strategicMerge(out[k], v);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  applyDirectives(out, patch);
  return out;
}
