import type { KubeClient, KubeObject } from '../../kube/types.js';
import { refOf } from '../../kube/types.js';
import { OWNER_LABEL } from './state.js';
import { applyOwnedObject, progressiveManager } from './session.js';
import type { TrafficRouter } from './traffic.js';

/** An HTTPRoute rule as far as weights go: its backendRefs (name, port, weight); the rest passes through. */
interface BackendRef {
  name: string;
  weight?: number;
  [key: string]: unknown;
}
interface Rule {
  backendRefs?: BackendRef[];
  [key: string]: unknown;
}

export const CANARY_ANNOTATION = 'nginx.ingress.kubernetes.io/canary';
export const CANARY_WEIGHT_ANNOTATION = 'nginx.ingress.kubernetes.io/canary-weight';

/** The rules with the canary backend weighted `weight` next to the stable one (or removed at 0). */
export function weightedRules(rules: Rule[], stable: string, canary: string, weight: number): Rule[] {
  return rules.map((rule) => {
    const refs = (rule.backendRefs ?? []).filter((ref) => ref.name !== canary);
    const stableRef = refs.find((ref) => ref.name === stable);
    if (!stableRef) return rule;
    const others = refs.filter((ref) => ref !== stableRef);
    const base = { ...stableRef };
    delete base.weight;
    if (weight === 0) return { ...rule, backendRefs: [others.length ? { ...base, weight: 100 } : base, ...others] };
    return {
      ...rule,
      backendRefs: [{ ...base, weight: 100 - weight }, { ...base, name: canary, weight }, ...others],
    };
  });
}

/** gateway-api mode: the HTTPRoute's backendRefs carry the stable and the canary Service with weights. */
export function gatewayRouter(
  client: KubeClient,
  route: KubeObject,
  stable: string,
  canary: string,
  fieldManager: string,
): TrafficRouter {
  const setRules = async (weight: number) => {
    const live = (await client.get(refOf(route))) ?? route;
    const rules = weightedRules((live.spec as { rules?: Rule[] } | undefined)?.rules ?? [], stable, canary, weight);
    await client.patch(refOf(route), { spec: { rules } }, 'merge', progressiveManager(fieldManager));
  };
  return {
    mode: 'gateway-api',
    setWeight: async (weight) => (await setRules(weight), weight),
    reset: () => setRules(0),
    cleanup: () => setRules(0),
  };
}

/** The canary Ingress of ingress-nginx: the stable Ingress's rules pointed at the canary Service, with a weight. */
export function canaryIngress(ingress: KubeObject, stable: string, canary: string, weight: number): KubeObject {
  const spec = JSON.parse(
    JSON.stringify(ingress.spec ?? {}).replaceAll(`"name":"${stable}"`, `"name":"${canary}"`),
  ) as Record<string, unknown>;
  delete spec.tls;
  return {
    apiVersion: ingress.apiVersion,
    kind: 'Ingress',
    metadata: {
      name: `${ingress.metadata.name}-canary`,
      namespace: ingress.metadata.namespace,
      labels: { [OWNER_LABEL]: stable },
      annotations: { [CANARY_ANNOTATION]: 'true', [CANARY_WEIGHT_ANNOTATION]: String(weight) },
    },
    spec,
  };
}

/** ingress-nginx mode: a second Ingress marked canary takes `canary-weight` percent of the stable one's requests. */
export function ingressRouter(
  client: KubeClient,
  ingress: KubeObject,
  stable: string,
  canary: string,
  fieldManager: string,
): TrafficRouter {
  const canaryRef = refOf(canaryIngress(ingress, stable, canary, 0));
  return {
    mode: 'ingress-nginx',
    async setWeight(weight) {
      await applyOwnedObject(client, canaryIngress(ingress, stable, canary, weight), fieldManager);
      return weight;
    },
    async reset() {
      if (await client.get(canaryRef))
        await applyOwnedObject(client, canaryIngress(ingress, stable, canary, 0), fieldManager);
    },
    cleanup: async () => void (await client.delete(canaryRef)),
  };
}
