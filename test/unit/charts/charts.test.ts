import { describe, expect, it } from 'vitest';
import {
  MAX_POINTS,
  MAX_TASKS,
  niceScale,
  parseMermaid,
  tickLabel,
  toMermaid,
  toSvg,
  yScale,
  type GanttChart,
  type XYChart,
} from '../../../src/core/charts/index.js';

const latency = (n: number, spikeAt = -1): XYChart => ({
  type: 'xy',
  title: 'p50 and p95 latency per 1s window',
  xLabel: 'seconds',
  yLabel: 'ms',
  categories: Array.from({ length: n }, (_, i) => String(i)),
  series: [
    { name: 'p50', kind: 'line', values: Array.from({ length: n }, (_, i) => 1 + (i % 7) / 10) },
    { name: 'p95', kind: 'line', values: Array.from({ length: n }, (_, i) => (i === spikeAt ? 900 : 3 + (i % 5))) },
    { name: 'threshold p95 < 250', kind: 'line', values: Array<number>(n).fill(250) },
  ],
});

const mermaidBody = (md: string) => md.split('\n').slice(1, -2).join('\n');

describe('niceScale', () => {
  it.each([
    [0, 7.3, { min: 0, max: 8, step: 2 }],
    [0, 263, { min: 0, max: 300, step: 100 }],
    [0, 0.042, { min: 0, max: 0.05, step: 0.01 }],
    [-12, 30, { min: -20, max: 30, step: 10 }],
  ])('covers %d..%d with round steps', (low, high, expected) => {
    const scale = niceScale(low, high);
    expect(scale).toMatchObject(expected);
    expect(scale.ticks[0]).toBe(scale.min);
    expect(scale.ticks.at(-1)).toBe(scale.max);
  });

  it('keeps fixed ends (a score axis is always 0..100)', () => {
    expect(niceScale(40, 93, 5, { min: 0, max: 100 })).toMatchObject({
      min: 0,
      max: 100,
      ticks: [0, 20, 40, 60, 80, 100],
    });
  });

  it('gives a flat or empty series a usable axis', () => {
    expect(niceScale(0, 0)).toMatchObject({ min: 0, max: 1 });
    expect(niceScale(Number.NaN, Number.NaN)).toMatchObject({ min: 0, max: 1 });
    expect(niceScale(5, 5)).toMatchObject({ min: 0, max: 5 });
  });

  it('writes short tick labels', () => {
    expect([tickLabel(1500), tickLabel(25000), tickLabel(0.25), tickLabel(2_000_000)]).toEqual([
      '1500',
      '25k',
      '0.25',
      '2M',
    ]);
  });
});

describe('empty charts', () => {
  const empty: XYChart = {
    type: 'xy',
    title: 'Throughput',
    categories: [],
    series: [{ name: 'rps', kind: 'line', values: [] }],
  };

  it('say so in both renderings instead of drawing a broken axis', () => {
    expect(toMermaid(empty)).toBe('_Throughput: no data._\n');
    expect(toSvg(empty)).toContain('>no data</text>');
    expect(toSvg({ type: 'gantt', title: 'Release', tasks: [] })).toContain('>no data</text>');
  });

  it('treat a series shorter than the axis as zeros, so renderings agree', () => {
    const short: XYChart = { ...empty, categories: ['a', 'b', 'c'], series: [{ name: 'x', kind: 'bar', values: [5] }] };
    expect(toMermaid(short)).toContain('bar [5, 0, 0]');
    expect(toSvg(short).match(/<rect [^>]*><title>/g)).toHaveLength(3);
  });
});

