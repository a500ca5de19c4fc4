/** One stage of a ramping arrival rate (k6 `ramping-arrival-rate`): reach `rate` req/s linearly over `durationMs`. */
export interface RateStage {
  rate: number;
  durationMs: number;
}

/**
 * When each request of the open model is meant to be sent: the k-th intended send time (0-based,
 * ms from the start of the run) and how many sends are intended before a given time. Independent
 * of how the service answers: that is what makes the model open.
 */
export interface ArrivalSchedule {
  /** Intended send time of request k; Infinity when the schedule ends before it. */
  at(k: number): number;
  /** Number of intended sends at times strictly before `ms`. */
  countBefore(ms: number): number;
  durationMs: number;
}

interface Segment {
  startMs: number;
  durationMs: number;
  /** Intended sends before this segment. */
  before: number;
  fromRate: number;
  toRate: number;
}

/**
 * Arrivals at a rate that moves linearly from `startRate` through each stage's target (a constant
 * rate is one stage from `rate` to `rate`), truncated at `durationMs`. The k-th send is at the time
 * t where the integral of the rate from 0 to t equals k, so sends are evenly spaced at 1/rate while
 * the rate is constant, as in k6's constant-arrival-rate and wrk2.
 */
export function arrivalSchedule(startRate: number, stages: readonly RateStage[], durationMs?: number): ArrivalSchedule {
  const segments: Segment[] = [];
  let startMs = 0;
  let before = 0;
  let fromRate = startRate;
  for (const stage of stages) {
    segments.push({ startMs, durationMs: stage.durationMs, before, fromRate, toRate: stage.rate });
    before += ((fromRate + stage.rate) / 2) * (stage.durationMs / 1000);
    startMs += stage.durationMs;
    fromRate = stage.rate;
  }
  const end = Math.min(durationMs ?? startMs, startMs);
  const countBefore = (ms: number): number =>
    Math.max(0, Math.ceil(cumulative(segments, Math.min(Math.max(ms, 0), end)) - 1e-9));
  const total = countBefore(end);
  return {
    durationMs: end,
    countBefore,
    at: (k) => (k < total ? timeOf(segments, k) : Infinity),
  };
}

/** A constant arrival rate for `durationMs`. */
export function constantSchedule(rate: number, durationMs: number): ArrivalSchedule {
  return arrivalSchedule(rate, [{ rate, durationMs }]);
}

/** Total length of a list of stages. */
export const stagesDurationMs = (stages: readonly RateStage[]): number =>
  stages.reduce((sum, stage) => sum + stage.durationMs, 0);

/** Intended sends in [0, ms): the integral of the rate. */
function cumulative(segments: readonly Segment[], ms: number): number {
  const segment = segments.findLast((s) => s.startMs <= ms) ?? segments[0];
  if (!segment) return 0;
  const tau = Math.min(ms - segment.startMs, segment.durationMs) / 1000;
  const slope = segment.durationMs > 0 ? (segment.toRate - segment.fromRate) / (segment.durationMs / 1000) : 0;
  return segment.before + segment.fromRate * tau + (slope * tau * tau) / 2;
}

/** Inverse of `cumulative` for send k: solves fromRate*t + slope*t^2/2 = k - before in its segment. */
function timeOf(segments: readonly Segment[], k: number): number {
  const segment = segments.findLast((s) => s.before <= k + 1e-9) ?? segments[0];
  const m = k - segment.before;
  const slope = segment.durationMs > 0 ? (segment.toRate - segment.fromRate) / (segment.durationMs / 1000) : 0;
  const b = segment.fromRate;
  // 2m / (b + sqrt(b^2 + 2*slope*m)) is the stable root of slope/2*t^2 + b*t - m = 0 (also for slope 0 or b 0).
  const root = Math.sqrt(Math.max(0, b * b + 2 * slope * m));
  const seconds = m === 0 ? 0 : (2 * m) / (b + root);
  return segment.startMs + seconds * 1000;
}
