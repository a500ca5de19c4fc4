import { ApiError, badRequest } from './api-error.js';
import type { Api } from './api.js';
import { manager, PATCH_TYPES, type ResourceRequest } from './resource-request.js';
import type { Obj, Reply } from './types.js';

/** The write options every verb on one object shares. */
function writeOptions(r: ResourceRequest) {
  return {
    manager: manager(r),
    dryRun: Boolean(r.query.get('dryRun')),
    subresource: r.subresource as 'status' | undefined,
    fieldValidation: r.query.get('fieldValidation') ?? undefined,
  };
}

/** POST on a collection. */
export async function create(api: Api, r: ResourceRequest): Promise<Reply> {
  return {
    code: 201,
    body: await api.create(r.resource, r.namespace, r.body() as Obj, {
      manager: manager(r),
      dryRun: Boolean(r.query.get('dryRun')),
      fieldValidation: r.query.get('fieldValidation') ?? undefined,
    }),
  };
}

/** PUT on one object (or its status). */
export function replace(api: Api, r: ResourceRequest, name: string): Reply {
  return { code: 200, body: api.update(r.resource, r.namespace, name, r.body() as Obj, writeOptions(r)) };
}

/** PATCH on one object: JSON, merge, strategic merge or server-side apply (201 when apply creates it). */
export async function patch(api: Api, r: ResourceRequest, name: string): Promise<Reply> {
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
  const out = await api.patch(r.resource, r.namespace, name, type, r.body(), { ...writeOptions(r), force });
  return { code: existed ? 200 : 201, body: out };
}
