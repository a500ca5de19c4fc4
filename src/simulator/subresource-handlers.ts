import { ApiError, badRequest } from './api-error.js';
import type { Api } from './api.js';
import { applyJsonPatch, applyMergePatch, strategicMerge } from './patch.js';
import { manager, methodNotAllowed, PATCH_TYPES, type ResourceRequest } from './resource-request.js';
import { selectorString } from './selectors.js';
import { metaOf, type ObjectMeta, type Obj, type Reply } from './types.js';

interface ScaleFields {
  replicas?: number;
  selector?: Obj;
}

function scaleOf(o: Obj): Obj {
  const meta = metaOf(o);
  const spec = o.spec as ScaleFields | undefined;
  const status = o.status as ScaleFields | undefined;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
      creationTimestamp: meta.creationTimestamp,
    },
    spec: { replicas: spec?.replicas ?? 0 },
    status: { replicas: status?.replicas ?? 0, selector: selectorString(spec?.selector) },
  };
}

/** The scale subresource (autoscaling/v1 Scale): GET, PUT and every patch type. */
export function scale(api: Api, r: ResourceRequest, name: string): Reply {
  const live = api.store.mustGet(r.resource, r.namespace, name);
  if (r.method === 'GET') return { code: 200, body: scaleOf(live) };
  let wanted: Obj;
  if (r.method === 'PUT') wanted = r.body() as Obj;
  else {
    const type = PATCH_TYPES[r.contentType];
    const cur = scaleOf(live);
    const p = r.body();
    wanted =
      type === 'json'
        ? applyJsonPatch(cur, p)
        : type === 'merge'
          ? (applyMergePatch(cur, p) as Obj)
          : (strategicMerge(cur, p) as Obj);
  }
  const replicas = (wanted?.spec as ScaleFields | undefined)?.replicas;
  if (replicas === undefined || !Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
    );
  }
  const rv = (wanted.metadata as Partial<ObjectMeta> | undefined)?.resourceVersion;
  const updated = api.update(
    r.resource,
    r.namespace,
    name,
    {
      ...live,
      metadata: { ...metaOf(live), resourceVersion: rv ?? metaOf(live).resourceVersion },
      spec: { ...(live.spec as Obj), replicas },
    },
    { manager: manager(r) },
  );
  return { code: 200, body: scaleOf(updated) };
}

/** The log subresource of a pod: the demo app's request log, `tailLines` honoured. */
export function logs(api: Api, r: ResourceRequest, name: string): Reply {
  if (r.method !== 'GET') throw methodNotAllowed();
  const pod = api.store.mustGet(r.resource, r.namespace, name);
  const containers = (pod.spec as { containers: { name: string }[] }).containers;
  const container = r.query.get('container') ?? containers[0]?.name;
  if (!containers.some((c) => c.name === container)) {
    throw badRequest(`container ${container} is not valid for pod ${name}`);
  }
  let text = r.podLogs?.(r.namespace ?? '', name, container) ?? '';
  const tail = Number(r.query.get('tailLines') ?? -1);
  if (tail >= 0)
    text = text
      .split('\n')
      .filter(Boolean)
      .slice(-tail)
      .map((l) => `${l}\n`)
      .join('');
  return { code: 200, body: text, contentType: 'text/plain' };
}
