import { ApiError } from './api-error.js';
import type { Api } from './api.js';
import { apiVersionOf, type ResourceType } from './resources.js';
import type { ResourceRequest } from './resource-request.js';
import { parseLabelSelector } from './selectors.js';
import { isObject, metaOf, type Obj, type Reply } from './types.js';

/** DeleteOptions from the body and the query (gracePeriodSeconds, propagationPolicy, dryRun). */
function deleteOptions(r: ResourceRequest): Obj {
  let body: unknown;
  try {
    body = r.body();
  } catch {
    body = undefined;
  }
  const opts: Obj = isObject(body) ? { ...body } : {};
  const grace = r.query.get('gracePeriodSeconds');
  if (grace !== null && Number.isFinite(Number(grace))) opts.gracePeriodSeconds = Number(grace);
  const pp = r.query.get('propagationPolicy');
  if (pp) opts.propagationPolicy = pp;
  if (r.query.get('dryRun')) opts.dryRun = true;
  const policy = opts.propagationPolicy as string | undefined;
  if (policy && !['Orphan', 'Background', 'Foreground'].includes(policy)) {
    throw new ApiError(
      422,
      'Invalid',
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  return opts;
}

/** What DELETE of one object answers: the object while it terminates, else a Success Status. */
function deleted(r: ResourceType, o: Obj): Reply {
  if (r.plural === 'pods' || r.plural === 'namespaces' || metaOf(o).deletionTimestamp) return { code: 200, body: o };
  return {
    code: 200,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: metaOf(o).name, ...(r.group ? { group: r.group } : {}), kind: r.plural, uid: metaOf(o).uid },
    },
  };
}

/** DELETE of one object. */
export function deleteObject(api: Api, r: ResourceRequest, name: string): Reply {
  return deleted(r.resource, api.delete(r.resource, r.namespace, name, deleteOptions(r)));
}

/** DELETE on a collection (deletecollection): every object the label selector matches. */
export function deleteCollection(api: Api, r: ResourceRequest): Reply {
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const opts = deleteOptions(r);
  const items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels));
  const gone = items.map((o) => api.delete(r.resource, metaOf(o).namespace, metaOf(o).name, opts));
  return {
    code: 200,
    body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata: {}, items: gone },
  };
}
