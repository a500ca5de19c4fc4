import { ApiError } from './api-error.js';
import type { Api } from './api.js';
import { deleteCollection, deleteObject } from './delete-handlers.js';
import { get, list, watch, wantsWatch } from './read-handlers.js';
import { methodNotAllowed, type ResourceRequest } from './resource-request.js';
import { logs, scale } from './subresource-handlers.js';
import type { Reply } from './types.js';
import type { WatchHub } from './watch.js';
import { create, patch, replace } from './write-handlers.js';

/** A collection: list or watch, create, deletecollection. Undefined when the response was streamed (watch). */
function onCollection(api: Api, hub: WatchHub, r: ResourceRequest): Promise<Reply> | Reply | undefined {
  switch (r.method) {
    case 'GET':
      if (!wantsWatch(r)) return list(api, r);
      watch(hub, r);
      return undefined;
    case 'POST':
      return create(api, r);
    case 'DELETE':
      return deleteCollection(api, r);
    default:
      throw methodNotAllowed();
  }
}

/** One object or one of its subresources (status, scale, log). */
function onObject(api: Api, r: ResourceRequest, name: string): Promise<Reply> | Reply {
  const sub = r.subresource;
  if (sub && !(r.resource.subresources as string[]).includes(sub))
    throw new ApiError(404, 'NotFound', 'the server could not find the requested resource');
  if (sub === 'scale') return scale(api, r, name);
  if (sub === 'log') return logs(api, r, name);
  switch (r.method) {
    case 'GET':
      return get(api, r, name);
    case 'PUT':
      return replace(api, r, name);
    case 'PATCH':
      return patch(api, r, name);
    case 'DELETE':
      return deleteObject(api, r, name);
    default:
      throw methodNotAllowed();
  }
}

/** Serves one resource request; returns undefined when the response was streamed (watch). */
export async function handleResource(api: Api, hub: WatchHub, r: ResourceRequest): Promise<Reply | undefined> {
  return r.name ? await onObject(api, r, r.name) : await onCollection(api, hub, r);
}
