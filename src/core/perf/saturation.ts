import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LATE_AFTER_MS, type ArrivalStats } from './arrival-recorder.js';

/** How hard the load generator itself worked during a run. */
export interface GeneratorHealth {
  /** Process CPU time (user + system) over wall time; 1 = one core fully busy. */
  cpu: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMeanMs: number;
  saturated: boolean;
  /** Why the generator counts as saturated; empty when it is not. */
  reason: string;
}

/** autocannon runs on one thread: past ~90% of a core or 50ms of p99 loop lag, the generator, not the service, sets the pace. */
export const SATURATION_LIMITS = { cpu: 0.9, lagP99Ms: 50 };

/**
 * Watches the generator's own event loop and CPU for the length of a run. A saturated generator
 * delays sends and reads, inflating latency and capping throughput; the verdict must say so
 * instead of blaming the service.
 */
export function watchGenerator(): { stop(): GeneratorHealth } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  return {
    stop(): GeneratorHealth {
      histogram.disable();
      const cpuUsed = process.cpuUsage(cpuStart);
      const wallMs = Math.max(performance.now() - wallStart, 1);
      const cpu = (cpuUsed.user + cpuUsed.system) / 1000 / wallMs;
      const count = histogram.count;
      // The sampling timer's own resolution (10ms) is part of every measured delay; subtract it.
      const lagP99 = count ? Math.max(0, histogram.percentile(99) / 1e6 - 10) : 0;
      const lagMean = count ? Math.max(0, histogram.mean / 1e6 - 10) : 0;
      return judgeGenerator(cpu, lagP99, lagMean);
    },
  };
}

export function judgeGenerator(cpu: number, lagP99Ms: number, lagMeanMs: number): GeneratorHealth {
  const reasons: string[] = [];
  if (cpu >= SATURATION_LIMITS.cpu) reasons.push(`CPU at ${Math.round(cpu * 100)}% of a core`);
  if (lagP99Ms >= SATURATION_LIMITS.lagP99Ms) reasons.push(`event-loop lag p99 ${lagP99Ms.toFixed(1)}ms`);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    cpu: Math.round(cpu * 1000) / 1000,
    eventLoopLagP99Ms: round(lagP99Ms),
    eventLoopLagMeanMs: round(lagMeanMs),
    saturated: reasons.length > 0,
    reason: reasons.join(', '),
  };
}

/** Open model: late sends with a connection free, beyond this share of all sends, mean the schedule was not kept. */
export const LATE_SHARE_SATURATED = 0.01;

/**
 * The open model's own saturation sign: requests that went out late although a connection was
 * free. Its CPU and loop lag can look fine while other processes take the CPU; the schedule
 * slipping is what matters, so it marks the generator saturated with the figures that show it.
 */
export function withScheduleCheck(health: GeneratorHealth, arrivals: ArrivalStats | undefined): GeneratorHealth {
  if (!arrivals) return health;
  const late = arrivals.lateSends - arrivals.poolExhausted;
  if (late <= arrivals.sent * LATE_SHARE_SATURATED) return health;
  const slipped = `${late} of ${arrivals.sent} sends more than ${LATE_AFTER_MS}ms late with a connection free (lateness p99 ${arrivals.lateness.p99}ms, up to ${arrivals.evenness.maxDeviation} requests off per ${arrivals.evenness.windowMs}ms window)`;
  return { ...health, saturated: true, reason: health.reason ? `${health.reason}, ${slipped}` : slipped };
}
