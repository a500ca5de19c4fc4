import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, badRequest } from './api-error.js';
import type { Api, PatchType } from './api.js';
import { applyJsonPatch, applyMergePatch, strategicMerge } from './patch.js';
import { apiVersionOf, type ResourceType } from './resources.js';
import { parseFieldSelector, parseLabelSelector, selectorString } from './selectors.js';
import { isObject, type Obj, type Reply } from './types.js';
import { toTable, wantsTable } from './table.js';
import type { WatchHub } from './watch.js';

/** One parsed resource request (/api/v1/namespaces/ns/pods/name/status). */
export interface ResourceRequest {
  resource: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  method: string;
  query: URLSearchParams;
  contentType: string;
  body: () => unknown;
  userAgent: string;
  /** Container log text of a pod (demo-app pods log their requests), undefined when unknown. */
  podLogs?: (namespace: string, name: string, container?: string) => string | undefined;
  req: IncomingMessage;
  res: ServerResponse;
}

const PATCH_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

function manager(r: ResourceRequest): string {
  return r.query.get('fieldManager') || r.userAgent.split('/')[0] || 'unknown';
}

function list(api: Api, r: ResourceRequest): Reply {
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const fields = parseFieldSelector(r.query.get('fieldSelector'), r.resource.kind);
  let items = api.store.list(r.resource, r.namespace).filter((o) => labels(o.metadata.labels) && fields(o));
  const limit = Number(r.query.get('limit') ?? 0);
  const offset = Number(Buffer.from(r.query.get('continue') ?? '', 'base64').toString() || 0);
  let next: string | undefined;
  if (limit > 0) {
    next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString('base64') : undefined;
    items = items.slice(offset, offset + limit);
  }
  const metadata = { resourceVersion: String(api.store.resourceVersion), ...(next ? { continue: next } : {}) };
  if (wantsTable(r.req.headers.accept)) {
    return {
      code: 200,
      body: {
        ...toTable(r.resource.kind, items, metadata.resourceVersion, r.query.get('includeObject') ?? undefined),
        metadata,
      },
    };
  }
  return { code: 200, body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata, items } };
}

function scaleOf(o: Obj): Obj {
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      uid: o.metadata.uid,
      resourceVersion: o.metadata.resourceVersion,
      creationTimestamp: o.metadata.creationTimestamp,
    },
    spec: { replicas: o.spec?.replicas ?? 0 },
    status: { replicas: o.status?.replicas ?? 0, selector: selectorString(o.spec?.selector) },
  };
}

async function scale(api: Api, r: ResourceRequest, name: string): Promise<Reply> {
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
  const replicas = wanted?.spec?.replicas;
  if (!Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
    );
  }
  const rv = wanted.metadata?.resourceVersion;
  const updated = api.update(
    r.resource,
    r.namespace,
    name,
    {
      ...live,
      metadata: { ...live.metadata, resourceVersion: rv ?? live.metadata.resourceVersion },
      spec: { ...live.spec, replicas },
    },
    { manager: manager(r) },
  );
  return { code: 200, body: scaleOf(updated) };
}

