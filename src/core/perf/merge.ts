import { ConfigError } from '../../shared/errors.js';
import { encodeHistogram, latencyFigures, mergeHistograms } from './histogram.js';
import { addCounts, emptyCounts, type Measured } from './metrics.js';
import type { TimelineEntry } from './recorder.js';
import { judge } from './judge.js';
import { REPORT_SCHEMA, figuresOf, type PerfReport, type RunReport } from './report.js';
import type { RegressionRule, Threshold } from './thresholds.js';
import { KIT_VERSION } from '../../shared/version.js';

export interface ShardReport {
  path: string;
  report: PerfReport;
}

export interface MergedMeasurement {
  run: RunReport;
  measured: Measured;
  timeline: TimelineEntry[];
  mergedFrom: NonNullable<PerfReport['mergedFrom']>;
}

/**
 * Combines shard reports exactly: histograms are added bucket by bucket (never percentiles
 * averaged), counts summed, and because shards run concurrently, throughputs add up: the merged
 * duration is the shards' mean duration. Timeline windows with the same run and index are merged.
 */
export function mergeShardReports(shards: readonly ShardReport[], input = 'reports'): MergedMeasurement {
  if (shards.length === 0) throw ConfigError.single(input, 'no reports matched; give shard report files or globs');
  checkDistinctShards(shards, input);
  const counts = shards.reduce((sum, s) => addCounts(sum, s.report.totals), emptyCounts());
  const durationMs = Math.round(shards.reduce((sum, s) => sum + s.report.totals.durationMs, 0) / shards.length);
  const histogram = mergeHistograms(shards.map((s) => s.report.histogram));
  const correctedParts = shards.map((s) => s.report.correctedHistogram).filter((h): h is string => h !== undefined);
  const corrected = correctedParts.length === shards.length ? mergeHistograms(correctedParts) : undefined;
  const measured: Measured = { histogram, corrected, counts, durationMs };
  const run: RunReport = {
    run: 0,
    durationMs,
    counts,
    histogram: encodeHistogram(histogram),
    ...(corrected ? { correctedHistogram: encodeHistogram(corrected) } : {}),
    figures: figuresOf(measured),
  };
  const mergedFrom = shards.map((s) => ({
    path: s.path,
    shard: s.report.config.shard,
    shards: s.report.config.shards,
    requests: s.report.totals.requests,
  }));
  return { run, measured, timeline: mergeTimelines(shards.map((s) => s.report.timeline)), mergedFrom };
}

function checkDistinctShards(shards: readonly ShardReport[], input: string): void {
  const seen = new Map<string, string>();
  for (const { path, report } of shards) {
    if (report.config.shards <= 1) continue;
    const key = `${report.config.shard}/${report.config.shards}`;
    const other = seen.get(key);
    if (other)
      throw ConfigError.single(input, `'${path}' and '${other}' are both shard ${key}; each shard must appear once`);
    seen.set(key, path);
  }
}

/** Sums windows that cover the same run and index across shards. */
export function mergeTimelines(timelines: readonly (readonly TimelineEntry[])[]): TimelineEntry[] {
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of timelines.flat()) {
    const key = `${entry.run}:${entry.index}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const merged = [...groups.values()].map((entries) => {
    const histogram = mergeHistograms(entries.map((e) => e.histogram));
    const f = latencyFigures(histogram);
    const sum = (read: (e: TimelineEntry) => number) => entries.reduce((total, e) => total + read(e), 0);
    return {
      run: entries[0].run,
      index: entries[0].index,
      startMs: entries[0].startMs,
      durationMs: Math.max(...entries.map((e) => e.durationMs)),
      requests: sum((e) => e.requests),
      errors: sum((e) => e.errors),
      non2xx: sum((e) => e.non2xx),
      bytes: sum((e) => e.bytes),
      p50: f.p50,
      p95: f.p95,
      p99: f.p99,
      mean: Math.round(f.mean * 1000) / 1000,
      max: f.max,
      histogram: encodeHistogram(histogram),
      ...(entries.some((e) => e.arrivals !== undefined)
        ? { arrivals: sum((e) => e.arrivals ?? 0), lateSends: sum((e) => e.lateSends ?? 0) }
        : {}),
    };
  });
  return merged.sort((a, b) => a.run - b.run || a.index - b.index);
}

export interface MergeOptions {
  thresholds: Threshold[];
  warnMargin: number;
  rules: RegressionRule[];
  baseline?: PerfReport;
}

/** A report for the whole fleet of shards, judged on the merged figures. */
export function buildMergedReport(
  shards: readonly ShardReport[],
  options: MergeOptions,
  input = 'reports',
): PerfReport {
  const merged = mergeShardReports(shards, input);
  const first = shards[0].report;
  const judgement = judge({ runs: [merged.measured], timeline: merged.timeline, ...options });
  const saturated = shards.find((s) => s.report.generator?.saturated)?.report.generator;
  const reasons = saturated
    ? [`a shard's load generator was saturated (${saturated.reason})`, ...judgement.reasons]
    : judgement.reasons;
  const sumConfig = (read: (r: PerfReport) => number | undefined) =>
    shards.reduce((total, s) => total + (read(s.report) ?? 0), 0);
  return {
    schema: REPORT_SCHEMA,
    kitVersion: KIT_VERSION,
    createdAt: new Date().toISOString(),
    target: first.target,
    model: first.model,
    config: {
      ...first.config,
      connections: sumConfig((r) => r.config.connections),
      ...(first.config.rate ? { rate: sumConfig((r) => r.config.rate) } : {}),
      ...(first.config.stages
        ? {
            stages: first.config.stages.map((stage, i) => ({
              ...stage,
              rate: sumConfig((r) => r.config.stages?.[i]?.rate),
            })),
          }
        : {}),
      durationMs: merged.measured.durationMs,
      runs: 1,
      shard: 1,
      shards: 1,
    },
    figures: merged.run.figures,
    histogram: merged.run.histogram,
    ...(merged.run.correctedHistogram ? { correctedHistogram: merged.run.correctedHistogram } : {}),
    totals: { ...merged.measured.counts, durationMs: merged.measured.durationMs },
    runs: [merged.run],
    timeline: merged.timeline,
    thresholds: judgement.thresholds,
    regressions: judgement.regressions,
    ...(saturated ? { generator: saturated } : {}),
    mergedFrom: merged.mergedFrom,
    verdict: judgement.verdict,
    passed: judgement.verdict !== 'fail',
    reasons,
  };
}
