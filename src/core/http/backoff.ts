import { redactUrl } from '../../shared/url-secrets.js';

/**
 * Exponential backoff with full jitter (a uniformly random delay between 0 and the capped
 * exponential step): retries from many runners spread out instead of arriving in waves at a
 * service that is just coming up. The random source is injected so tests are deterministic.
 */
export function backoffDelay(
  failures: number,
  intervalMs: number,
  maxIntervalMs: number,
  random: () => number,
): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(exponent, 30));
  return Math.round(random() * ceiling);
}

/** A URL for logs and reports: password and credential query values (token, key, signature...) as `***`. */
export const displayUrl = redactUrl;
