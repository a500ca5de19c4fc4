import { shareOf, type LoadOptions } from './load.js';
import type { PerfReport } from './report.js';
import type { RegressionRule, Threshold } from './thresholds.js';

export interface GateOptions {
  load: LoadOptions;
  warmupMs: number;
  runs: number;
  shard: number;
  shards: number;
  thresholds: Threshold[];
  warnMargin: number;
  abortOnFail: boolean;
  rules: RegressionRule[];
  baseline?: PerfReport;
}

export interface GateProgress {
  phase: 'warmup' | 'run';
  run: number;
  runs: number;
  elapsedMs: number;
  durationMs: number;
  requests: number;
  p95Ms: number;
}

/** This shard's part of the load: connections, rate and every stage's rate split evenly over `shards`. */
export function shardLoad(options: GateOptions): LoadOptions {
  const { load, shard, shards } = options;
  if (shards <= 1) return load;
  const share = (total: number) => (total > 0 ? shareOf(total, shard, shards) : 0);
  return {
    ...load,
    connections: shareOf(load.connections, shard, shards),
    rate: load.rate ? share(load.rate) : undefined,
    ...(load.stages ? { stages: load.stages.map((stage) => ({ ...stage, rate: share(stage.rate) })) } : {}),
  };
}
