import { ConfigError, type InputProblem } from '../../../shared/errors.js';
import type { KubeClient, KubeObject } from '../../kube/types.js';
import { deploymentRef, deploymentSpec, selectorOf, selects, serviceRef, type PodTemplate } from './objects.js';
import { readState, templateDigest, type ProgressState } from './state.js';
import type { ProgressiveOptions } from './types.js';

export const HTTP_ROUTE = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' } as const;
export const INGRESS = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' } as const;

/** Everything checked before the first write: the release can start, or nothing was changed. */
export interface Plan {
  stable: KubeObject;
  template: PodTemplate;
  digest: string;
  service: KubeObject;
  route?: KubeObject;
  state?: ProgressState;
}

async function findService(
  client: KubeClient,
  options: ProgressiveOptions,
  template: PodTemplate,
): Promise<KubeObject> {
  const { namespace, traffic } = options;
  const name = options.deployment.metadata.name ?? '';
  if (traffic.service) {
    const service = await client.get(serviceRef(namespace, traffic.service));
    if (!service)
      throw ConfigError.single('service', `service/${traffic.service} does not exist in namespace ${namespace}`);
    if (!selects(service, template))
      throw ConfigError.single(
        'service',
        `service/${traffic.service} does not select the pods of deployment/${name} (its selector ${JSON.stringify(selectorOf(service))} does not match the pod labels ${JSON.stringify(template.metadata?.labels ?? {})}); name the Service in front of deployment/${name}`,
      );
    return service;
  }
  const { items } = await client.list('v1', 'Service', namespace);
  const matching = items.filter((s) => selects(s, template) && !s.metadata.labels?.['deploy-kit.dev/track']);
  if (matching.length === 1) return matching[0];
  throw ConfigError.single(
    'service',
    matching.length
      ? `several Services select deployment/${name} (${matching.map((s) => s.metadata.name).join(', ')}); name one`
      : `no Service in namespace ${namespace} selects the pods of deployment/${name}; a ${options.strategy} release splits traffic through one: create it or name it`,
  );
}

/** The HTTPRoute (gateway-api) or Ingress (ingress-nginx) must exist and send traffic to the stable Service. */
async function findRoute(client: KubeClient, options: ProgressiveOptions, service: string): Promise<KubeObject> {
  const gateway = options.traffic.mode === 'gateway-api';
  const input = gateway ? 'http-route' : 'ingress';
  const kind = gateway ? HTTP_ROUTE : INGRESS;
  const name = gateway ? options.traffic.route : options.traffic.ingress;
  if (!name) throw ConfigError.single(input, `traffic-mode ${options.traffic.mode} needs the name of the ${kind.kind}`);
  if (!(await client.resource(kind.apiVersion, kind.kind)))
    throw ConfigError.single(
      input,
      `the cluster does not serve ${kind.kind} (${kind.apiVersion})${gateway ? ': install the Gateway API CRDs' : ''}, or use traffic-mode replicas`,
    );
  const route = await client.get({ ...kind, name, namespace: options.namespace });
  if (!route)
    throw ConfigError.single(
      input,
      `${kind.kind.toLowerCase()}/${name} does not exist in namespace ${options.namespace}`,
    );
  const backends = JSON.stringify((route.spec as { rules?: unknown } | undefined)?.rules ?? []);
  if (!backends.includes(`"name":"${service}"`))
    throw ConfigError.single(input, `${kind.kind.toLowerCase()}/${name} does not send traffic to service/${service}`);
  return route;
}

/**
 * Reads and checks what a progressive release needs: the stable Deployment, the Service in
 * front of it (it must select the Deployment's pods), the HTTPRoute or Ingress of the traffic
 * mode, and the state a previous run left. Throws a ConfigError naming the input; writes nothing.
 */
export async function planRelease(client: KubeClient, options: ProgressiveOptions): Promise<Plan | undefined> {
  const name = options.deployment.metadata.name ?? '';
  const stable = await client.get(deploymentRef(options.namespace, name));
  if (!stable) return undefined;
  const template = deploymentSpec(options.deployment).template ?? {};
  const problems: InputProblem[] = [];
  const service = await findService(client, options, template);
  if (!selects(service, deploymentSpec(stable).template ?? {}))
    problems.push({
      input: 'service',
      message: `service/${service.metadata.name} does not select the running pods of deployment/${name}`,
    });
  if (problems.length) throw new ConfigError(problems);
  const route =
    options.strategy === 'canary' && options.traffic.mode !== 'replicas'
      ? await findRoute(client, options, service.metadata.name ?? '')
      : undefined;
  return { stable, template, digest: templateDigest(template), service, route, state: readState(stable) };
}
