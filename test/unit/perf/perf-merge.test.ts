import { describe, expect, it } from 'vitest';
import {
  createHistogram,
  decodeHistogram,
  encodeHistogram,
  mergeHistograms,
  toMicros,
} from '../../../src/core/perf/histogram.js';
import { buildMergedReport, mergeShardReports, type ShardReport } from '../../../src/core/perf/merge.js';
import { MAX_PENDING_WINDOWS, RunRecorder, windowSizeMs } from '../../../src/core/perf/recorder.js';
import { REPORT_SCHEMA, combineRuns, figuresOf, type PerfReport } from '../../../src/core/perf/report.js';
import { parseThreshold, type Threshold } from '../../../src/core/perf/thresholds.js';
import { ConfigError } from '../../../src/shared/errors.js';

/** Records `latencies` (ms) spread evenly over `durationMs` with a fake clock, as one shard would. */
function shard(shardNo: number, latencies: number[], durationMs = 1000, status = (i: number) => 200): ShardReport {
  let clock = 0;
  const recorder = new RunRecorder(1, windowSizeMs(durationMs), undefined, () => clock);
  recorder.start();
  latencies.forEach((ms, i) => {
    clock = (i / latencies.length) * durationMs;
    recorder.response(status(i), 100, ms);
  });
  const { measured, timeline } = recorder.finish(durationMs);
  const run = {
    run: 1,
    durationMs,
    counts: measured.counts,
    histogram: encodeHistogram(measured.histogram),
    figures: figuresOf(measured),
  };
  const report = {
    schema: REPORT_SCHEMA,
    kitVersion: 'test',
    createdAt: '',
    target: { url: 'http://127.0.0.1/', method: 'GET' },
    model: 'closed',
    config: {
      connections: 2,
      durationMs,
      warmupMs: 0,
      runs: 1,
      timeoutMs: 10_000,
      windowMs: windowSizeMs(durationMs),
      shard: shardNo,
      shards: 2,
    },
    figures: run.figures,
    ...combineRuns([run]),
    runs: [run],
    timeline,
    thresholds: [],
    regressions: [],
    verdict: 'pass',
    passed: true,
    reasons: [],
  } as PerfReport;
  return { path: `shard-${shardNo}.json`, report: JSON.parse(JSON.stringify(report)) as PerfReport };
}

const spread = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

describe('histogram encoding and merge', () => {
  it('round-trips through compressed base64 exactly', () => {
    const h = createHistogram();
    for (const ms of spread(5000, 0.05, 3000)) h.recordValue(toMicros(ms));
    const back = decodeHistogram(encodeHistogram(h));
    expect(back.totalCount).toBe(5000);
    for (const p of [1, 50, 90, 95, 99, 99.9, 100])
      expect(back.getValueAtPercentile(p)).toBe(h.getValueAtPercentile(p));
    expect(back.mean).toBe(h.mean);
  });

  it('merging two shards equals one histogram holding both samples (exact counts and percentiles)', () => {
    const a = spread(3000, 1, 40);
    const b = spread(1000, 30, 900);
    const merged = mergeShardReports([shard(1, a), shard(2, b)]);
    const single = createHistogram();
    for (const ms of [...a, ...b]) single.recordValue(toMicros(ms));
    expect(merged.measured.histogram.totalCount).toBe(4000);
    for (const p of [50, 75, 90, 95, 99, 99.9, 100]) {
      expect(merged.measured.histogram.getValueAtPercentile(p)).toBe(single.getValueAtPercentile(p));
    }
    // Averaging the shards' p95 would be badly wrong here; the exact merge is not.
    const averaged = (shard(1, a).report.figures.latency.p95 + shard(2, b).report.figures.latency.p95) / 2;
    expect(Math.abs(merged.run.figures.latency.p95 - averaged)).toBeGreaterThan(100);
    expect(merged.run.counts.requests).toBe(4000);
    expect(merged.run.figures.rps).toBe(4000);
  });

  it('merges timelines window by window', () => {
    const merged = mergeShardReports([shard(1, spread(200, 1, 2)), shard(2, spread(200, 5, 6))]);
    expect(merged.timeline).toHaveLength(10);
    expect(merged.timeline.every((w) => w.requests === 40)).toBe(true);
    expect(decodeHistogram(merged.timeline[0].histogram).totalCount).toBe(40);
    expect(merged.timeline[0].p95).toBeGreaterThan(5);
  });

  it('refuses the same shard twice (it would double-count)', () => {
    expect(() => mergeShardReports([shard(1, [1]), shard(1, [1])])).toThrow(ConfigError);
    expect(() => mergeShardReports([])).toThrow(/no reports matched/);
  });

  it('judges thresholds on the merged figures', () => {
    const thresholds = ['p(95) < 100ms', 'error_rate < 1%'].map((t) => parseThreshold(t) as Threshold);
    const report = buildMergedReport(
      [shard(1, spread(1000, 1, 10)), shard(2, spread(1000, 1, 10), 1000, (i) => (i % 10 ? 200 : 503))],
      { thresholds, warnMargin: 0, rules: [] },
    );
    expect(report.thresholds.map((t) => t.verdict)).toEqual(['pass', 'fail']);
    expect(report.figures.errorRate).toBeCloseTo(0.05, 5);
    expect(report.verdict).toBe('fail');
    expect(report.mergedFrom?.map((m) => m.shard)).toEqual([1, 2]);
  });

  it('mergeHistograms of nothing is an empty histogram', () => {
    expect(mergeHistograms([]).totalCount).toBe(0);
  });
});

