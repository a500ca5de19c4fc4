import type { Obj } from '../types.js';

/** Resolves an int-or-percent against a total (percent rounds up for surge, down for unavailable). */
export function intOrPercent(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(typeof value === 'string' ? value : '');
  if (!m) return Number(value) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** maxSurge and maxUnavailable of a deployment; both 0 would deadlock, so unavailable becomes 1. */
export function fenceposts(d: Obj): { surge: number; unavailable: number } {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type !== 'RollingUpdate') return { surge: 0, unavailable: 0 };
  const ru = d.spec.strategy.rollingUpdate ?? {};
  const surge = intOrPercent(ru.maxSurge ?? '25%', replicas, true);
  let unavailable = intOrPercent(ru.maxUnavailable ?? '25%', replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

/** Sum of spec.replicas over ReplicaSets. */
export const specReplicas = (rss: Obj[]): number => rss.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
/** Sum of one status counter over ReplicaSets. */
export const statusSum = (rss: Obj[], field: string): number => rss.reduce((n, rs) => n + (rs.status?.[field] ?? 0), 0);
export const revisionOf = (o: Obj | undefined): number =>
  Number(o?.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0);

/** How many replicas the new ReplicaSet may have now (rolling update, bounded by maxSurge). */
export function newReplicaCount(d: Obj, all: Obj[], newRS: Obj): number {
  const { surge } = fenceposts(d);
  const maxTotal = d.spec.replicas + surge;
  const current = specReplicas(all);
  if (current >= maxTotal) return newRS.spec.replicas;
  return newRS.spec.replicas + Math.min(maxTotal - current, d.spec.replicas - newRS.spec.replicas);
}

/** Scale-downs of old ReplicaSets allowed now (maxUnavailable), unhealthy replicas first. */
export function oldScaleDowns(d: Obj, oldRSs: Obj[], newRS: Obj | undefined): Map<string, number> {
  const plan = new Map<string, number>();
  const all = newRS ? [...oldRSs, newRS] : oldRSs;
  if (specReplicas(oldRSs) === 0) return plan;
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const newUnavailable = newRS ? newRS.spec.replicas - (newRS.status?.availableReplicas ?? 0) : 0;
  let budget = specReplicas(all) - minAvailable - newUnavailable;
  if (budget <= 0) return plan;
  const byAge = [...oldRSs].sort(
    (a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp),
  );
  for (const rs of byAge) {
    const unhealthy = Math.min(budget, rs.spec.replicas - (rs.status?.availableReplicas ?? 0));
    if (unhealthy > 0) {
      plan.set(rs.metadata.name, rs.spec.replicas - unhealthy);
      budget -= unhealthy;
    }
  }
  const target = (rs: Obj) => plan.get(rs.metadata.name) ?? rs.spec.replicas;
  const available = statusSum(all, 'availableReplicas');
  let toScale = available - minAvailable;
  for (const rs of byAge) {
    if (toScale <= 0) break;
    if (target(rs) === 0) continue;
    const n = Math.min(target(rs), toScale);
    plan.set(rs.metadata.name, target(rs) - n);
    toScale -= n;
  }
  return plan;
}
