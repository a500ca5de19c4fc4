import type { ArrivalSchedule } from './arrivals.js';
import { createHistogram, percentileMs, toMicros } from './histogram.js';

/** Evenness windows: fine enough to see a burst that a one-second average hides. */
export const EVENNESS_WINDOW_MS = 10;
/** A send more than this after its intended time counts as late (Node's timers have 1 ms resolution). */
export const LATE_AFTER_MS = 2;

/** How honest the open model's load shape was in one run (all times in ms). */
export interface ArrivalStats {
  /** Sends the schedule intended within the run. */
  intended: number;
  sent: number;
  /** Intended but never sent before the run ended (all connections stayed busy). */
  unsent: number;
  targetRate: number;
  achievedRate: number;
  /** Sends more than LATE_AFTER_MS after their intended time, for any reason. */
  lateSends: number;
  /** Sends that waited for a free connection because all `connections` were busy. */
  poolExhausted: number;
  /** How late sends went out after their intended time. */
  lateness: { p50: number; p99: number; max: number };
  /** Sends per EVENNESS_WINDOW_MS window against the schedule's own count for that window. */
  evenness: {
    windowMs: number;
    windows: number;
    targetPerWindow: number;
    /** Largest |sent - intended| in one window, in requests. */
    maxDeviation: number;
    p99Deviation: number;
  };
}

export interface SendEvent {
  /** Intended and actual send time, ms from the start of the run on the dispatcher's clock. */
  intendedMs: number;
  sentMs: number;
  /** True when the send waited for a connection because the pool was exhausted. */
  heldForConnection: boolean;
}

/** Counts every send of an open-model run into 10 ms windows and a lateness histogram. */
export class ArrivalRecorder {
  private bins = new Uint32Array(1024);
  private readonly lateness = createHistogram();
  private sent = 0;
  private late = 0;
  private held = 0;

  constructor(private readonly schedule: ArrivalSchedule) {}

  send(event: SendEvent): void {
    if (event.sentMs >= this.schedule.durationMs) return;
    const bin = Math.floor(Math.max(event.sentMs, 0) / EVENNESS_WINDOW_MS);
    if (bin >= this.bins.length) this.grow(bin);
    this.bins[bin]++;
    this.sent++;
    const lateMs = Math.max(0, event.sentMs - event.intendedMs);
    this.lateness.recordValue(toMicros(lateMs));
    if (isLate(event)) this.late++;
    if (event.heldForConnection) this.held++;
  }

  /** The run's figures, over the sends before `durationMs` (a run aborted early ends there). */
  finish(durationMs = this.schedule.durationMs): ArrivalStats {
    const end = Math.min(durationMs, this.schedule.durationMs);
    const intended = this.schedule.countBefore(end);
    const windows = Math.floor(end / EVENNESS_WINDOW_MS);
    const deviations = new Float64Array(windows);
    for (let i = 0; i < windows; i++) {
      const target =
        this.schedule.countBefore((i + 1) * EVENNESS_WINDOW_MS) - this.schedule.countBefore(i * EVENNESS_WINDOW_MS);
      deviations[i] = Math.abs((this.bins[i] ?? 0) - target);
    }
    deviations.sort();
    const seconds = Math.max(end, 1) / 1000;
    const h = this.lateness;
    return {
      intended,
      sent: this.sent,
      unsent: Math.max(0, intended - this.sent),
      targetRate: round(intended / seconds),
      achievedRate: round(this.sent / seconds),
      lateSends: this.late,
      poolExhausted: this.held,
      lateness: { p50: percentileMs(h, 50), p99: percentileMs(h, 99), max: h.totalCount ? h.maxValue / 1000 : 0 },
      evenness: {
        windowMs: EVENNESS_WINDOW_MS,
        windows,
        targetPerWindow: round(windows ? this.schedule.countBefore(windows * EVENNESS_WINDOW_MS) / windows : 0),
        maxDeviation: windows ? deviations[windows - 1] : 0,
        p99Deviation: windows ? deviations[Math.min(windows - 1, Math.ceil(windows * 0.99) - 1)] : 0,
      },
    };
  }

  private grow(bin: number): void {
    const bigger = new Uint32Array(Math.max(bin + 1, this.bins.length * 2));
    bigger.set(this.bins);
    this.bins = bigger;
  }
}

/** Several runs' arrival figures in one: counts added up, the worst evenness and lateness kept. */
export function worstArrivals(all: readonly ArrivalStats[]): ArrivalStats | undefined {
  if (all.length === 0) return undefined;
  const sum = (read: (a: ArrivalStats) => number) => all.reduce((total, a) => total + read(a), 0);
  const max = (read: (a: ArrivalStats) => number) => Math.max(...all.map(read));
  return {
    intended: sum((a) => a.intended),
    sent: sum((a) => a.sent),
    unsent: sum((a) => a.unsent),
    targetRate: max((a) => a.targetRate),
    achievedRate: Math.min(...all.map((a) => a.achievedRate)),
    lateSends: sum((a) => a.lateSends),
    poolExhausted: sum((a) => a.poolExhausted),
    lateness: { p50: max((a) => a.lateness.p50), p99: max((a) => a.lateness.p99), max: max((a) => a.lateness.max) },
    evenness: {
      windowMs: EVENNESS_WINDOW_MS,
      windows: sum((a) => a.evenness.windows),
      targetPerWindow: max((a) => a.evenness.targetPerWindow),
      maxDeviation: max((a) => a.evenness.maxDeviation),
      p99Deviation: max((a) => a.evenness.p99Deviation),
    },
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** Whether a send went out late by the report's definition. */
export const isLate = (event: SendEvent): boolean => event.sentMs - event.intendedMs > LATE_AFTER_MS;
