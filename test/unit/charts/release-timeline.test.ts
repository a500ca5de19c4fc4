import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/actions/deploy/summary.js';
import { releaseTasks } from '../../../src/core/charts/release-timeline.js';
import type { ReleaseResult } from '../../../src/core/deploy/rollout/release.js';

const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' };
const counts = { desired: 2, updated: 2, ready: 0, available: 0 };

const failed = {
  status: 'rolled-back',
  record: { version: 'v2', workloads: [] },
  recordPath: '/tmp/r.json',
  applied: [],
  notDryRun: [],
  outcomes: [
    {
      ref,
      state: 'failed',
      message: 'pod web-1 is in CrashLoopBackOff',
      counts,
      startedAt: 1_300,
      elapsedMs: 2_000,
      firstReadyAt: 1_800,
      failure: { reason: 'CrashLoopBackOff', problems: [], events: [], containers: [] },
    },
  ],
  rollback: { ok: true, rolledBack: true, items: [] },
  phases: [
    { name: 'Validate and dry-run', startMs: 1_000, endMs: 1_100 },
    { name: 'Apply (server-side)', startMs: 1_200, endMs: 1_300 },
    { name: 'Rollout', startMs: 1_300, endMs: 3_300 },
    { name: 'Rollback', startMs: 3_300, endMs: 4_000 },
  ],
} as unknown as ReleaseResult;

describe('release timeline', () => {
  it('shows each phase, the rollout with its first ready pod, when the failure was detected and why, and the rollback', () => {
    expect(
      releaseTasks(failed).map((t) => [t.section, t.label, t.startMs, t.endMs, t.state, t.milestone ?? false]),
    ).toEqual([
      ['deploy', 'validate', 1_000, 1_100, 'ok', false],
      ['deploy', 'apply', 1_200, 1_300, 'ok', false],
      ['deploy', 'rollout', 1_300, 3_300, 'failed', false],
      ['deploy', 'rollback', 3_300, 4_000, 'warn', false],
      ['rollout', 'deployment/web', 1_300, 3_300, 'failed', false],
      ['rollout', 'deployment/web first pod ready', 1_800, 1_800, 'ok', true],
      ['rollout', 'failure detected - deployment/web CrashLoopBackOff', 3_300, 3_300, 'failed', true],
    ]);
  });

  it('marks all pods ready for a good rollout and a failed rollback in red', () => {
    const good = { ...failed.outcomes[0], state: 'ready', failure: undefined } as const;
    const result = {
      ...failed,
      status: 'failed',
      outcomes: [good],
      rollback: { ok: false, rolledBack: false, items: [] },
    };
    const tasks = releaseTasks(result as ReleaseResult);
    expect(tasks.find((t) => t.label === 'deployment/web all ready')).toMatchObject({ startMs: 3_300, state: 'ok' });
    expect(tasks.find((t) => t.label === 'rollback')?.state).toBe('failed');
    expect(releaseTasks({ ...failed, phases: undefined, outcomes: [] })).toEqual([]);
  });

  it("is in the deploy step's job summary as a Mermaid gantt", () => {
    const md = renderSummary({
      ...failed,
      record: { ...failed.record, namespace: 'shop', context: 'c', fieldManager: 'f' },
    });
    expect(md).toContain('### Timeline\n\n```mermaid\ngantt\n    title Release timeline v2\n');
    expect(md).toContain('failure detected - deployment/web CrashLoopBackOff :crit, milestone, t6, 3300, 3300');
  });
});
