import { createHistogram, encodeHistogram, percentileMs, toMicros, type LatencyHistogram } from './histogram.js';
import { addCounts, emptyCounts, type Counts, type Measured } from './metrics.js';

/** One window of the timeline (a second on long runs); its histogram is encoded so windows merge exactly. */
export interface TimelineEntry {
  run: number;
  index: number;
  /** Offset from the start of the measured run. */
  startMs: number;
  durationMs: number;
  requests: number;
  errors: number;
  non2xx: number;
  bytes: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  histogram: string;
  /** Open model: requests sent in this window (arrivals at the service), and how many of them late. */
  arrivals?: number;
  lateSends?: number;
}

export interface RecordedRun {
  measured: Measured;
  timeline: TimelineEntry[];
}

interface Window {
  index: number;
  histogram: LatencyHistogram;
  sumMicros: number;
  counts: Counts;
  arrivals: number;
  lateSends: number;
}

/**
 * Records every response of one run (microseconds) into the current timeline window only, and in
 * the open model also, measured from its intended send time, into the corrected histogram. The whole-run histogram and
 * counts are the closed windows added up, exactly, as each window closes: one histogram write
 * per response instead of two, which measurably cut perf-gate's CPU per request under load (see
 * bench/perf-overhead.mjs). Closed windows are summarised and encoded when the run is over, so no
 * heavy work runs on the event loop while latencies are measured; only on long runs (more than
 * MAX_PENDING_WINDOWS) is the oldest window encoded early, about 1ms a second, to bound memory.
 */
export class RunRecorder {
  /** The closed windows added up. */
  private readonly histogram = createHistogram();
  private counts: Counts = emptyCounts();
  readonly corrected?: LatencyHistogram;
  private readonly closed: { window?: Window; durationMs: number; entry?: TimelineEntry }[] = [];
  private encoded = 0;
  private window: Window;
  private startedAt = 0;

  constructor(
    private readonly run: number,
    private readonly windowMs: number,
    /** Open model: latency from the intended send time is recorded too, and arrivals per window. */
    private readonly openModel = false,
    private readonly now: () => number = () => performance.now(),
    /** Responses completing after this offset are outside the measured window and ignored. */
    private readonly limitMs = Infinity,
  ) {
    if (openModel) this.corrected = createHistogram();
    this.window = this.openWindow(0);
  }

  start(): void {
    this.startedAt = this.now();
  }

  elapsedMs(): number {
    return this.now() - this.startedAt;
  }

  /** `intendedLatencyMs`: open model, measured from the intended send time (late sends included). */
  response(status: number, bytes: number, latencyMs: number, intendedLatencyMs?: number): void {
    const elapsed = this.elapsedMs();
    if (elapsed >= this.limitMs) return;
    const micros = toMicros(latencyMs);
    if (this.corrected) this.corrected.recordValue(toMicros(Math.max(latencyMs, intendedLatencyMs ?? latencyMs)));
    const window = this.current(elapsed);
    window.histogram.recordValue(micros);
    window.sumMicros += micros;
    const counts = window.counts;
    counts.requests++;
    counts.bytes += bytes;
    const klass = Math.floor(status / 100);
    if (klass === 2) counts.status2xx++;
    else if (klass === 1) counts.status1xx++;
    else if (klass === 3) counts.status3xx++;
    else if (klass === 4) counts.status4xx++;
    else counts.status5xx++;
  }

  /** Open model: one request sent now (an arrival at the service), `late` past its intended time. */
  send(late: boolean): void {
    const elapsed = this.elapsedMs();
    if (elapsed >= this.limitMs) return;
    const window = this.current(elapsed);
    window.arrivals++;
    if (late) window.lateSends++;
  }

  error(timeout: boolean): void {
    const elapsed = this.elapsedMs();
    if (elapsed >= this.limitMs) return;
    const counts = this.current(elapsed).counts;
    counts.errors++;
    if (timeout) counts.timeouts++;
  }

