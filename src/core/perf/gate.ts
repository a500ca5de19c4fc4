import type { GateOptions, GateProgress } from './gate-options.js';
import { shardLoad } from './gate-options.js';
import type { LoadGenerator } from './load.js';
import type { PerfReport } from './report.js';
import { assembleReport } from './report-assembly.js';
import { measureRun, warmup, type RunOutcome } from './run-loop.js';

export { shardLoad, type GateOptions, type GateProgress } from './gate-options.js';
export { withoutCredentials } from './report-assembly.js';

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
