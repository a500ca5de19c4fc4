import type { HttpDeps } from '../../http/deps.js';

/** Requests sent through the user-facing endpoint while one weight was set, and how many the new version answered. */
export interface ShareBucket {
  /** The configured weight and the exact share the mode gave for it, in percent. */
  weight: number;
  expected: number;
  requests: number;
  /** Answers carrying the new version. */
  toNew: number;
  /** Answers of the new version that were 5xx: what users of the bad version saw. */
  newErrors: number;
}

export interface MeasuredShare {
  url: string;
  version: string;
  requests: number;
  toNew: number;
  /** toNew / requests in percent. */
  share: number;
  buckets: ShareBucket[];
}

/** True when the version appears as a whole token in a header value or the body (`"version":"v4"`, `x-version: v4`). */
export function answeredBy(version: string, headers: Record<string, string>, body: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const token = new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w.-])`);
  return token.test(body) || Object.values(headers).some((v) => token.test(v));
}

/**
 * Sends a steady trickle of requests to the endpoint users reach and counts which version
 * answered, per weight step: the measured share of requests that reached the new version
 * (so after an abort, how many users met the bad one).
 */
export class ShareSampler {
  private readonly buckets: ShareBucket[] = [];
  private readonly stopped = new AbortController();
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly version: string,
    private readonly probe: HttpDeps['probe'],
    private readonly intervalMs = 25,
  ) {}

  /** Starts (or moves) counting under a new weight. */
  weight(weight: number, expected: number): void {
    this.buckets.push({ weight, expected, requests: 0, toNew: 0, newErrors: 0 });
    if (!this.loops.length) this.loops = [this.loop(), this.loop()];
  }

  private async loop(): Promise<void> {
    while (!this.stopped.signal.aborted) {
      const bucket = this.buckets.at(-1)!;
      const result = await this.probe({
        url: this.url,
        method: 'GET',
        timeoutMs: 2000,
        signal: this.stopped.signal,
        maxBodyBytes: 4096,
      });
      if (this.stopped.signal.aborted) break;
      bucket.requests++;
      if (result.ok && answeredBy(this.version, result.response.headers, result.response.body)) {
        bucket.toNew++;
        if (result.response.status >= 500) bucket.newErrors++;
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }

  /** Stops sending and returns the counts (undefined when nothing was measured). */
  async stop(): Promise<MeasuredShare | undefined> {
    this.stopped.abort();
    await Promise.all(this.loops);
    const buckets = this.buckets.filter((b) => b.requests > 0);
    if (!buckets.length) return undefined;
    const requests = buckets.reduce((n, b) => n + b.requests, 0);
    const toNew = buckets.reduce((n, b) => n + b.toNew, 0);
    return { url: this.url, version: this.version, requests, toNew, share: (100 * toNew) / requests, buckets };
  }
}
