/** What to send and how hard: the closed model (`connections`) or the open model (`rate`). */
export interface LoadOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  /** Requests per second over all connections (open model); undefined for the closed model. */
  rate?: number;
  durationMs: number;
  timeoutMs: number;
}

/** Per-response callbacks: the caller records into its own HDR histogram. */
export interface LoadHooks {
  /** `connection` identifies the connection that sent the request (for coordinated-omission correction). */
  onResponse(status: number, bytes: number, latencyMs: number, connection?: object): void;
  onError(timeout: boolean): void;
}

export interface LoadHandle {
  /** Resolves once every connection is closed. */
  done: Promise<void>;
  /** Ends the run early; `done` still resolves. */
  stop(): void;
}

/** The seam the gate drives (autocannon in production, see src/clients/load-generator.ts). */
export type LoadGenerator = (options: LoadOptions, hooks: LoadHooks) => LoadHandle;

/** Splits a total (connections, rate) over shards; shard is 1-based. Every shard gets at least 1. */
export function shareOf(total: number, shard: number, shards: number): number {
  const base = Math.floor(total / shards);
  return Math.max(1, base + (shard <= total % shards ? 1 : 0));
}

/** Connections autocannon really opens: in the open model never more than the rate. */
export function effectiveConnections(connections: number, rate?: number): number {
  return rate ? Math.min(connections, Math.max(1, Math.floor(rate))) : connections;
}
