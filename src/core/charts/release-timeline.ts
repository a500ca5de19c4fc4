import { workloadKey } from '../deploy/rollback/record.js';
import type { ReleaseResult } from '../deploy/rollout/release.js';
import type { RolloutOutcome } from '../deploy/rollout/wait.js';
import type { GanttChart, GanttTask } from './model.js';

/** Phase titles of release() as the timeline names them. */
const PHASE_LABEL: Record<string, string> = {
  'Validate and dry-run': 'validate',
  'Apply (server-side)': 'apply',
  Rollout: 'rollout',
  Rollback: 'rollback',
};

export const DEPLOY_SECTION = 'deploy';
const ROLLOUT_SECTION = 'rollout';

function outcomeTasks(o: RolloutOutcome): GanttTask[] {
  if (o.startedAt === undefined) return [];
  const key = workloadKey(o.ref);
  const end = o.startedAt + o.elapsedMs;
  const ready = o.state === 'ready';
  const at = (label: string, ms: number, state: GanttTask['state']): GanttTask => ({
    section: ROLLOUT_SECTION,
    label,
    startMs: ms,
    endMs: ms,
    state,
    milestone: true,
  });
  const span: GanttTask = {
    section: ROLLOUT_SECTION,
    label: key,
    startMs: o.startedAt,
    endMs: end,
    state: ready ? 'ok' : o.state === 'cancelled' ? 'warn' : 'failed',
  };
  const tasks = [span];
  if (o.firstReadyAt !== undefined) tasks.push(at(`${key} first pod ready`, o.firstReadyAt, 'ok'));
  if (ready) tasks.push(at(`${key} all ready`, end, 'ok'));
  else if (o.state !== 'cancelled')
    tasks.push(at(`failure detected - ${key} ${o.failure?.reason ?? o.state}`, end, 'failed'));
  return tasks;
}

/**
 * What happened when during one deploy: each phase, each workload's rollout with its first
 * ready pod, all pods ready or the moment its failure was detected (and why), the rollback.
 */
export function releaseTasks(result: ReleaseResult): GanttTask[] {
  const phases = (result.phases ?? []).map((p): GanttTask => {
    const rollback = p.name === 'Rollback';
    const failed =
      p.failed || (rollback ? !result.rollback?.ok : p.name === 'Rollout' && result.status !== 'succeeded');
    return {
      section: DEPLOY_SECTION,
      label: PHASE_LABEL[p.name] ?? p.name,
      startMs: p.startMs,
      endMs: p.endMs,
      state: failed ? 'failed' : rollback ? 'warn' : 'ok',
    };
  });
  return [...phases, ...result.outcomes.flatMap(outcomeTasks)];
}

export function releaseTimeline(result: ReleaseResult): GanttChart {
  const version = result.record.version ? ` ${result.record.version}` : '';
  return { type: 'gantt', title: `Release timeline${version}`, tasks: releaseTasks(result) };
}
