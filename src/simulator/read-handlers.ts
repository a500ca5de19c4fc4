import type { Api } from './api.js';
import { apiVersionOf } from './resources.js';
import type { ResourceRequest } from './resource-request.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { metaOf, type Reply } from './types.js';
import { toTable, wantsTable } from './table.js';
import type { WatchHub } from './watch.js';

/** GET on a collection: a list (label/field selectors, limit/continue), or a Table for kubectl get. */
export function list(api: Api, r: ResourceRequest): Reply {
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const fields = parseFieldSelector(r.query.get('fieldSelector'), r.resource.kind);
  let items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels) && fields(o));
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

/** Whether a collection GET asks to watch (`?watch=true`) rather than to list. */
export const wantsWatch = (r: ResourceRequest) => ['true', '1'].includes(r.query.get('watch') ?? '');

/** GET ?watch=true on a collection: streams changes through the hub (resume, bookmarks, timeout, Table rows). */
export function watch(hub: WatchHub, r: ResourceRequest): void {
  const labels = parseLabelSelector(r.query.get('labelSelector'));
  const fields = parseFieldSelector(r.query.get('fieldSelector'), r.resource.kind);
  hub.serve(r.req, r.res, {
    resource: r.resource,
    namespace: r.namespace,
    matches: (o) => labels(metaOf(o).labels) && fields(o),
    resourceVersion: r.query.get('resourceVersion') ?? undefined,
    bookmarks: r.query.get('allowWatchBookmarks') === 'true',
    timeoutSeconds: Number(r.query.get('timeoutSeconds')) || undefined,
    render: wantsTable(r.req.headers.accept)
      ? (o, first) =>
          toTable(r.resource.kind, [o], metaOf(o).resourceVersion, r.query.get('includeObject') ?? undefined, first)
      : undefined,
  });
}

/** GET on one object (or its status): the object, or a one-row Table for kubectl get. */
export function get(api: Api, r: ResourceRequest, name: string): Reply {
  const obj = api.store.mustGet(r.resource, r.namespace, name);
  if (!r.subresource && wantsTable(r.req.headers.accept))
    return {
      code: 200,
      body: toTable(r.resource.kind, [obj], metaOf(obj).resourceVersion, r.query.get('includeObject') ?? undefined),
    };
  return { code: 200, body: obj };
}
