import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import type { PatchType } from './api.js';
import type { ResourceType } from './resources.js';

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

/** Content types of PATCH bodies, as the API server accepts them. */
export const PATCH_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

/** The field manager of a write: the fieldManager parameter, else the client's name from its User-Agent. */
export function manager(r: ResourceRequest): string {
  return r.query.get('fieldManager') || r.userAgent.split('/')[0] || 'unknown';
}

/** The API server's answer to a verb a resource or subresource does not serve. */
export function methodNotAllowed(): ApiError {
  return new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}
