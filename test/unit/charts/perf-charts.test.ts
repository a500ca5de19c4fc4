import { describe, expect, it } from 'vitest';
import { errorsChart, latencyChart, throughputChart } from '../../../src/core/charts/perf-charts.js';
import { toMermaid } from '../../../src/core/charts/mermaid.js';
import { toSvg } from '../../../src/core/charts/svg.js';
import type { PerfReport } from '../../../src/core/perf/report.js';

const windows = (n: number, errorsAt = -1) =>
  Array.from({ length: n }, (_, i) => ({
    run: 1,
    index: i,
    startMs: i * 1000,
    durationMs: 1000,
    requests: i === 3 ? 0 : 500,
    errors: i === errorsAt ? 7 : 0,
    non2xx: 0,
    p50: 2,
    p95: 9,
  }));

const report = (timeline: unknown[]) =>
  ({
    config: { windowMs: 1000 },
    timeline,
    thresholds: [
      { expression: 'p(95) < 250ms', metric: 'p(95)', limit: 250 },
      { expression: 'error_rate < 1%', metric: 'error_rate', limit: 0.01 },
    ],
  }) as unknown as PerfReport;

describe('perf-gate charts', () => {
  it('draw p50 and p95 of the windows with responses, and a latency threshold as a line', () => {
    const chart = latencyChart(report(windows(6)));
    expect(chart.categories).toEqual(['0.0', '1.0', '2.0', '4.0', '5.0']);
    expect(chart.series.map((s) => s.name)).toEqual(['p50', 'p95', 'limit p(95) < 250ms']);
    expect(chart.series[2].values).toEqual([250, 250, 250, 250, 250]);
  });

  it('show throughput for every window, a stall as 0', () => {
    expect(throughputChart(report(windows(5))).series[0].values).toEqual([500, 500, 500, 0, 500]);
  });

  it('chart errors only when a window had any', () => {
    expect(errorsChart(report(windows(5)))).toBeUndefined();
    expect(errorsChart(report(windows(5, 2)))?.series[0].values).toEqual([0, 0, 7, 0, 0]);
  });

  it('stay bounded for a one-hour test with 1 s windows', () => {
    const hour = report(windows(3600, 1800));
    expect(toMermaid(throughputChart(hour)).length).toBeLessThan(4000);
    expect(toSvg(errorsChart(hour)!)).toContain('>1800.0: 7</title>');
  });
});
