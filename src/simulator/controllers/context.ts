import type { Api } from '../api.js';
import { resourceByPlural, type ResourceType } from '../resources.js';
import type { ObjectStore } from '../store.js';
import { deepEqual, type Obj } from '../types.js';
import type { EventRecorder } from './events.js';

/** What every controller gets: the API (for writes with full semantics), the store and the event recorder. */
export interface ControllerContext {
  api: Api;
  store: ObjectStore;
  events: EventRecorder;
}

/** The field manager controller writes are recorded under, as in a real cluster. */
export const KCM = 'kube-controller-manager';

/** The resource types the controllers use. */
export const R = {
  namespaces: resourceByPlural('namespaces'),
  pods: resourceByPlural('pods'),
  services: resourceByPlural('services'),
  endpoints: resourceByPlural('endpoints'),
  events: resourceByPlural('events'),
  deployments: resourceByPlural('deployments'),
  replicasets: resourceByPlural('replicasets'),
  statefulsets: resourceByPlural('statefulsets'),
  daemonsets: resourceByPlural('daemonsets'),
  controllerrevisions: resourceByPlural('controllerrevisions'),
};

/** Writes status only when it changed (controllers must be idempotent or the loop never settles). */
export function writeStatus(ctx: ControllerContext, r: ResourceType, obj: Obj, status: Obj, manager = KCM): Obj {
  if (deepEqual(obj.status ?? {}, status)) return obj;
  return ctx.api.update(
    r,
    obj.metadata.namespace,
    obj.metadata.name,
    { ...obj, status },
    { subresource: 'status', manager },
  );
}

/** The controller owner reference of an object, if any. */
export const controllerOf = (o: Obj): Obj | undefined =>
  (o.metadata.ownerReferences ?? []).find((ref: Obj) => ref.controller);

/** True when `owner` is the controller owner of `o`. */
export const ownedBy = (o: Obj, owner: Obj): boolean => controllerOf(o)?.uid === owner.metadata.uid;

/** The controller ownerReference a controller puts on what it creates. */
export function ownerRef(owner: Obj): Obj {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Pod readiness as controllers read it (the Ready condition). */
export const podReady = (p: Obj): boolean =>
  (p.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True');

/** Ready for at least minReadySeconds. */
export function podAvailable(p: Obj, minReadySeconds = 0, now = Date.now()): boolean {
  if (!podReady(p)) return false;
  if (!minReadySeconds) return true;
  const c = (p.status.conditions as Obj[]).find((x) => x.type === 'Ready');
  return now - Date.parse(c?.lastTransitionTime ?? 0) >= minReadySeconds * 1000;
}

/** Not terminating and not finished: what controllers count as a replica. */
export const activePod = (p: Obj): boolean =>
  !p.metadata.deletionTimestamp && !['Succeeded', 'Failed'].includes(p.status?.phase);

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
/** Kubernetes-style template hash: FNV-1a 32-bit, rendered with the "safe" alphabet (no vowels). */
export function templateHash(template: unknown, collisionCount = 0): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(template) + (collisionCount ? String(collisionCount) : '');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return [...String(h)].map((d) => ALPHANUMS[d.charCodeAt(0) % ALPHANUMS.length]).join('');
}

/** Sets a condition the way the controllers do: unchanged status+reason keeps the old entry. */
export function setCondition(conditions: Obj[], next: Obj, now: string): Obj[] {
  const cur = conditions.find((c) => c.type === next.type);
  if (cur && cur.status === next.status && cur.reason === next.reason) return conditions;
  const merged = {
    ...next,
    lastUpdateTime: next.lastUpdateTime ?? now,
    lastTransitionTime: cur && cur.status === next.status ? cur.lastTransitionTime : now,
  };
  return [...conditions.filter((c) => c.type !== next.type), merged];
}