function logs(api: Api, r: ResourceRequest, name: string): Reply {
  if (r.method !== 'GET')
    throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const pod = api.store.mustGet(r.resource, r.namespace, name);
  const container = r.query.get('container') ?? pod.spec.containers[0]?.name;
  if (!(pod.spec.containers as Obj[]).some((c) => c.name === container)) {
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
  if (opts.propagationPolicy && !['Orphan', 'Background', 'Foreground'].includes(opts.propagationPolicy)) {
    throw new ApiError(
      422,
      'Invalid',
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${opts.propagationPolicy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  return opts;
}

function deleted(r: ResourceType, o: Obj): Reply {
  if (r.plural === 'pods' || r.plural === 'namespaces' || o.metadata.deletionTimestamp) return { code: 200, body: o };
  return {
    code: 200,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: o.metadata.name, ...(r.group ? { group: r.group } : {}), kind: r.plural, uid: o.metadata.uid },
    },
  };
}

async function onCollection(api: Api, hub: WatchHub, r: ResourceRequest): Promise<Reply | undefined> {
  const dryRun = Boolean(r.query.get('dryRun'));
  switch (r.method) {
    case 'GET': {
      if (['true', '1'].includes(r.query.get('watch') ?? '')) {
        const labels = parseLabelSelector(r.query.get('labelSelector'));
        const fields = parseFieldSelector(r.query.get('fieldSelector'), r.resource.kind);
        hub.serve(r.req, r.res, {
          resource: r.resource,
          namespace: r.namespace,
          matches: (o) => labels(o.metadata.labels) && fields(o),
          resourceVersion: r.query.get('resourceVersion') ?? undefined,
          bookmarks: r.query.get('allowWatchBookmarks') === 'true',
          timeoutSeconds: Number(r.query.get('timeoutSeconds')) || undefined,
          render: wantsTable(r.req.headers.accept)
            ? (o, first) =>
                toTable(
                  r.resource.kind,
                  [o],
                  o.metadata.resourceVersion,
                  r.query.get('includeObject') ?? undefined,
                  first,
                )
            : undefined,
        });
        return undefined;
      }
      return list(api, r);
    }
    case 'POST':
      return {
        code: 201,
        body: await api.create(r.resource, r.namespace, r.body() as Obj, {
          manager: manager(r),
          dryRun,
          fieldValidation: r.query.get('fieldValidation') ?? undefined,
        }),
      };
    case 'DELETE': {
      const labels = parseLabelSelector(r.query.get('labelSelector'));
      const opts = deleteOptions(r);
      const items = api.store.list(r.resource, r.namespace).filter((o) => labels(o.metadata.labels));
      const gone = items.map((o) => api.delete(r.resource, o.metadata.namespace, o.metadata.name, opts));
      return {
        code: 200,
        body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata: {}, items: gone },
      };
    }
    default:
      throw new ApiError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
  }
}

async function onObject(api: Api, r: ResourceRequest, name: string): Promise<Reply> {
  const sub = r.subresource;
  if (sub && !(r.resource.subresources as string[]).includes(sub))
    throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
  if (sub === 'scale') return scale(api, r, name);
  if (sub === 'log') return logs(api, r, name);
  const opts = {
    manager: manager(r),
    dryRun: Boolean(r.query.get('dryRun')),
    subresource: sub as 'status' | undefined,
    fieldValidation: r.query.get('fieldValidation') ?? undefined,
  };
  switch (r.method) {
    case 'GET': {
      const obj = api.store.mustGet(r.resource, r.namespace, name);
      if (!sub && wantsTable(r.req.headers.accept))
        return {
          code: 200,
          body: toTable(
            r.resource.kind,
            [obj],
            obj.metadata.resourceVersion,
            r.query.get('includeObject') ?? undefined,
          ),
        };
      return { code: 200, body: obj };
    }
    case 'PUT':
      return { code: 200, body: api.update(r.resource, r.namespace, name, r.body() as Obj, opts) };
    case 'PATCH': {
      const type = PATCH_TYPES[r.contentType];
      if (!type) {
        throw new ApiError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(', ')}`,
        );
      }
      const existed = Boolean(api.store.get(r.resource, r.namespace, name));
      const force = r.query.get('force') === 'true';
      if (r.query.get('force') && type !== 'apply')
        throw badRequest('force is not allowed to be set for non-apply patch operations');
      const out = await api.patch(r.resource, r.namespace, name, type, r.body(), { ...opts, force });
      return { code: existed ? 200 : 201, body: out };
    }
    case 'DELETE':
      return deleted(r.resource, api.delete(r.resource, r.namespace, name, deleteOptions(r)));
    default:
      throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }
}

/** Serves one resource request; returns undefined when the response was streamed (watch). */
export async function handleResource(api: Api, hub: WatchHub, r: ResourceRequest): Promise<Reply | undefined> {
  if (!r.name) return onCollection(api, hub, r);
  return onObject(api, r, r.name);
}
