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

/** `https://user:pass@host/x?token=...` shown without the password, for logs and reports. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
