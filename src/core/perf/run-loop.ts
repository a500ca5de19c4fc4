import { DeployKitError, describeError } from '../../shared/errors.js';
import { ArrivalRecorder, isLate, type ArrivalStats } from './arrival-recorder.js';
import { shardLoad, type GateOptions, type GateProgress } from './gate-options.js';
import { settleHeap } from './heap.js';
import { percentileMs } from './histogram.js';
import { isOpenModel, scheduleOf, type LoadGenerator, type LoadHooks, type LoadOptions } from './load.js';
import { RunRecorder, windowSizeMs, type RecordedRun } from './recorder.js';
import { watchGenerator, withScheduleCheck, type GeneratorHealth } from './saturation.js';
import { alreadyLost } from './verdict.js';

export interface RunOutcome {
  recorded: RecordedRun;
  generator: GeneratorHealth;
  /** Open model: how evenly and how punctually the requests went out. */
  arrivals?: ArrivalStats;
  aborted?: { atMs: number; threshold: string };
}

/** Load before the first run, recorded nowhere. */
export async function warmup(generate: LoadGenerator, load: LoadOptions, ms: number): Promise<void> {
  if (ms <= 0) return;
  const noop = { onResponse: () => undefined, onError: () => undefined };
  await generate({ ...load, durationMs: ms }, noop).done;
}

/** The generator's callbacks into the recorders, shut off once the measured window closes. */
function recordingHooks(
  recorder: RunRecorder,
  arrivals: ArrivalRecorder | undefined,
  isOpen: () => boolean,
): LoadHooks {
  return {
    onResponse: (status, bytes, latency, intendedLatency) => {
      if (isOpen()) recorder.response(status, bytes, latency, intendedLatency);
    },
    onError: (timeout) => {
      if (isOpen()) recorder.error(timeout);
    },
    onSend: (event) => {
      if (!isOpen() || !arrivals) return;
      arrivals.send(event);
      recorder.send(isLate(event));
    },
  };
}

/**
 * One measured run: exactly `durationMs` of responses are recorded (a generator may stop later;
 * responses after the window are ignored), checking abort-on-fail and reporting progress once a second.
 */
export async function measureRun(
  run: number,
  options: GateOptions,
  generate: LoadGenerator,
  onProgress?: (p: GateProgress) => void,
): Promise<RunOutcome> {
  const load = shardLoad(options);
  const schedule = scheduleOf(load);
  const recorder = new RunRecorder(run, windowSizeMs(load.durationMs), isOpenModel(load), undefined, load.durationMs);
  const arrivalRecorder = schedule ? new ArrivalRecorder(schedule) : undefined;
  let open = true;
  let outcome: Omit<RunOutcome, 'aborted'> | undefined;
  let aborted: RunOutcome['aborted'];
  settleHeap();
  const watch = watchGenerator();
  recorder.start();
  const handle = generate(
    load,
    recordingHooks(recorder, arrivalRecorder, () => open),
  );
  const close = (atMs: number) => {
    if (!open) return;
    open = false;
    const health = watch.stop();
    handle.stop();
    const arrivals = arrivalRecorder?.finish(atMs);
    outcome = { recorded: recorder.finish(atMs), generator: withScheduleCheck(health, arrivals), arrivals };
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
  return { ...outcome!, aborted };
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
    p95Ms: percentileMs(snapshot.corrected ?? snapshot.histogram, 95),
  });
  if (!options.abortOnFail || !open) return undefined;
  const settled = elapsedMs >= Math.max(1000, durationMs * 0.2);
  const lost = options.thresholds.find((t) => alreadyLost(t, snapshot, settled));
  // The run ends now, not where the snapshot's windows end: responses since then are kept
  // (rounded up, so none of them falls after the end).
  return lost ? { atMs: Math.ceil(Math.min(recorder.elapsedMs(), durationMs)), threshold: lost.expression } : undefined;
}
