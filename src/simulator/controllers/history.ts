import { clone, deepEqual, type Obj } from '../types.js';
import { KCM, ownedBy, ownerRef, R, templateHash, type ControllerContext } from './context.js';

/** Label linking pods and ControllerRevisions to a revision. */
export const HASH_LABEL = 'controller-revision-hash';

/** The ControllerRevision data of a StatefulSet/DaemonSet: its pod template as a replace patch. */
function revisionData(owner: Obj): Obj {
  return { spec: { template: { ...clone(owner.spec.template), $patch: 'replace' } } };
}

/** History of a StatefulSet or DaemonSet, oldest first, with the revision matching its template. */
export interface History {
  revisions: Obj[];
  update: Obj;
  hash: string;
}

/**
 * Keeps ControllerRevisions like the StatefulSet/DaemonSet controllers: one per distinct template,
 * numbered; returning to an old template re-numbers that revision as the newest (rollout undo).
 */
export async function syncHistory(ctx: ControllerContext, owner: Obj): Promise<History> {
  const ns = owner.metadata.namespace;
  const revisions = ctx.store
    .list(R.controllerrevisions, ns)
    .filter((cr) => ownedBy(cr, owner))
    .sort((a, b) => a.revision - b.revision);
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
      { manager: KCM },
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
          ownerReferences: [ownerRef(owner)],
        },
        data,
        revision: max + 1,
      },
      { manager: KCM },
    );
  }
  const all = ctx.store
    .list(R.controllerrevisions, ns)
    .filter((cr) => ownedBy(cr, owner))
    .sort((a, b) => a.revision - b.revision);
  return { revisions: all, update, hash: update.metadata.labels?.[HASH_LABEL] ?? hash };
}

/** Deletes revisions beyond revisionHistoryLimit that no live pod still uses. */
export function trimHistory(ctx: ControllerContext, owner: Obj, h: History, inUse: Set<string>): void {
  const limit = owner.spec.revisionHistoryLimit ?? 10;
  const removable = h.revisions.filter(
    (cr) =>
      cr.metadata.name !== h.update.metadata.name &&
      !inUse.has(cr.metadata.name) &&
      !inUse.has(cr.metadata.labels?.[HASH_LABEL]),
  );
  for (const cr of removable.slice(0, Math.max(0, removable.length - limit)))
    ctx.api.delete(R.controllerrevisions, cr.metadata.namespace, cr.metadata.name);
}