describe('run recorder', () => {
  it('splits a run into windows, keeping empty windows so throughput samples stay honest', () => {
    let clock = 0;
    const recorder = new RunRecorder(1, 100, undefined, () => clock);
    recorder.start();
    clock = 10;
    recorder.response(200, 10, 5);
    clock = 350;
    recorder.response(500, 10, 7);
    clock = 360;
    recorder.error(true);
    const { measured, timeline } = recorder.finish(500);
    expect(timeline.map((w) => w.requests)).toEqual([1, 0, 0, 1, 0]);
    expect(timeline[3]).toMatchObject({ non2xx: 1, errors: 1 });
    expect(measured.counts).toMatchObject({ requests: 2, status2xx: 1, status5xx: 1, errors: 1, timeouts: 1 });
  });

  it('snapshots the windows that have ended, without copying, and finishes with every response', () => {
    let clock = 0;
    const recorder = new RunRecorder(1, 100, undefined, () => clock);
    recorder.start();
    clock = 10;
    recorder.response(200, 10, 5);
    clock = 150;
    recorder.response(404, 10, 9);
    clock = 250;
    recorder.response(200, 10, 1);
    // At 260ms windows [0,100) and [100,200) have ended; the response at 250ms is still in the open window.
    clock = 260;
    const during = recorder.snapshot();
    expect(during.durationMs).toBe(200);
    expect(during.histogram.totalCount).toBe(2);
    expect(during.counts).toMatchObject({ requests: 2, status2xx: 1, status4xx: 1 });
    expect(Math.round(during.histogram.maxValue / 1000)).toBe(9);
    const { measured, timeline } = recorder.finish(300);
    expect(timeline.map((w) => w.requests)).toEqual([1, 1, 1]);
    expect(timeline.map((w) => w.durationMs)).toEqual([100, 100, 100]);
    expect(measured.histogram.totalCount).toBe(3);
    expect(measured.counts).toMatchObject({ requests: 3, status2xx: 2, status4xx: 1, bytes: 30 });
  });

  it('drops the empty window a snapshot opened exactly at the end of the run', () => {
    let clock = 0;
    const recorder = new RunRecorder(1, 100, undefined, () => clock);
    recorder.start();
    clock = 50;
    recorder.response(200, 10, 5);
    clock = 200;
    recorder.snapshot();
    const { timeline } = recorder.finish(200);
    expect(timeline.map((w) => [w.startMs, w.durationMs, w.requests])).toEqual([
      [0, 100, 1],
      [100, 100, 0],
    ]);
  });

  it('records open-model latency from the intended send time, and arrivals per window', () => {
    let clock = 0;
    const recorder = new RunRecorder(1, 100, true, () => clock);
    recorder.start();
    // Sent 40ms late because every connection was busy, answered in 10ms: a user waited 50ms.
    clock = 10;
    recorder.send(false);
    clock = 150;
    recorder.send(true);
    recorder.response(200, 1, 10, 50);
    const { measured, timeline } = recorder.finish(200);
    expect(Math.round(measured.histogram.maxValue / 1000)).toBe(10);
    expect(Math.round(measured.corrected!.maxValue / 1000)).toBe(50);
    expect(timeline.map((w) => [w.arrivals, w.lateSends, w.requests])).toEqual([
      [1, 0, 0],
      [1, 1, 1],
    ]);
  });

  it('keeps every window of a long run, encoding the oldest early to bound memory', () => {
    let clock = 0;
    const recorder = new RunRecorder(1, 1000, undefined, () => clock);
    recorder.start();
    for (let second = 0; second < MAX_PENDING_WINDOWS + 80; second++) {
      clock = second * 1000 + 500;
      recorder.response(200, 1, 1 + (second % 7));
    }
    const { timeline } = recorder.finish(clock + 500);
    expect(timeline).toHaveLength(MAX_PENDING_WINDOWS + 80);
    expect(timeline.every((w, i) => w.index === i && w.requests === 1)).toBe(true);
    expect(timeline.map((w) => Math.round(w.mean)).slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 1]);
    expect(decodeHistogram(timeline[3].histogram).totalCount).toBe(1);
  });

  it('chooses about 20 windows, between 100ms and 1s', () => {
    expect(windowSizeMs(1000)).toBe(100);
    expect(windowSizeMs(10_000)).toBe(500);
    expect(windowSizeMs(30_000)).toBe(1000);
  });
});

describe('merging open-model shards', () => {
  it("adds the shards' arrivals per window and their stage rates", () => {
    const open = (n: number, sentPerResponse: number): ShardReport => {
      const base = shard(n, [5, 6, 7, 8]);
      const timeline = base.report.timeline.map((w) => ({
        ...w,
        arrivals: w.requests * sentPerResponse,
        lateSends: n,
      }));
      const stages = [{ rate: 50 * n, durationMs: 1000 }];
      return {
        ...base,
        report: { ...base.report, model: 'open', timeline, config: { ...base.report.config, rate: 10, stages } },
      };
    };
    const merged = buildMergedReport([open(1, 1), open(2, 2)], { thresholds: [], warnMargin: 0, rules: [] });
    const arrivals = merged.timeline.reduce((sum, w) => sum + w.arrivals!, 0);
    expect(arrivals).toBe(4 * 1 + 4 * 2);
    expect(merged.timeline.filter((w) => w.requests > 0).every((w) => w.lateSends === 3)).toBe(true);
    expect(merged.config).toMatchObject({ rate: 20, stages: [{ rate: 150, durationMs: 1000 }] });
  });
});
