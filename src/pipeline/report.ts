import { toMermaid } from '../core/charts/mermaid.js';
import { details, heading, table } from '../shared/markdown.js';
import { terminalValue } from '../shared/output-text.js';
import { pipelineTimeline } from './timeline.js';
import type { PipelineResult } from './run.js';
import type { StepRecord } from './steps.js';

const ICON: Record<string, string> = { passed: '✅', failed: '❌', 'config-error': '⛔', error: '💥', skipped: '⏭️' };
const STATUS: Record<PipelineResult['status'], string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'rolled-back': '↩️ rolled back',
};

/** The outputs worth a glance per step; everything else is in the step's own summary. */
const KEY_OUTPUTS: Record<string, string[]> = {
  'build-and-push': ['image-ref', 'version'],
  deploy: ['status', 'revisions', 'previous-revisions'],
  'health-check': ['healthy', 'attempts', 'elapsed-ms'],
  'smoke-test': ['passed', 'total', 'failed'],
  'perf-gate': ['verdict', 'p95-ms', 'rps', 'error-rate'],
  'quality-score': ['score', 'grade', 'verdict'],
  rollback: ['rolled-back', 'revisions'],
  notify: ['sent', 'failed', 'deployment-state'],
};

/** `name=value` of the step's key outputs; `shorten` describes big values (terminal lines) instead of printing them. */
export function keyOutputs(step: StepRecord, shorten = false): string {
  return (KEY_OUTPUTS[step.name] ?? [])
    .filter((k) => step.outputs[k] !== undefined && step.outputs[k] !== '')
    .map((k) => `${k}=${shorten ? terminalValue(step.outputs[k]) : step.outputs[k]}`)
    .join(' ');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** One line per step for the terminal, as the step ends. */
export function stepLine(step: StepRecord): string {
  const outputs = keyOutputs(step, true);
  const tail = step.outcome === 'passed' ? outputs : `${outputs}\n      ${step.failure ?? ''}`.trim();
  return `  ${ICON[step.outcome] ?? '•'} ${step.name.padEnd(14)} ${seconds(step.durationMs).padStart(6)}  ${tail}`;
}

export function outcomeLine(result: PipelineResult): string {
  const restored = result.restoredVersion ? ` (${result.restoredVersion} restored)` : '';
  return `${STATUS[result.status]}${restored}${result.reason ? `: ${result.reason}` : ''}`;
}

/** The job-summary Markdown of one pipeline run: outcome, step table, each step's own summary. */
export function renderPipelineMarkdown(result: PipelineResult, title = 'deploy-kit pipeline'): string {
  let md = heading(`${title}: ${result.version ?? 'unversioned'} to ${result.environment}`, 2);
  md += `**Outcome:** ${outcomeLine(result).replace(/\n/g, ' ')}\n\n`;
  md += table(
    ['step', 'outcome', 'time', 'key outputs', 'problem'],
    result.steps.map((s) => [
      s.name,
      `${ICON[s.outcome] ?? ''} ${s.outcome}`,
      seconds(s.durationMs),
      keyOutputs(s),
      s.failure ?? s.warnings[0] ?? '',
    ]),
  );
  const timeline = pipelineTimeline(result, title);
  if (timeline.tasks.length) md += `\n${heading('Timeline', 3)}${toMermaid(timeline)}`;
  md += '\n';
  for (const step of result.steps) {
    if (step.summary.trim()) md += details(`${step.name}: ${step.title}`, step.summary.trim());
  }
  return md;
}
