import { parseMermaid } from '../core/charts/parse.js';
import type { GanttChart, GanttTask } from '../core/charts/model.js';
import type { PipelineResult } from './run.js';
import type { StepRecord } from './steps.js';

const SECTION: Record<string, string> = {
  'build-and-push': 'build',
  deploy: 'deploy',
  rollback: 'rollback',
  notify: 'notify',
};

/** The deploy step's own timeline (validate, apply, rollouts, rollback), read from the gantt its summary carries. */
function deployTasks(step: StepRecord): GanttTask[] | undefined {
  const block = step.summary.match(/```mermaid\n(gantt\n[\s\S]*?)\n```/);
  const chart = block ? parseMermaid(block[1]) : undefined;
  return chart?.type === 'gantt' && chart.tasks.length ? chart.tasks : undefined;
}

/** `deploy-kit/perf-gate: p(95) regressed ...` -> `p(95) regressed ...`, short enough for a row label. */
const why = (failure: string | undefined) => {
  const text = (failure ?? '').replace(/^deploy-kit\/[\w-]+:\s*/, '');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

function stepTasks(step: StepRecord): GanttTask[] {
  if (step.startedAt === undefined || step.outcome === 'skipped') return [];
  const inner = step.name === 'deploy' ? deployTasks(step) : undefined;
  const section = SECTION[step.name] ?? 'gates';
  const end = step.startedAt + step.durationMs;
  const failed = step.outcome !== 'passed';
  const tasks: GanttTask[] = inner ?? [
    { section, label: step.name, startMs: step.startedAt, endMs: end, state: failed ? 'failed' : 'ok' },
  ];
  // The deploy's own timeline already marks its failure; a gate's failure is the moment the gate ended.
  if (failed && !inner)
    tasks.push({
      section,
      label: `failure detected - ${step.name} ${why(step.failure)}`,
      startMs: end,
      endMs: end,
      state: 'failed',
      milestone: true,
    });
  return tasks;
}

/** One release as a timeline: build, the deploy's phases and rollouts, each gate, the rollback, notify. */
export function pipelineTimeline(result: PipelineResult, title: string): GanttChart {
  return { type: 'gantt', title: `${title} timeline`, tasks: result.steps.flatMap(stepTasks) };
}
