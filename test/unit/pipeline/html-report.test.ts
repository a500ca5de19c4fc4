import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../../src/core/charts/mermaid.js';
import { htmlPage } from '../../../src/pipeline/html.js';
import { statusBadges } from '../../../src/pipeline/html-blocks.js';
import { pipelineTimeline } from '../../../src/pipeline/timeline.js';
import type { PipelineResult } from '../../../src/pipeline/run.js';
import type { StepRecord } from '../../../src/pipeline/steps.js';

describe('status badges', () => {
  it.each([
    ['✅ passed', '<span class="badge ok">passed</span>'],
    ['❌ failed', '<span class="badge bad">failed</span>'],
    ['⚠️ warn', '<span class="badge warn">warn</span>'],
    ['↩️ rolled back (v1 restored)', '<span class="badge warn">rolled back</span> (v1 restored)'],
    ['⏭️ skipped', '<span class="badge skip">skipped</span>'],
    ['✅ Quality score', '<span class="badge ok">pass</span> Quality score'],
    ['💥 error', '<span class="badge bad">error</span>'],
  ])('%s reads as a coloured word without an emoji font', (input, html) => {
    expect(statusBadges(input)).toBe(html);
  });

  it('leaves text without status emoji alone', () => {
    expect(statusBadges('p95 regressed by 40% • see report')).toBe('p95 regressed by 40% • see report');
  });
});

describe('HTML page charts', () => {
  const chart = toMermaid({
    type: 'xy',
    title: 'Throughput',
    categories: ['0', '1'],
    series: [{ name: 'requests/s', kind: 'line', values: [5, 7] }],
  });

  it('draws our Mermaid charts as inline SVG and keeps no Mermaid text', () => {
    const html = htmlPage('t', `## Perf\n\n${chart}`);
    expect(html).toContain('<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" class="dk-chart dk-xy"');
    expect(html).not.toContain('xychart-beta');
    expect(html).not.toMatch(/<script/i);
  });

  it('folds a diagram it cannot draw instead of printing its source', () => {
    const html = htmlPage('t', '```mermaid\nflowchart LR\n  a --> b\n```\n');
    expect(html).toContain('<details class="diagram-source"><summary>diagram (Mermaid source)</summary>');
    expect(html).toContain('a --> b</code></pre></details>');
  });
});

const step = (name: StepRecord['name'], startedAt: number, durationMs: number, extra: Partial<StepRecord> = {}) =>
  ({
    name,
    title: name,
    outcome: 'passed',
    inputs: {},
    outputs: {},
    warnings: [],
    summary: '',
    durationMs,
    startedAt,
    ...extra,
  }) as StepRecord;

describe('pipeline timeline', () => {
  const deploySummary = toMermaid({
    type: 'gantt',
    title: 'Release timeline v3',
    tasks: [
      { section: 'deploy', label: 'validate', startMs: 1000, endMs: 1100, state: 'ok' },
      {
        section: 'rollout',
        label: 'deployment/web all ready',
        startMs: 1900,
        endMs: 1900,
        state: 'ok',
        milestone: true,
      },
    ],
  });
  const result: PipelineResult = {
    version: 'v3',
    environment: 'demo',
    status: 'rolled-back',
    steps: [
      step('deploy', 1000, 1000, { summary: `## deploy\n\n${deploySummary}` }),
      step('health-check', 2000, 100),
      step('perf-gate', 2100, 4000, {
        outcome: 'failed',
        failure: 'deploy-kit/perf-gate: verdict fail: p(95) regressed 440%',
      }),
      step('rollback', 6100, 900),
    ],
    startedAt: '',
    durationMs: 6000,
  };

  it("puts the deploy's own phases in, then each gate, the failure and why, and the rollback", () => {
    const tasks = pipelineTimeline(result, 'Release v3').tasks;
    expect(tasks.map((t) => [t.section, t.label, t.startMs, t.endMs, t.state])).toEqual([
      ['deploy', 'validate', 1000, 1100, 'ok'],
      ['rollout', 'deployment/web all ready', 1900, 1900, 'ok'],
      ['gates', 'health-check', 2000, 2100, 'ok'],
      ['gates', 'perf-gate', 2100, 6100, 'failed'],
      ['gates', 'failure detected - perf-gate verdict fail: p(95) regressed 440%', 6100, 6100, 'failed'],
      ['rollback', 'rollback', 6100, 7000, 'ok'],
    ]);
  });

  it('falls back to the deploy step itself when its summary has no timeline', () => {
    const plain = { ...result, steps: [step('deploy', 5, 10)] };
    expect(pipelineTimeline(plain, 'x').tasks).toEqual([
      { section: 'deploy', label: 'deploy', startMs: 5, endMs: 15, state: 'ok' },
    ]);
  });
});
