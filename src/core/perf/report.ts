import type { ArrivalStats } from './arrival-recorder.js';
import type { RateStage } from './arrivals.js';
import { decodeHistogram, encodeHistogram, latencyFigures, mergeHistograms, type LatencyFigures } from './histogram.js';
import { addCounts, emptyCounts, errorRate, non2xx, type Counts, type Measured } from './metrics.js';
import type { TimelineEntry } from './recorder.js';
import type { RegressionResult } from './regression.js';
import type { GeneratorHealth } from './saturation.js';
import { median } from './statistics.js';
import type { ThresholdResult, Verdict } from './verdict.js';

export const REPORT_SCHEMA = 'deploy-kit/perf-gate-report@1';

/** Human figures of a measurement (latency in ms). */
export interface Figures {
  requests: number;
  rps: number;
  bytesPerSec: number;
  errorRate: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  status: { '1xx': number; '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  latency: LatencyFigures;
  /** Open model only: latency measured from each request's intended send time (what thresholds judge). */
  correctedLatency?: LatencyFigures;
}

/** One run as stored: enough to rebuild its Measured exactly (histograms are HdrHistogram base64). */
export interface RunReport {
  run: number;
  durationMs: number;
  counts: Counts;
  histogram: string;
  correctedHistogram?: string;
  figures: Figures;
  generator?: GeneratorHealth;
  /** Open model: evenness of the arrivals (per 10 ms window), late sends, lateness, pool exhaustion. */
  arrivals?: ArrivalStats;
}

export interface PerfReport {
  schema: typeof REPORT_SCHEMA;
  kitVersion: string;
  createdAt: string;
  target: { url: string; method: string };
  model: 'closed' | 'open';
  config: {
    connections: number;
    rate?: number;
    /** Open model with ramping stages (k6 ramping-arrival-rate); `rate` is then the start rate. */
    stages?: RateStage[];
    durationMs: number;
    warmupMs: number;
    runs: number;
    timeoutMs: number;
    windowMs: number;
    shard: number;
    shards: number;
  };
  /** Median over runs of every figure (what the gate judged). */
  figures: Figures;
  /** All runs' samples in one exact histogram: what `perf merge` adds across shards. */
  histogram: string;
  correctedHistogram?: string;
  totals: Counts & { durationMs: number };
  runs: RunReport[];
  timeline: TimelineEntry[];
  thresholds: ThresholdResult[];
  regressions: RegressionResult[];
  generator?: GeneratorHealth;
  /** Open model: the runs' arrival figures (counts summed, worst evenness and lateness). */
  arrivals?: ArrivalStats;
  aborted?: { run: number; atMs: number; threshold: string };
  /** Set on merged reports: the shard reports that went in. */
  mergedFrom?: { path: string; shard: number; shards: number; requests: number }[];
  verdict: Verdict;
  passed: boolean;
  reasons: string[];
}

export function figuresOf(measured: Measured): Figures {
  const c = measured.counts;
  const seconds = Math.max(measured.durationMs, 1) / 1000;
  return {
    requests: c.requests,
    rps: round(c.requests / seconds),
    bytesPerSec: Math.round(c.bytes / seconds),
    errorRate: errorRate(c),
    non2xx: non2xx(c),
    errors: c.errors,
    timeouts: c.timeouts,
    status: { '1xx': c.status1xx, '2xx': c.status2xx, '3xx': c.status3xx, '4xx': c.status4xx, '5xx': c.status5xx },
    latency: roundLatency(latencyFigures(measured.histogram)),
    ...(measured.corrected ? { correctedLatency: roundLatency(latencyFigures(measured.corrected)) } : {}),
  };
}

/** Median of every numeric figure over runs (a single run is its own median). */
export function medianFigures(all: readonly Figures[]): Figures {
  const pick = (read: (f: Figures) => number) => median(all.map(read));
  const lat = (read: (f: Figures) => LatencyFigures | undefined): LatencyFigures | undefined => {
    const present = all.map(read).filter((l): l is LatencyFigures => l !== undefined);
    if (present.length === 0) return undefined;
    const keys = Object.keys(present[0]) as (keyof LatencyFigures)[];
    return Object.fromEntries(keys.map((k) => [k, median(present.map((l) => l[k]))])) as unknown as LatencyFigures;
  };
  const corrected = lat((f) => f.correctedLatency);
  return {
    requests: pick((f) => f.requests),
    rps: pick((f) => f.rps),
    bytesPerSec: pick((f) => f.bytesPerSec),
    errorRate: pick((f) => f.errorRate),
    non2xx: pick((f) => f.non2xx),
    errors: pick((f) => f.errors),
    timeouts: pick((f) => f.timeouts),
    status: {
      '1xx': pick((f) => f.status['1xx']),
      '2xx': pick((f) => f.status['2xx']),
      '3xx': pick((f) => f.status['3xx']),
      '4xx': pick((f) => f.status['4xx']),
      '5xx': pick((f) => f.status['5xx']),
    },
    latency: lat((f) => f.latency)!,
    ...(corrected ? { correctedLatency: corrected } : {}),
  };
}

/** Stored runs back into measurements (exact: histograms decode to the recorded counts). */
export function measuredRuns(report: Pick<PerfReport, 'runs'>): Measured[] {
  return report.runs.map((run) => ({
    histogram: decodeHistogram(run.histogram),
    corrected: run.correctedHistogram ? decodeHistogram(run.correctedHistogram) : undefined,
    counts: run.counts,
    durationMs: run.durationMs,
  }));
}

/** Everything the runs measured, summed: totals, one histogram (and corrected one) of all samples. */
export function combineRuns(
  runs: readonly RunReport[],
): Pick<PerfReport, 'histogram' | 'correctedHistogram' | 'totals'> {
  const counts = runs.reduce((sum, run) => addCounts(sum, run.counts), emptyCounts());
  const corrected = runs.filter((r) => r.correctedHistogram).map((r) => r.correctedHistogram!);
  return {
    histogram: encodeHistogram(mergeHistograms(runs.map((r) => r.histogram))),
    ...(corrected.length ? { correctedHistogram: encodeHistogram(mergeHistograms(corrected)) } : {}),
    totals: { ...counts, durationMs: runs.reduce((sum, r) => sum + r.durationMs, 0) },
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;
const roundLatency = (l: LatencyFigures): LatencyFigures => ({
  ...l,
  mean: Math.round(l.mean * 1000) / 1000,
  stddev: Math.round(l.stddev * 1000) / 1000,
});
