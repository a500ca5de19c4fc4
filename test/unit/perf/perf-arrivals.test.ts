import { describe, expect, it } from 'vitest';
import { ArrivalRecorder, worstArrivals } from '../../../src/core/perf/arrival-recorder.js';
import { arrivalSchedule, constantSchedule } from '../../../src/core/perf/arrivals.js';
import { scheduleOf } from '../../../src/core/perf/load.js';
import { arrivalReasons } from '../../../src/core/perf/report-assembly.js';
import { judgeGenerator, withScheduleCheck } from '../../../src/core/perf/saturation.js';

describe('arrival schedule', () => {
  it('spaces a constant rate evenly at 1/rate and ends with the run', () => {
    const schedule = constantSchedule(200, 1000);
    expect([0, 1, 2, 199].map((k) => schedule.at(k))).toEqual([0, 5, 10, 995]);
    expect(schedule.at(200)).toBe(Infinity);
    expect(schedule.countBefore(1000)).toBe(200);
    expect(schedule.countBefore(10)).toBe(2);
    expect(schedule.countBefore(10.001)).toBe(3);
  });

  it('ramps linearly through stages (k6 ramping-arrival-rate), counting the area under the rate', () => {
    // 0 -> 100 req/s over 2s (100 requests), then 100 req/s for 1s (100 more).
    const schedule = arrivalSchedule(0, [
      { rate: 100, durationMs: 2000 },
      { rate: 100, durationMs: 1000 },
    ]);
    expect(schedule.durationMs).toBe(3000);
    expect(schedule.countBefore(3000)).toBe(200);
    expect(schedule.countBefore(1000)).toBe(25);
    // Half the first stage's requests have been sent at sqrt(1/2) of its length.
    expect(schedule.at(50)).toBeCloseTo(2000 * Math.SQRT1_2, 6);
    expect(schedule.at(150)).toBeCloseTo(2500, 6);
    for (let k = 1; k < 200; k++) expect(schedule.at(k)).toBeGreaterThan(schedule.at(k - 1));
    // Ramping down is the mirror image.
    const down = arrivalSchedule(100, [{ rate: 0, durationMs: 2000 }]);
    expect(down.countBefore(2000)).toBe(100);
    expect(down.at(75)).toBeCloseTo(1000, 6);
  });

  it('inverts exactly: countBefore(at(k)) == k', () => {
    const schedule = arrivalSchedule(20, [
      { rate: 500, durationMs: 1500 },
      { rate: 50, durationMs: 700 },
    ]);
    for (let k = 0; k < schedule.countBefore(schedule.durationMs); k += 7)
      expect(schedule.countBefore(schedule.at(k))).toBe(k);
  });

  it('derives the schedule from the load: stages start from rate (or 0), a warmup truncates it', () => {
    expect(scheduleOf({ durationMs: 1000 })).toBeUndefined();
    expect(scheduleOf({ rate: 10, durationMs: 1000 })!.countBefore(1000)).toBe(10);
    const warm = scheduleOf({ stages: [{ rate: 100, durationMs: 2000 }], durationMs: 1000 })!;
    expect(warm.durationMs).toBe(1000);
    expect(warm.countBefore(5000)).toBe(25);
  });
});

describe('arrival recorder', () => {
  it('reports a perfectly punctual run as even, with nothing late', () => {
    const schedule = constantSchedule(500, 1000);
    const recorder = new ArrivalRecorder(schedule);
    for (let k = 0; k < 500; k++)
      recorder.send({ intendedMs: schedule.at(k), sentMs: schedule.at(k) + 0.3, heldForConnection: false });
    const stats = recorder.finish();
    expect(stats).toMatchObject({ intended: 500, sent: 500, unsent: 0, lateSends: 0, poolExhausted: 0 });
    expect(stats.achievedRate).toBe(500);
    expect(stats.evenness).toMatchObject({ windowMs: 10, windows: 100, targetPerWindow: 5, maxDeviation: 0 });
    expect(stats.lateness.max).toBeCloseTo(0.3, 2);
  });

  it('shows a burst: a second budget spent in the first 100ms deviates by the whole budget', () => {
    const schedule = constantSchedule(200, 1000);
    const recorder = new ArrivalRecorder(schedule);
    for (let k = 0; k < 200; k++)
      recorder.send({ intendedMs: schedule.at(k), sentMs: k / 2, heldForConnection: false });
    const { evenness, lateSends } = recorder.finish();
    // 20 per 10ms window against 2: off by 18 in 10 windows, by 2 in the 90 empty ones.
    expect(evenness.maxDeviation).toBe(18);
    expect(evenness.p99Deviation).toBe(18);
    expect(lateSends).toBe(0);
  });

  it('counts late sends, pool waits and unsent requests', () => {
    const schedule = constantSchedule(100, 1000);
    const recorder = new ArrivalRecorder(schedule);
    for (let k = 0; k < 90; k++) {
      const held = k >= 50;
      recorder.send({ intendedMs: schedule.at(k), sentMs: schedule.at(k) + (held ? 50 : 0), heldForConnection: held });
    }
    const stats = recorder.finish();
    expect(stats).toMatchObject({ intended: 100, sent: 90, unsent: 10, lateSends: 40, poolExhausted: 40 });
    expect(stats.lateness.max).toBeCloseTo(50, 0);
    const both = worstArrivals([stats, new ArrivalRecorder(schedule).finish()])!;
    expect(both).toMatchObject({ intended: 200, sent: 90, lateSends: 40 });
    expect(both.lateness.max).toBe(stats.lateness.max);
  });
});

describe('what the report says about the load shape', () => {
  const schedule = constantSchedule(100, 1000);
  const run = (lateMs: (k: number) => number, held: (k: number) => boolean, count = 100) => {
    const recorder = new ArrivalRecorder(schedule);
    for (let k = 0; k < count; k++)
      recorder.send({ intendedMs: schedule.at(k), sentMs: schedule.at(k) + lateMs(k), heldForConnection: held(k) });
    return recorder.finish();
  };

  it('says nothing when the sends were punctual', () => {
    expect(
      arrivalReasons(
        run(
          () => 0.5,
          () => false,
        ),
        10,
      ),
    ).toEqual([]);
  });

  it('blames the pool when requests waited for a connection, and counts the never-sent', () => {
    const reasons = arrivalReasons(
      run(
        (k) => (k > 50 ? 30 : 0),
        (k) => k > 50,
        90,
      ),
      10,
    );
    expect(reasons[0]).toMatch(/^all 10 connections were busy: 39 of 90 requests waited/);
    expect(reasons[1]).toMatch(/^10 of 100 intended requests were never sent/);
  });

  it('marks the generator saturated when sends were late with connections free', () => {
    const idle = judgeGenerator(0.2, 3, 1);
    const late = run(
      (k) => (k % 10 === 0 ? 20 : 0),
      () => false,
    );
    expect(arrivalReasons(late, 10)).toEqual([]);
    const health = withScheduleCheck(idle, late);
    expect(health.saturated).toBe(true);
    expect(health.reason).toMatch(/^10 of 100 sends more than 2ms late with a connection free \(lateness p99 20/);
    // Pool waits are the service's doing, not the generator's.
    expect(
      withScheduleCheck(
        idle,
        run(
          (k) => (k > 50 ? 30 : 0),
          (k) => k > 50,
        ),
      ).saturated,
    ).toBe(false);
    expect(
      withScheduleCheck(
        idle,
        run(
          () => 0.5,
          () => false,
        ),
      ),
    ).toEqual(idle);
  });
});
