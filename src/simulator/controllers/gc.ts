import { RESOURCES } from '../resources.js';
import type { Obj } from '../types.js';
import { R, type ControllerContext } from './context.js';

/**
 * A deleted namespace stays Terminating this long before the namespace controller empties and
 * removes it (a real one takes seconds), so `kubectl delete -f` of a namespace and its contents
 * finds the contents still there, as on a real cluster.
 */
const NAMESPACE_TERMINATION_MS = 1000;
const terminatingSince = new Map<string, number>();

function allObjects(ctx: ControllerContext): Array<{ r: (typeof RESOURCES)[number]; o: Obj }> {
  return RESOURCES.flatMap((r) => ctx.store.list(r).map((o) => ({ r, o })));
}

/**
 * Garbage collector and namespace controller: dependents whose owners are gone are deleted,
 * foreground deletions wait for their dependents, orphan deletions release them, and a
 * terminating namespace is emptied and then removed.
 */
export function collectGarbage(ctx: ControllerContext): void {
  const everything = allObjects(ctx);
  const uids = new Set(everything.map(({ o }) => o.metadata.uid));
  const dependents = (uid: string) =>
    everything.filter(({ o }) => (o.metadata.ownerReferences ?? []).some((ref: Obj) => ref.uid === uid));
  for (const { r, o } of everything) {
    const md = o.metadata;
    const refs: Obj[] = md.ownerReferences ?? [];
    if (refs.length && !refs.some((ref) => uids.has(ref.uid)) && !md.deletionTimestamp) {
      try {
        ctx.api.delete(r, md.namespace, md.name, { propagationPolicy: 'Background' });
      } catch {
        /* already gone */
      }
      continue;
    }
    if (!md.deletionTimestamp) continue;
    const finalizers: string[] = md.finalizers ?? [];
    if (finalizers.includes('orphan')) {
      for (const dep of dependents(md.uid)) {
        const ownerReferences = (dep.o.metadata.ownerReferences as Obj[]).filter((ref) => ref.uid !== md.uid);
        ctx.api.update(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, {
          ...dep.o,
          metadata: { ...dep.o.metadata, ownerReferences },
        });
      }
      ctx.api.update(r, md.namespace, md.name, {
        ...o,
        metadata: { ...md, finalizers: finalizers.filter((f) => f !== 'orphan') },
      });
    } else if (finalizers.includes('foregroundDeletion')) {
      const deps = dependents(md.uid);
      for (const dep of deps) {
        if (!dep.o.metadata.deletionTimestamp)
          ctx.api.delete(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, { propagationPolicy: 'Foreground' });
      }
      if (!deps.length)
        ctx.api.update(r, md.namespace, md.name, {
          ...o,
          metadata: { ...md, finalizers: finalizers.filter((f) => f !== 'foregroundDeletion') },
        });
    }
  }
  for (const ns of ctx.store.list(R.namespaces).filter((n) => n.metadata.deletionTimestamp)) {
    const seen = terminatingSince.get(ns.metadata.uid) ?? Date.now();
    terminatingSince.set(ns.metadata.uid, seen);
    if (Date.now() - seen < NAMESPACE_TERMINATION_MS) continue;
    terminatingSince.delete(ns.metadata.uid);
    for (const r of RESOURCES.filter((x) => x.namespaced)) {
      for (const o of ctx.store.list(r, ns.metadata.name)) ctx.store.remove(r, o.metadata.namespace, o.metadata.name);
    }
    ctx.store.remove(R.namespaces, undefined, ns.metadata.name);
  }
}
