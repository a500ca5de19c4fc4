import { KIT_VERSION } from '../../shared/version.js';
import { worstArrivals, type ArrivalStats } from './arrival-recorder.js';
import { shardLoad, type GateOptions } from './gate-options.js';
import { encodeHistogram as encode } from './histogram.js';
import { judge } from './judge.js';
import { isOpenModel } from './load.js';
import { windowSizeMs } from './recorder.js';
import { REPORT_SCHEMA, combineRuns, figuresOf, medianFigures, type PerfReport, type RunReport } from './report.js';
import type { RunOutcome } from './run-loop.js';

function runReport(run: number, outcome: RunOutcome): RunReport {
  const { measured } = outcome.recorded;
  return {
    run,
    durationMs: Math.round(measured.durationMs),
    counts: measured.counts,
    histogram: encode(measured.histogram),
    ...(measured.corrected ? { correctedHistogram: encode(measured.corrected) } : {}),
    figures: figuresOf(measured),
    generator: outcome.generator,
    ...(outcome.arrivals ? { arrivals: outcome.arrivals } : {}),
  };
}

/** What the reader must know about the load shape of the open model before trusting a figure. */
export function arrivalReasons(arrivals: ArrivalStats | undefined, connections: number): string[] {
  if (!arrivals) return [];
  const reasons: string[] = [];
  if (arrivals.poolExhausted > 0)
    reasons.push(
      `all ${connections} connections were busy: ${arrivals.poolExhausted} of ${arrivals.sent} requests waited for a free connection (sent up to ${arrivals.lateness.max}ms late); their latency counts that wait, as arriving users would`,
    );
  if (arrivals.unsent > 0)
    reasons.push(
      `${arrivals.unsent} of ${arrivals.intended} intended requests were never sent before the run ended (the service held every connection); raise connections or the timeout`,
    );
  return reasons;
}

function reportConfig(options: GateOptions): PerfReport['config'] {
  const load = shardLoad(options);
  return {
    connections: load.connections,
    ...(load.rate ? { rate: load.rate } : {}),
    ...(load.stages?.length ? { stages: load.stages } : {}),
    durationMs: load.durationMs,
    warmupMs: options.warmupMs,
    runs: options.runs,
    timeoutMs: load.timeoutMs,
    windowMs: windowSizeMs(load.durationMs),
    shard: options.shard,
    shards: options.shards,
  };
}

/** The report of a gate run: per-run figures, their medians, the timeline and the judged verdict. */
export function assembleReport(options: GateOptions, outcomes: RunOutcome[]): PerfReport {
  const runs = outcomes.map((o, i) => runReport(i + 1, o));
  const measured = outcomes.map((o) => o.recorded.measured);
  const timeline = outcomes.flatMap((o) => o.recorded.timeline);
  const saturated = outcomes.find((o) => o.generator.saturated)?.generator;
  const generator = saturated ?? outcomes[outcomes.length - 1].generator;
  const load = shardLoad(options);
  const model = isOpenModel(load) ? 'open' : 'closed';
  const arrivals = worstArrivals(outcomes.flatMap((o) => (o.arrivals ? [o.arrivals] : [])));
  const judgement = judge({
    runs: measured,
    timeline,
    thresholds: options.thresholds,
    warnMargin: options.warnMargin,
    rules: options.rules,
    baseline: options.baseline,
    generator,
    load: { model, connections: load.connections, rate: load.rate },
  });
  const abortedRun = outcomes.findIndex((o) => o.aborted);
  const aborted = abortedRun >= 0 ? { run: abortedRun + 1, ...outcomes[abortedRun].aborted! } : undefined;
  const reasons = [
    ...(aborted
      ? [`aborted run ${aborted.run} at ${aborted.atMs}ms: threshold '${aborted.threshold}' was already lost`]
      : []),
    ...judgement.reasons,
    ...arrivalReasons(arrivals, load.connections),
  ];
  return {
    schema: REPORT_SCHEMA,
    kitVersion: KIT_VERSION,
    createdAt: new Date().toISOString(),
    target: { url: withoutCredentials(options.load.url), method: options.load.method },
    model,
    config: reportConfig(options),
    figures: medianFigures(runs.map((r) => r.figures)),
    ...combineRuns(runs),
    runs,
    timeline,
    thresholds: judgement.thresholds,
    regressions: judgement.regressions,
    generator,
    ...(arrivals ? { arrivals } : {}),
    ...(aborted ? { aborted } : {}),
    verdict: aborted ? 'fail' : judgement.verdict,
    passed: !aborted && judgement.verdict !== 'fail',
    reasons,
  };
}

/** A URL fit for reports and summaries: user:password@ removed. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
