import { selectorMatches } from '../selectors.js';
import { deepEqual, type Obj } from '../types.js';
import { activePod, KCM, podReady, R, type ControllerContext } from './context.js';

function address(p: Obj): Obj {
  return {
    ip: p.status.podIP,
    nodeName: p.spec.nodeName,
    targetRef: {
      kind: 'Pod',
      namespace: p.metadata.namespace,
      name: p.metadata.name,
      uid: p.metadata.uid,
      resourceVersion: p.metadata.resourceVersion,
    },
  };
}

/** Service ports resolved against a pod's container ports (named targetPorts) as the endpoints controller does. */
function ports(svc: Obj, pods: Obj[]): Obj[] {
  return (svc.spec.ports ?? []).map((p: Obj) => {
    let port = p.targetPort ?? p.port;
    if (typeof port === 'string') {
      const named = pods
        .flatMap((pod) => pod.spec.containers.flatMap((c: Obj) => c.ports ?? []))
        .find((cp: Obj) => cp.name === port);
      port = named?.containerPort ?? p.port;
    }
    return { ...(p.name ? { name: p.name } : {}), port, protocol: p.protocol ?? 'TCP' };
  });
}

/**
 * The endpoints controller: one Endpoints object per Service with a selector, listing ready pods
 * in addresses and the others in notReadyAddresses; removed with its Service.
 */
export async function syncEndpoints(ctx: ControllerContext): Promise<void> {
  for (const ep of ctx.store.list(R.endpoints)) {
    if (!ctx.store.get(R.services, ep.metadata.namespace, ep.metadata.name))
      ctx.api.delete(R.endpoints, ep.metadata.namespace, ep.metadata.name);
  }
  for (const svc of ctx.store.list(R.services)) {
    if (!svc.spec?.selector || svc.metadata.deletionTimestamp) continue;
    const ns = svc.metadata.namespace;
    const pods = ctx.store
      .list(R.pods, ns)
      .filter(
        (p) =>
          activePod(p) && p.status?.podIP && selectorMatches({ matchLabels: svc.spec.selector }, p.metadata.labels),
      );
    const ready = pods.filter(podReady).map(address);
    const notReady = pods.filter((p) => !podReady(p)).map(address);
    const subsets = pods.length
      ? [
          {
            ...(ready.length ? { addresses: ready } : {}),
            ...(notReady.length ? { notReadyAddresses: notReady } : {}),
            ports: ports(svc, pods),
          },
        ]
      : [];
    const current = ctx.store.get(R.endpoints, ns, svc.metadata.name);
    const labels = svc.metadata.labels;
    if (!current) {
      await ctx.api.create(
        R.endpoints,
        ns,
        { metadata: { name: svc.metadata.name, namespace: ns, ...(labels ? { labels } : {}) }, subsets },
        { manager: KCM },
      );
    } else if (!deepEqual(current.subsets ?? [], subsets)) {
      ctx.api.update(R.endpoints, ns, svc.metadata.name, { ...current, subsets }, { manager: KCM });
    }
  }
}
