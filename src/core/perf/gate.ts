import { DeployKitError, describeError } from '../../shared/errors.js';
import { KIT_VERSION } from '../../shared/version.js';
import { judge } from './judge.js';
import { effectiveConnections, shareOf, type LoadGenerator, type LoadOptions } from './load.js';
import { encodeHistogram as encode, percentileMs } from './histogram.js';
import { RunRecorder, windowSizeMs, type RecordedRun } from './recorder.js';
import { REPORT_SCHEMA, combineRuns, figuresOf, medianFigures, type PerfReport, type RunReport } from './report.js';
import { settleHeap } from './heap.js';
import { watchGenerator, type GeneratorHealth } from './saturation.js';
import type { RegressionRule, Threshold } from './thresholds.js';
import { alreadyLost } from './verdict.js';

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

interface RunOutcome {
  recorded: RecordedRun;
  generator: GeneratorHealth;
  aborted?: { atMs: number; threshold: string };
}

/** This shard's part of the load: connections and rate split evenly over `shards`. */
export function shardLoad(options: GateOptions): LoadOptions {
  const { load, shard, shards } = options;
  if (shards <= 1) return load;
  return {
    ...load,
    connections: shareOf(load.connections, shard, shards),
    rate: load.rate ? shareOf(load.rate, shard, shards) : undefined,
  };
}

async function warmup(generate: LoadGenerator, load: LoadOptions, ms: number): Promise<void> {
  if (ms <= 0) return;
  const noop = { onResponse: () => undefined, onError: () => undefined };
  await generate({ ...load, durationMs: ms }, noop).done;
}

/**
 * One measured run: exactly `durationMs` of responses are recorded (autocannon stops on its own
 * sampling tick, which may come later; responses after the window are ignored), checking
 * abort-on-fail and reporting progress once a second.
 */
async function measureRun(
  run: number,
  options: GateOptions,
  generate: LoadGenerator,
  onProgress?: (p: GateProgress) => void,
): Promise<RunOutcome> {
  const load = shardLoad(options);
  const interval = load.rate ? (1000 * effectiveConnections(load.connections, load.rate)) / load.rate : undefined;
  const recorder = new RunRecorder(run, windowSizeMs(load.durationMs), interval, undefined, load.durationMs);
  let open = true;
  let aborted: RunOutcome['aborted'];
  settleHeap();
  const watch = watchGenerator();
  recorder.start();
  const handle = generate(load, {
    onResponse: (status, bytes, latency, connection) => {
      if (open) recorder.response(status, bytes, latency, connection);
    },
    onError: (timeout) => {
      if (open) recorder.error(timeout);
    },
  });
  let recorded: RecordedRun | undefined;
  let generator: GeneratorHealth | undefined;
  const close = (atMs: number) => {
    if (!open) return;
    open = false;
    generator = watch.stop();
    handle.stop();
    recorded = recorder.finish(atMs);
  };
  const timer = setTimeout(() => close(load.durationMs), load.durationMs);
  const ticker = setInterval(() => {
    const lost = tick(recorder, run, options, load.durationMs, open, onProgress);
    if (lost) {
      aborted = lost;
      close(lost.atMs);
    }
  }, 1000);
  try {
    await handle.done;
  } catch (error) {
    throw new DeployKitError(`the load generator failed: ${describeError(error)}`, { url: load.url }, { cause: error });
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
    close(Math.min(recorder.elapsedMs(), load.durationMs));
  }
  return { recorded: recorded!, generator: generator!, aborted };
}

/** Once a second: progress, then (abort-on-fail) the first threshold already lost, if any. */
function tick(
  recorder: RunRecorder,
  run: number,
  options: GateOptions,
  durationMs: number,
  open: boolean,
  onProgress?: (p: GateProgress) => void,
): RunOutcome['aborted'] {
  const snapshot = recorder.snapshot();
  const elapsedMs = Math.min(snapshot.durationMs, durationMs);
  onProgress?.({
    phase: 'run',
    run,
    runs: options.runs,
    elapsedMs,
    durationMs,
    requests: snapshot.counts.requests,
    p95Ms: percentileMs(snapshot.histogram, 95),
  });
  if (!options.abortOnFail || !open) return undefined;
  const settled = elapsedMs >= Math.max(1000, durationMs * 0.2);
  const lost = options.thresholds.find((t) => alreadyLost(t, snapshot, settled));
  // The run ends now, not where the snapshot's windows end: responses since then are kept
  // (rounded up, so none of them falls after the end).
  return lost ? { atMs: Math.ceil(Math.min(recorder.elapsedMs(), durationMs)), threshold: lost.expression } : undefined;
}

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
  };
}

/** Warmup, N measured runs (stopping early on abort-on-fail), then the verdict on the medians. */
export async function runPerfGate(
  options: GateOptions,
  generate: LoadGenerator,
  onProgress?: (p: GateProgress) => void,
): Promise<PerfReport> {
  onProgress?.({
    phase: 'warmup',
    run: 0,
    runs: options.runs,
    elapsedMs: 0,
    durationMs: options.warmupMs,
    requests: 0,
    p95Ms: 0,
  });
  await warmup(generate, shardLoad(options), options.warmupMs);
  const outcomes: RunOutcome[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const outcome = await measureRun(run, options, generate, onProgress);
    outcomes.push(outcome);
    if (outcome.aborted) break;
  }
  return assembleReport(options, outcomes);
}

function assembleReport(options: GateOptions, outcomes: RunOutcome[]): PerfReport {
  const runs = outcomes.map((o, i) => runReport(i + 1, o));
  const measured = outcomes.map((o) => o.recorded.measured);
  const timeline = outcomes.flatMap((o) => o.recorded.timeline);
  const saturated = outcomes.find((o) => o.generator.saturated)?.generator;
  const generator = saturated ?? outcomes[outcomes.length - 1].generator;
  const load = shardLoad(options);
  const judgement = judge({
    runs: measured,
    timeline,
    thresholds: options.thresholds,
    warnMargin: options.warnMargin,
    rules: options.rules,
    baseline: options.baseline,
    generator,
    load: { model: load.rate ? 'open' : 'closed', connections: load.connections, rate: load.rate },
  });
  const abortedRun = outcomes.findIndex((o) => o.aborted);
  const aborted = abortedRun >= 0 ? { run: abortedRun + 1, ...outcomes[abortedRun].aborted! } : undefined;
  const reasons = aborted
    ? [
        `aborted run ${aborted.run} at ${aborted.atMs}ms: threshold '${aborted.threshold}' was already lost`,
        ...judgement.reasons,
      ]
    : judgement.reasons;
  return {
    schema: REPORT_SCHEMA,
    kitVersion: KIT_VERSION,
    createdAt: new Date().toISOString(),
    target: { url: withoutCredentials(options.load.url), method: options.load.method },
    model: load.rate ? 'open' : 'closed',
    config: {
      connections: load.connections,
      ...(load.rate ? { rate: load.rate } : {}),
      durationMs: load.durationMs,
      warmupMs: options.warmupMs,
      runs: options.runs,
      timeoutMs: load.timeoutMs,
      windowMs: windowSizeMs(load.durationMs),
      shard: options.shard,
      shards: options.shards,
    },
    figures: medianFigures(runs.map((r) => r.figures)),
    ...combineRuns(runs),
    runs,
    timeline,
    thresholds: judgement.thresholds,
    regressions: judgement.regressions,
    generator,
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
