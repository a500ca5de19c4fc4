/**
 * The resource table: everything discovery, OpenAPI, routing and the store know about each type.
 * One row per resource keeps the served surface consistent across those parts.
 */
export interface ResourceType {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  subresources: Array<'status' | 'scale' | 'log'>;
  categories?: string[];
  /** metadata.generation is tracked (spec changes bump it). */
  generation?: boolean;
}

const core = (
  plural: string,
  kind: string,
  shortNames: string[],
  namespaced = true,
  sub: Array<'status' | 'scale' | 'log'> = [],
): ResourceType => ({
  group: '',
  version: 'v1',
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced,
  shortNames,
  subresources: sub,
});
const apps = (plural: string, kind: string, shortNames: string[], sub: Array<'status' | 'scale'>): ResourceType => ({
  group: 'apps',
  version: 'v1',
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced: true,
  shortNames,
  subresources: sub,
  categories: plural === 'controllerrevisions' ? undefined : ['all'],
  generation: plural !== 'controllerrevisions',
});

/** Every served resource type. */
export const RESOURCES: ResourceType[] = [
  core('namespaces', 'Namespace', ['ns'], false, ['status']),
  core('pods', 'Pod', ['po'], true, ['status', 'log']),
  core('services', 'Service', ['svc'], true, ['status']),
  core('configmaps', 'ConfigMap', ['cm']),
  core('secrets', 'Secret', []),
  core('serviceaccounts', 'ServiceAccount', ['sa']),
  core('events', 'Event', ['ev']),
  core('endpoints', 'Endpoints', ['ep']),
  core('nodes', 'Node', ['no'], false, ['status']),
  apps('deployments', 'Deployment', ['deploy'], ['status', 'scale']),
  apps('replicasets', 'ReplicaSet', ['rs'], ['status', 'scale']),
  apps('statefulsets', 'StatefulSet', ['sts'], ['status', 'scale']),
  apps('daemonsets', 'DaemonSet', ['ds'], ['status']),
  apps('controllerrevisions', 'ControllerRevision', [], []),
];
for (const r of RESOURCES) if (['pods', 'services'].includes(r.plural)) r.categories = ['all'];

/** "apps/v1" or "v1". */
export const apiVersionOf = (r: ResourceType): string => (r.group ? `${r.group}/${r.version}` : r.version);

/** Store key of a resource type. */
export const keyOf = (r: ResourceType): string => `${r.group}/${r.plural}`;

/** "deployments.apps" or "pods": how the API names a resource in error messages. */
export const qualifiedName = (r: ResourceType): string => (r.group ? `${r.plural}.${r.group}` : r.plural);

/** The resource served at /api(s)/<group>/<version>/<plural>, if any. */
export function findResource(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
}

/** A resource type by plural name (internal lookups; throws on a typo). */
export function resourceByPlural(plural: string): ResourceType {
  const found = RESOURCES.find((r) => r.plural === plural);
  if (!found) throw new Error(`unknown resource ${plural}`);
  return found;
}

/** The resource type of an apiVersion + kind. */
export function resourceByKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCES.find((r) => apiVersionOf(r) === apiVersion && r.kind === kind);
}

/** Named API groups besides the core group (listed by /apis). */
export const GROUPS: Array<{ name: string; version: string }> = [{ name: 'apps', version: 'v1' }];
