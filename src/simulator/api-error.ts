import type { ResourceType } from './resources.js';
import { qualifiedName } from './resources.js';

/** One entry of Status.details.causes (field + reason + message), as kubectl prints them. */
export interface StatusCause {
  type?: string;
  reason?: string;
  message: string;
  field?: string;
}

/**
 * An error the API answers with a Status object. Every failure path in the simulator throws one
 * so clients (kubectl, client-node) see the same code/reason pairs the real API server sends.
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

const detail = (r: ResourceType, name: string) => ({ name, ...(r.group ? { group: r.group } : {}), kind: r.plural });

/** 404 NotFound: `deployments.apps "x" not found`. */
export const notFound = (r: ResourceType, name: string) =>
  new ApiError(404, 'NotFound', `${qualifiedName(r)} "${name}" not found`, detail(r, name));

/** 409 AlreadyExists on create of an existing name. */
export const alreadyExists = (r: ResourceType, name: string) =>
  new ApiError(409, 'AlreadyExists', `${qualifiedName(r)} "${name}" already exists`, detail(r, name));

/** 409 Conflict: stale resourceVersion or a failed precondition. */
export const conflict = (
  r: ResourceType,
  name: string,
  why = 'the object has been modified; please apply your changes to the latest version and try again',
) =>
  new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(r)} "${name}": ${why}`,
    detail(r, name),
  );

/** 400 BadRequest: undecodable bodies, bad selectors, malformed patches. */
export const badRequest = (message: string) => new ApiError(400, 'BadRequest', message);

/** 422 Invalid with one cause per field, formatted like the API server. */
export function invalid(r: ResourceType, name: string, causes: StatusCause[]): ApiError {
  const kind = r.group ? `${r.kind}.${r.group}` : r.kind;
  const text = causes.map((c) => `${c.field}: ${c.message}`);
  const summary = text.length === 1 ? text[0] : `[${text.join(', ')}]`;
  return new ApiError(422, 'Invalid', `${kind} "${name}" is invalid: ${summary}`, {
    name,
    ...(r.group ? { group: r.group } : {}),
    kind: r.kind,
    causes: causes.map((c) => ({ reason: c.reason ?? c.type, message: c.message, field: c.field })),
  });
}

/** Wraps anything thrown into an ApiError (unknown errors become 500 InternalError, never a crash). */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(500, 'InternalError', `Internal error occurred: ${message}`);
}
