import { ApiError } from './api-error.js';
import {
  changedFields,
  describePath,
  fieldsOf,
  fromFieldsV1,
  removeAt,
  toFieldsV1,
  valueAt,
  type FieldSet,
} from './fieldset.js';
import { strategicMerge } from './patch.js';
import { clone, deepEqual, nowTime, type Obj } from './types.js';

interface Entry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  set: FieldSet;
  subresource?: string;
}

function readEntries(obj: Obj | undefined): Entry[] {
  return ((obj?.metadata?.managedFields ?? []) as Obj[]).map((m) => ({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.apiVersion,
    time: m.time,
    subresource: m.subresource,
    set: fromFieldsV1(m.fieldsV1),
  }));
}

function writeEntries(obj: Obj, entries: Entry[]): void {
  const kept = entries.filter((e) => e.set.size > 0);
  obj.metadata.managedFields = kept.map((e) => ({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    time: e.time ?? nowTime(),
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(e.set),
    ...(e.subresource ? { subresource: e.subresource } : {}),
  }));
  if (!kept.length) delete obj.metadata.managedFields;
}

/**
 * Records an Update (create, PUT, PATCH) in managedFields: the manager takes every field the write
 * changed, and other managers lose them, as the real field manager does.
 */
export function recordUpdate(before: Obj | undefined, after: Obj, manager: string, withStatus = false): void {
  const entries = readEntries(before ?? after);
  const changed = changedFields(before, after, withStatus);
  const present = fieldsOf(after, true);
  for (const e of entries) for (const p of [...e.set]) if (changed.has(p) || !present.has(p)) e.set.delete(p);
  let mine = entries.find((e) => e.manager === manager && e.operation === 'Update');
  if (!mine) entries.push((mine = { manager, operation: 'Update', apiVersion: after.apiVersion, set: new Set() }));
  for (const p of changed) mine.set.add(p);
  mine.time = nowTime();
  writeEntries(after, entries);
}

function conflictError(conflicts: Array<{ path: string; entry: Entry }>): ApiError {
  const who = (e: Entry) =>
    e.operation === 'Update' ? `conflict with "${e.manager}" using ${e.apiVersion}` : `conflict with "${e.manager}"`;
  const lines = conflicts.map((c) => `${who(c.entry)}: ${describePath(c.path)}`);
  const n = conflicts.length;
  return new ApiError(409, 'Conflict', `Apply failed with ${n} conflict${n === 1 ? '' : 's'}: ${lines.join('\n')}`, {
    causes: conflicts.map((c) => ({
      reason: 'FieldManagerConflict',
      message: who(c.entry),
      field: describePath(c.path),
    })),
  });
}

/**
 * Server-side apply of `applied` by `manager` onto `live` (undefined = create). Conflicting
 * fields owned by other managers with different values fail with 409 unless `force`.
 */
export function serverSideApply(live: Obj | undefined, applied: Obj, manager: string, force: boolean): Obj {
  const entries = readEntries(live);
  const appliedSet = fieldsOf(applied);
  const conflicts: Array<{ path: string; entry: Entry }> = [];
  for (const e of entries) {
    if (e.manager === manager) continue;
    for (const p of e.set) {
      if (appliedSet.has(p) && !p.endsWith('\u0001.') && live && !deepEqual(valueAt(live, p), valueAt(applied, p)))
        conflicts.push({ path: p, entry: e });
    }
  }
  if (conflicts.length && !force) throw conflictError(conflicts);
  for (const c of conflicts) c.entry.set.delete(c.path);
  const mine = entries.find((e) => e.manager === manager && e.operation === 'Apply');
  const result = strategicMerge(live ? clone(live) : {}, applied) as Obj;
  for (const p of mine?.set ?? []) {
    if (appliedSet.has(p)) continue;
    if (entries.some((e) => e !== mine && e.set.has(p))) continue;
    removeAt(result, p);
  }
  const next = entries.filter((e) => e !== mine);
  next.push({ manager, operation: 'Apply', apiVersion: applied.apiVersion, set: appliedSet, time: nowTime() });
  result.metadata ??= {};
  writeEntries(result, next);
  return result;
}
