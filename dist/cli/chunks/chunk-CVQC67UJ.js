#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/core/kube/types.ts
var refOf = (object) => ({
  apiVersion: object.apiVersion,
  kind: object.kind,
  name: object.metadata.name ?? "",
  namespace: object.metadata.namespace
});
function describeRef(ref) {
  return `${ref.kind.toLowerCase()}/${ref.name}${ref.namespace ? ` (namespace ${ref.namespace})` : ""}`;
}

// src/core/kube/errors.ts
var KubeApiError = class _KubeApiError extends Error {
  status;
  reason;
  causes;
  constructor(status, reason, message, causes = []) {
    super(message);
    this.name = "KubeApiError";
    this.status = status;
    this.reason = reason;
    this.causes = causes;
  }
  static fromBody(status, body, what) {
    const s = body && typeof body === "object" ? body : {};
    const message = s.message ?? (typeof body === "string" && body ? body.slice(0, 300) : `HTTP ${status}`);
    return new _KubeApiError(status, s.reason ?? `HTTP${status}`, `${what}: ${message}`, s.details?.causes ?? []);
  }
};
function isRetryable(error) {
  if (error instanceof KubeApiError && error.message.includes("failed to create typed patch object")) return false;
  if (error instanceof KubeApiError) return error.status === 429 || error.status >= 500 || error.status === 0;
  return false;
}

export {
  refOf,
  describeRef,
  KubeApiError,
  isRetryable
};