  /**
   * The figures so far, for progress lines and abort-on-fail (about once a second): the windows
   * that have ended are closed, and their sum is returned as is. Nothing is copied or merged, so
   * a snapshot never holds up the responses being timed (merging the open window in took
   * 0.1-0.5 ms, 2-3 ms the first time); the figures lag the clock by less than one window.
   */
  snapshot(): Measured {
    const ended = Math.floor(Math.min(this.elapsedMs(), this.limitMs) / this.windowMs);
    while (this.window.index < ended) this.advance();
    return {
      histogram: this.histogram,
      corrected: this.corrected,
      counts: this.counts,
      durationMs: this.window.index * this.windowMs,
    };
  }

  finish(durationMs = this.elapsedMs()): RecordedRun {
    const last = Math.max(this.window.index, Math.ceil(durationMs / this.windowMs) - 1);
    while (this.window.index < last) this.advance();
    // A snapshot may already have opened a window at the very end of the run; it holds nothing.
    const emptyAtEnd =
      this.window.index > 0 &&
      this.window.index * this.windowMs >= durationMs &&
      this.window.counts.requests + this.window.counts.errors === 0;
    if (!emptyAtEnd) this.close(this.window, durationMs);
    this.window = this.openWindow(last + 1);
    while (this.encoded < this.closed.length) this.encodeOldest();
    return {
      measured: { histogram: this.histogram, corrected: this.corrected, counts: this.counts, durationMs },
      timeline: this.closed.map((c) => c.entry!),
    };
  }

  private current(elapsed: number): Window {
    const index = Math.floor(elapsed / this.windowMs);
    while (this.window.index < index) this.advance();
    return this.window;
  }

  private advance(): void {
    this.close(this.window);
    this.window = this.openWindow(this.window.index + 1);
  }

  private openWindow(index: number): Window {
    return { index, histogram: createHistogram(), sumMicros: 0, counts: emptyCounts(), arrivals: 0, lateSends: 0 };
  }

  private close(window: Window, runDurationMs?: number): void {
    const startMs = window.index * this.windowMs;
    const end = runDurationMs === undefined ? startMs + this.windowMs : Math.max(runDurationMs, startMs + 1);
    this.histogram.add(window.histogram);
    this.counts = addCounts(this.counts, window.counts);
    this.closed.push({ window, durationMs: Math.round(Math.min(this.windowMs, end - startMs)) });
    if (this.closed.length - this.encoded > MAX_PENDING_WINDOWS) this.encodeOldest();
  }

  /** Summarises and encodes the oldest pending window, then drops its histogram. */
  private encodeOldest(): void {
    const item = this.closed[this.encoded++];
    const window = item.window!;
    const h = window.histogram;
    const { requests, errors, bytes, status2xx } = window.counts;
    item.entry = {
      run: this.run,
      index: window.index,
      startMs: window.index * this.windowMs,
      durationMs: item.durationMs,
      requests,
      errors,
      non2xx: requests - status2xx,
      bytes,
      p50: percentileMs(h, 50),
      p95: percentileMs(h, 95),
      p99: percentileMs(h, 99),
      mean: requests ? round3(window.sumMicros / requests / 1000) : 0,
      max: h.totalCount ? h.maxValue / 1000 : 0,
      histogram: encodeHistogram(h),
      ...(this.openModel ? { arrivals: window.arrivals, lateSends: window.lateSends } : {}),
    };
    item.window = undefined;
  }
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Windows kept unencoded at most (~30KB each): 2 minutes of 1s windows. */
export const MAX_PENDING_WINDOWS = 120;

/** Timeline windows: about 20 per run so statistics have samples, never finer than 100ms nor coarser than 1s. */
export function windowSizeMs(durationMs: number): number {
  return Math.min(1000, Math.max(100, Math.round(durationMs / 20)));
}
