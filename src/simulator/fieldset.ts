import { mergeKeyFor } from './patch.js';
import { deepEqual, isObject, type Obj } from './types.js';

/**
 * Field sets as server-side apply tracks them: each path is a list of FieldsV1 segments
 * (`f:spec`, `k:{"name":"web"}`, `v:"x"`, `.` for "this keyed item exists"), encoded as one string.
 */
const SEP = '\u0001';
/** A set of encoded field paths. */
export type FieldSet = Set<string>;
/** Encodes FieldsV1 segments as one set member. */
export const joinPath = (segs: string[]): string => segs.join(SEP);
/** Decodes a set member into FieldsV1 segments. */
export const splitPath = (path: string): string[] => path.split(SEP);

const SKIP_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
]);

function keyOfItem(item: Obj, key: string): string {
  return `k:${JSON.stringify({ [key]: item[key] })}`;
}

function walk(value: unknown, segs: string[], out: FieldSet, field: string): void {
  if (Array.isArray(value)) {
    const key = mergeKeyFor(field, value);
    if (key && value.every((i) => isObject(i) && i[key] !== undefined)) {
      for (const item of value as Obj[]) {
        const s = [...segs, keyOfItem(item, key)];
        out.add(joinPath([...s, '.']));
        for (const [k, v] of Object.entries(item)) walk(v, [...s, `f:${k}`], out, k);
      }
    } else if (field === 'finalizers') {
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

/** The fields an object sets (what a manager owns after sending it). Status optional. */
export function fieldsOf(obj: Obj, withStatus = false): FieldSet {
  const out: FieldSet = new Set();
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind' || (k === 'status' && !withStatus)) continue;
    if (k === 'metadata' && isObject(v)) {
      for (const [mk, mv] of Object.entries(v)) if (!SKIP_META.has(mk)) walk(mv, ['f:metadata', `f:${mk}`], out, mk);
      continue;
    }
    walk(v, [`f:${k}`], out, k);
  }
  return out;
}

/** The value at a field path, or undefined when absent. */
export function valueAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const seg of splitPath(path)) {
    if (cur === undefined) return undefined;
    if (seg === '.') return cur;
    if (seg.startsWith('f:')) cur = isObject(cur) ? cur[seg.slice(2)] : undefined;
    else if (seg.startsWith('k:')) {
      const want = JSON.parse(seg.slice(2)) as Obj;
      cur = Array.isArray(cur)
        ? cur.find((i) => isObject(i) && Object.entries(want).every(([k, v]) => i[k] === v))
        : undefined;
    } else if (seg.startsWith('v:')) {
      const want = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) && cur.some((i) => deepEqual(i, want)) ? want : undefined;
    }
  }
  return cur;
}

/** Removes the field at a path (used when an applier stops setting a field nobody else owns). */
export function removeAt(obj: Obj, path: string): void {
  const segs = splitPath(path);
  if (segs[segs.length - 1] === '.') segs.pop();
  const last = segs.pop();
  if (!last) return;
  const parent = valueAt(obj, joinPath(segs.length ? segs : ['.']));
  const container = segs.length ? parent : obj;
  if (last.startsWith('f:') && isObject(container)) delete container[last.slice(2)];
  else if (Array.isArray(container)) {
    const target = valueAt(container, last);
    const idx = container.indexOf(target);
    if (idx >= 0) container.splice(idx, 1);
  }
}

/** FieldsV1 JSON tree of a set, as stored in metadata.managedFields[].fieldsV1. */
export function toFieldsV1(set: FieldSet): Obj {
  const root: Obj = {};
  for (const path of [...set].sort()) {
    let node = root;
    for (const seg of splitPath(path)) node = node[seg] ??= {};
  }
  return root;
}

/** The field set of a managedFields[].fieldsV1 tree. */
export function fromFieldsV1(tree: Obj | undefined, prefix: string[] = [], out: FieldSet = new Set()): FieldSet {
  for (const [seg, child] of Object.entries(tree ?? {})) {
    const segs = [...prefix, seg];
    if (seg === '.' || !isObject(child) || Object.keys(child).length === 0) out.add(joinPath(segs));
    else fromFieldsV1(child, segs, out);
  }
  return out;
}

/** ".spec.template.spec.containers[name=\"web\"].image": how conflicts name a field. */
export function describePath(path: string): string {
  return splitPath(path)
    .filter((s) => s !== '.')
    .map((s) => {
      if (s.startsWith('f:')) return `.${s.slice(2)}`;
      if (s.startsWith('k:'))
        return `[${Object.entries(JSON.parse(s.slice(2)) as Obj)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(',')}]`;
      return `[=${s.slice(2)}]`;
    })
    .join('');
}

/** Leaf paths whose value differs between two objects (what an update changed). */
export function changedFields(before: Obj | undefined, after: Obj, withStatus = false): FieldSet {
  const out: FieldSet = new Set();
  for (const p of fieldsOf(after, withStatus))
    if (!before || !deepEqual(valueAt(before, p), valueAt(after, p))) out.add(p);
  return out;
}
