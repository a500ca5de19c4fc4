import { DeployKitError } from '../shared/errors.js';

/** Why a registry operation failed, which decides whether to retry and what to tell the user. */
export type RegistryFailure = 'credentials' | 'unknown-registry' | 'unreachable' | 'transient' | 'other';

const PATTERNS: [RegistryFailure, RegExp][] = [
  [
    'credentials',
    /unauthorized|authentication required|incorrect username or password|access denied|denied:|status: 401|403 forbidden/i,
  ],
  ['unknown-registry', /no such host|name or service not known|server misbehaving|could not resolve/i],
  ['unreachable', /connection refused|network is unreachable|no route to host/i],
  [
    'transient',
    /i\/o timeout|timeout|timed out|connection reset|broken pipe|unexpected eof|\beof\b|toomanyrequests|too many requests|\b429\b|\b50[0234]\b|service unavailable|bad gateway|temporarily unavailable/i,
  ],
];

/** Classifies a builder's error text (docker, podman and buildah phrase the same failures alike). */
export function classifyRegistryFailure(text: string): RegistryFailure {
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** A registry failure with its class, so retry() knows what is worth another attempt. */
export class RegistryError extends DeployKitError {
  readonly failure: RegistryFailure;

  constructor(message: string, failure: RegistryFailure, details: Record<string, unknown> = {}) {
    super(message, { failure, ...details });
    this.name = 'RegistryError';
    this.failure = failure;
  }
}

/** Words the user can act on for each class of failure. */
export function registryMessage(action: string, registry: string, failure: RegistryFailure, detail: string): string {
  const last = lastLine(detail);
  switch (failure) {
    case 'credentials':
      return `${action}: registry ${registry} rejected the credentials (check the username and password inputs, and that the account may push there): ${last}`;
    case 'unknown-registry':
      return `${action}: registry ${registry} is unknown (its host name does not resolve; check the registry and images inputs): ${last}`;
    case 'unreachable':
      return `${action}: registry ${registry} is not reachable (nothing answers there; check the host and port): ${last}`;
    case 'transient':
      return `${action}: registry ${registry} kept failing with a transient error: ${last}`;
    default:
      return `${action} failed: ${last}`;
  }
}

function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? 'no output').slice(0, 500);
}

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (attempt: number, error: Error, delayMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retries transient and unreachable registry failures with exponential backoff; anything else fails at once. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  const base = options.baseDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const retryable =
        error instanceof RegistryError && (error.failure === 'transient' || error.failure === 'unreachable');
      if (!retryable || attempt >= attempts) throw error;
      const delay = base * 2 ** (attempt - 1);
      options.onRetry?.(attempt, error, delay);
      await (options.sleep ?? defaultSleep)(delay);
    }
  }
}