describe('huge series', () => {
  const huge = latency(20_000, 12_345);

  it('are downsampled to a bounded number of points, keeping the spike', () => {
    const parsed = parseMermaid(mermaidBody(toMermaid(huge))) as XYChart;
    expect(parsed.categories).toHaveLength(MAX_POINTS);
    expect(Math.max(...parsed.series[1].values)).toBe(900);
    expect(parsed.series[2].values.every((v) => v === 250)).toBe(true);
  });

  it('have a bounded size in both renderings', () => {
    const small = latency(MAX_POINTS);
    expect(toMermaid(huge).length).toBeLessThan(toMermaid(small).length * 1.2);
    expect(toSvg(huge).length).toBeLessThan(toSvg(small).length * 1.2);
    expect(toSvg(huge).length).toBeLessThan(30_000);
  });

  it('cap timeline rows', () => {
    const tasks = Array.from({ length: 500 }, (_, i) => ({
      section: 's',
      label: `t${i}`,
      startMs: i,
      endMs: i + 1,
      state: 'ok' as const,
    }));
    const svg = toSvg({ type: 'gantt', title: 'big', tasks });
    expect(svg.match(/class="task"/g)).toHaveLength(MAX_TASKS);
    expect(svg).toContain(`${500 - MAX_TASKS} more rows`);
    expect(toMermaid({ type: 'gantt', title: 'big', tasks }).match(/:done/g)).toHaveLength(MAX_TASKS);
  });
});

describe('one model, two renderings', () => {
  it('reads back exactly the xy chart it wrote (so the SVG draws what the summary shows)', () => {
    const chart = latency(30);
    const parsed = parseMermaid(mermaidBody(toMermaid(chart))) as XYChart;
    const { min, max } = yScale(chart);
    expect(parsed).toEqual({ ...chart, yMin: min, yMax: max });
    expect(toSvg(parsed)).toBe(toSvg({ ...chart, yMin: min, yMax: max }));
    expect(toSvg(parsed)).toBe(toSvg(chart));
  });

  it('reads back the gantt it wrote, milestones and failures included', () => {
    const chart: GanttChart = {
      type: 'gantt',
      title: 'Release v2',
      tasks: [
        { section: 'deploy', label: 'validate', startMs: 1_700_000_000_000, endMs: 1_700_000_000_400, state: 'ok' },
        {
          section: 'deploy',
          label: 'rollout Deployment/web',
          startMs: 1_700_000_000_500,
          endMs: 1_700_000_004_000,
          state: 'failed',
        },
        {
          section: 'deploy',
          label: 'failure detected - CrashLoopBackOff',
          startMs: 1_700_000_004_000,
          endMs: 1_700_000_004_000,
          state: 'failed',
          milestone: true,
        },
        { section: 'gates', label: 'perf-gate', startMs: 1_700_000_005_000, endMs: 1_700_000_009_000, state: 'warn' },
      ],
    };
    const md = toMermaid(chart);
    expect(md).toContain('dateFormat x');
    expect(md).toContain('failure detected - CrashLoopBackOff :crit, milestone, t2, 1700000004000, 1700000004000');
    expect(parseMermaid(mermaidBody(md))).toEqual(chart);
  });

  it('keeps Mermaid syntax intact for hostile labels', () => {
    const chart: GanttChart = {
      type: 'gantt',
      title: 'a: b',
      tasks: [{ section: 's#1', label: 'x: y; z', startMs: 0, endMs: 5, state: 'ok' }],
    };
    const parsed = parseMermaid(mermaidBody(toMermaid(chart))) as GanttChart;
    expect(parsed.tasks[0]).toMatchObject({ label: 'x y z', section: 's 1', startMs: 0, endMs: 5 });
    const xy = toMermaid({
      type: 'xy',
      title: 'say "hi"',
      categories: ['"q"'],
      series: [{ name: 'a|b', kind: 'bar', values: [1] }],
    });
    expect((parseMermaid(mermaidBody(xy)) as XYChart).title).toBe("say 'hi'");
  });

  it('returns undefined for diagrams it does not draw', () => {
    expect(parseMermaid('flowchart LR\n  a --> b')).toBeUndefined();
    expect(parseMermaid('xychart-beta\n  sankey [1]')).toBeUndefined();
  });
});

describe('SVG output', () => {
  it('is static markup: no script, no event handlers, no external references, escaped text', () => {
    const svg = toSvg({ ...latency(10), title: '<script>alert(1)</script>' });
    expect(svg).not.toMatch(/<script|\son\w+=|href=|url\(/i);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(svg).toContain('>threshold p95 &lt; 250</text>');
  });

  it('places values on the scale (a bar at the axis top reaches the plot top)', () => {
    const svg = toSvg({
      type: 'xy',
      title: 'score',
      categories: ['a', 'b'],
      yMin: 0,
      yMax: 100,
      series: [{ name: 's', kind: 'bar', values: [100, 50] }],
    });
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0]).toBeCloseTo(heights[1] * 2, 0);
  });
});
