import type { SendEvent } from './arrival-recorder.js';
import { arrivalSchedule, constantSchedule, type ArrivalSchedule, type RateStage } from './arrivals.js';

/** What to send and how hard: the closed model (`connections`) or the open model (`rate`, `stages`). */
export interface LoadOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Closed model: concurrent connections. Open model: the most connections the pool may open. */
  connections: number;
  /** Open model: a constant arrival rate in requests per second (the start rate when `stages` are set). */
  rate?: number;
  /** Open model: ramping arrival rate, each stage reaching its rate linearly (k6 ramping-arrival-rate). */
  stages?: RateStage[];
  durationMs: number;
  timeoutMs: number;
}

/** Per-response callbacks: the caller records into its own HDR histogram. */
export interface LoadHooks {
  /**
   * `latencyMs` is measured from the moment the request was written; in the open model
   * `intendedLatencyMs` is measured from its intended send time (what an arriving user waits).
   */
  onResponse(status: number, bytes: number, latencyMs: number, intendedLatencyMs?: number): void;
  onError(timeout: boolean): void;
  /** Open model: every request as it is sent, with its intended and actual send time. */
  onSend?(event: SendEvent): void;
}

export interface LoadHandle {
  /** Resolves once every connection is closed. */
  done: Promise<void>;
  /** Ends the run early; `done` still resolves. */
  stop(): void;
}

/** The seam the gate drives (see src/clients/load-generator.ts). */
export type LoadGenerator = (options: LoadOptions, hooks: LoadHooks) => LoadHandle;

/** Whether the load is an arrival rate (open model) rather than a number of busy connections. */
export const isOpenModel = (load: Pick<LoadOptions, 'rate' | 'stages'>): boolean =>
  Boolean(load.rate) || Boolean(load.stages?.length);

/**
 * The open model's intended send times for one run of `durationMs` (a warmup is shorter): `stages`
 * ramp from `rate` (or 0, as k6's startRate); otherwise a constant `rate`.
 */
export function scheduleOf(load: Pick<LoadOptions, 'rate' | 'stages' | 'durationMs'>): ArrivalSchedule | undefined {
  if (load.stages?.length) return arrivalSchedule(load.rate ?? 0, load.stages, load.durationMs);
  return load.rate ? constantSchedule(load.rate, load.durationMs) : undefined;
}

/** Splits a total (connections, rate) over shards; shard is 1-based. Every shard gets at least 1. */
export function shareOf(total: number, shard: number, shards: number): number {
  const base = Math.floor(total / shards);
  return Math.max(1, base + (shard <= total % shards ? 1 : 0));
}
