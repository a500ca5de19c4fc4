import { heading, table } from '../shared/markdown.js';
import { renderCanaryDemo, type CanaryDemo } from './demo-canary.js';
import { outcomeLine, renderPipelineMarkdown } from './report.js';
import type { PipelineResult } from './run.js';
import type { StepRecord } from './steps.js';

export interface DemoRelease {
  version: string;
  story: string;
  result: PipelineResult;
}

/** What the demo did: each release, then which version serves and whether it is healthy. */
export interface DemoFacts {
  releases: DemoRelease[];
  serving?: string;
  healthy: boolean;
  finalCheck?: StepRecord;
  url: string;
  /** v4, released as a canary and aborted (see demo-canary.ts). */
  canary?: CanaryDemo;
}

/** The demo's own summary: what each release was meant to show, what happened, then each run in full. */
export function renderDemoMarkdown(demo: DemoFacts): string {
  const rollbacks = demo.releases.filter((r) => r.result.status === 'rolled-back');
  let md = heading('deploy-kit demo: three releases on the embedded Kubernetes simulator', 1);
  const out = (r: DemoRelease, step: string, key: string) =>
    r.result.steps.find((s) => s.name === step)?.outputs[key] ?? '';
  md += table(
    ['release', 'what it shows', 'outcome', 'p95 ms', 'score', 'restored', 'reason'],
    demo.releases.map((r) => [
      r.version,
      r.story,
      r.result.status,
      out(r, 'perf-gate', 'p95-ms'),
      out(r, 'quality-score', 'score'),
      r.result.restoredVersion ?? '',
      r.result.reason ?? '',
    ]),
  );
  md += `\n**Rollbacks: ${rollbacks.length}**\n\n`;
  for (const r of rollbacks) md += `- ${r.version}: ${outcomeLine(r.result)}\n`;
  md += `\n**Now serving:** ${demo.serving ?? 'nothing'} at ${demo.url}, health check ${demo.healthy ? 'passed ✅' : 'failed ❌'}\n\n`;
  for (const r of demo.releases) md += renderPipelineMarkdown(r.result, `Release ${r.version}`);
  if (demo.canary) md += renderCanaryDemo(demo.canary);
  return md;
}
