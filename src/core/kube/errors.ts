/** One cause of a rejected request, as the API server reports it (field paths point into the object). */
export interface KubeCause {
  reason?: string;
  message?: string;
  field?: string;
}

/**
 * A non-2xx answer of the API server with its Status fields, so callers can tell NotFound,
 * Conflict, Forbidden and Invalid apart and show the offending field.
 */
export class KubeApiError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly causes: KubeCause[];

  constructor(status: number, reason: string, message: string, causes: KubeCause[] = []) {
    super(message);
    this.name = 'KubeApiError';
    this.status = status;
    this.reason = reason;
    this.causes = causes;
  }

  static fromBody(status: number, body: unknown, what: string): KubeApiError {
    const s = (body && typeof body === 'object' ? body : {}) as {
      reason?: string;
      message?: string;
      details?: { causes?: KubeCause[] };
    };
    const message = s.message ?? (typeof body === 'string' && body ? body.slice(0, 300) : `HTTP ${status}`);
    return new KubeApiError(status, s.reason ?? `HTTP${status}`, `${what}: ${message}`, s.details?.causes ?? []);
  }
}

/** 429 and 5xx are worth retrying; so are connection failures (status 0). */
export function isRetryable(error: unknown): boolean {
  // A 500 from server-side apply's patch conversion is deterministic: the same body fails again.
  if (error instanceof KubeApiError && error.message.includes('failed to create typed patch object')) return false;
  if (error instanceof KubeApiError) return error.status === 429 || error.status >= 500 || error.status === 0;
  return false;
}
