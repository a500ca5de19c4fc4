import { createHash } from 'node:crypto';
import { apiVersionOf, RESOURCES, type ResourceType } from './resources.js';
import type { Obj } from './types.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const CORE = 'io.k8s.api.core.v1.';
const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
const str = { type: 'string' };
const strMap = { type: 'object', additionalProperties: str };
const keyed = (items: object, key: string, retain = false) => ({
  type: 'array',
  items,
  'x-kubernetes-list-type': 'map',
  'x-kubernetes-list-map-keys': [key],
  'x-kubernetes-patch-merge-key': key,
  'x-kubernetes-patch-strategy': retain ? 'merge,retainKeys' : 'merge',
});
const obj = (properties: Obj, extra: Obj = {}) => ({ type: 'object', properties, ...extra });

/** Schemas with the patch strategies strategic merge needs (kubectl computes apply patches from them). */
function sharedSchemas(): Obj {
  return {
    [`${META}ObjectMeta`]: obj({
      name: str,
      namespace: str,
      generateName: str,
      labels: strMap,
      annotations: strMap,
      uid: str,
      resourceVersion: str,
      finalizers: { type: 'array', items: str, 'x-kubernetes-patch-strategy': 'merge' },
      ownerReferences: keyed(obj({ uid: str, name: str, kind: str, apiVersion: str }), 'uid'),
    }),
    [`${META}LabelSelector`]: obj({
      matchLabels: strMap,
      matchExpressions: { type: 'array', items: obj({ key: str }) },
    }),
    [`${CORE}EnvVar`]: obj({ name: str, value: str }),
    [`${CORE}ContainerPort`]: obj({ containerPort: { type: 'integer' }, name: str, protocol: str }),
    [`${CORE}VolumeMount`]: obj({ mountPath: str, name: str }),
    [`${CORE}Container`]: obj({
      name: str,
      image: str,
      args: { type: 'array', items: str },
      command: { type: 'array', items: str },
      env: keyed(ref(`${CORE}EnvVar`), 'name'),
      ports: keyed(ref(`${CORE}ContainerPort`), 'containerPort'),
      volumeMounts: keyed(ref(`${CORE}VolumeMount`), 'mountPath'),
    }),
    [`${CORE}PodSpec`]: obj({
      containers: keyed(ref(`${CORE}Container`), 'name'),
      initContainers: keyed(ref(`${CORE}Container`), 'name'),
      volumes: keyed(obj({ name: str }), 'name', true),
      imagePullSecrets: keyed(obj({ name: str }), 'name'),
    }),
    [`${CORE}PodTemplateSpec`]: obj({ metadata: ref(`${META}ObjectMeta`), spec: ref(`${CORE}PodSpec`) }),
    [`${CORE}ServiceSpec`]: obj({
      ports: keyed(obj({ port: { type: 'integer' }, name: str }), 'port'),
      selector: strMap,
      type: str,
    }),
    workloadSpec: obj({
      replicas: { type: 'integer' },
      selector: ref(`${META}LabelSelector`),
      template: ref(`${CORE}PodTemplateSpec`),
      strategy: obj({ type: str }, { 'x-kubernetes-patch-strategy': 'retainKeys' }),
    }),
  };
}

function specRef(r: ResourceType): object | undefined {
  if (r.plural === 'pods') return ref(`${CORE}PodSpec`);
  if (r.plural === 'services') return ref(`${CORE}ServiceSpec`);
  if (['deployments', 'replicasets', 'statefulsets', 'daemonsets'].includes(r.plural)) return ref('workloadSpec');
  return undefined;
}

const schemaName = (r: ResourceType) => `io.k8s.api.${r.group || 'core'}.${r.version}.${r.kind}`;
const gvk = (r: ResourceType) => ({ group: r.group, version: r.version, kind: r.kind });
const QUERY = ['dryRun', 'fieldManager', 'fieldValidation', 'force', 'pretty'].map((name) => ({
  name,
  in: 'query',
  schema: str,
}));
const PATCH_TYPES = [
  'application/apply-patch+yaml',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
];

function paths(r: ResourceType): Obj {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const coll = r.namespaced ? `${base}/namespaces/{namespace}/${r.plural}` : `${base}/${r.plural}`;
  const body = { content: { 'application/json': { schema: ref(schemaName(r)) } } };
  const op = (action: string, extra: Obj = {}) => ({
    operationId: `${action}${r.kind}`,
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk(r),
    parameters: QUERY,
    responses: { 200: { description: 'OK', content: { 'application/json': { schema: ref(schemaName(r)) } } } },
    ...extra,
  });
  const patch = op('patch', {
    requestBody: { content: Object.fromEntries(PATCH_TYPES.map((t) => [t, { schema: { type: 'object' } }])) },
  });
  return {
    [coll]: { get: op('list'), post: op('post', { requestBody: body }) },
    [`${coll}/{name}`]: { get: op('get'), put: op('put', { requestBody: body }), patch, delete: op('delete') },
    ...(r.subresources.includes('status')
      ? { [`${coll}/{name}/status`]: { get: op('get'), put: op('put', { requestBody: body }), patch } }
      : {}),
  };
}

/** The OpenAPI v3 document of one group version (/openapi/v3/api/v1, /openapi/v3/apis/apps/v1). */
export function openapiV3Doc(groupVersion: string): Obj | undefined {
  const rs = RESOURCES.filter((r) => apiVersionOf(r) === groupVersion);
  if (!rs.length) return undefined;
  const schemas: Obj = sharedSchemas();
  for (const r of rs) {
    const spec = specRef(r);
    schemas[schemaName(r)] = obj(
      {
        apiVersion: str,
        kind: str,
        metadata: ref(`${META}ObjectMeta`),
        ...(spec ? { spec } : {}),
        status: { type: 'object' },
        data: strMap,
      },
      { 'x-kubernetes-group-version-kind': [gvk(r)] },
    );
  }
  return {
    openapi: '3.0.0',
    info: { title: 'deploy-kit simulator', version: 'v1.32.0' },
    paths: Object.assign({}, ...rs.map(paths)),
    components: { schemas },
  };
}

const hashOf = (gv: string) =>
  createHash('sha512')
    .update(JSON.stringify(openapiV3Doc(gv)))
    .digest('hex')
    .slice(0, 64)
    .toUpperCase();

/** GET /openapi/v3: the index of group-version documents. */
export function openapiV3Index(): Obj {
  const gvs = [...new Set(RESOURCES.map(apiVersionOf))];
  const key = (gv: string) => (gv === 'v1' ? 'api/v1' : `apis/${gv}`);
  return {
    paths: Object.fromEntries(
      gvs.map((gv) => [key(gv), { serverRelativeURL: `/openapi/v3/${key(gv)}?hash=${hashOf(gv)}` }]),
    ),
  };
}
