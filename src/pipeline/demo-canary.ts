import { join } from 'node:path';
import { heading, table } from '../shared/markdown.js';
import { releaseManifest, writeManifest } from './demo-manifests.js';
import { runStep, type StepContext, type StepRecord } from './steps.js';

/** v4 of the demo: released as a canary, one in five of its answers is a 500. */
export interface CanaryDemo {
  version: string;
  story: string;
  step: StepRecord;
  /** The step the canary was aborted at (`20%`, `analysis`), when it was. */
  abortedAt?: string;
  /** Requests sampled on the users' Service during the canary, and how many v4 answered. */
  measured?: { toNew: number; requests: number; share: number; configured: number };
}

const VERSION = 'v4';
const STEPS = '- 20%\n- analysis\n- 50%\n- analysis\n- 100%\n';
/** perf-gate's core against the canary Service: any 5xx above 1% fails the step. */
const ANALYSIS = 'health: /healthz\nperf:\n  - error_rate < 1%\npath: /api/items\nduration: 3s\nconnections: 2\n';

/** The measured share from the failure line: `N of M requests to URL reached v4 (S%)`. */
function measuredFrom(step: StepRecord): CanaryDemo['measured'] {
  const match = /(\d+) of (\d+) requests to \S+ reached v4 \(([\d.]+)%\)/.exec(step.failure ?? step.summary);
  const configured = /\| 1\. 20% \| ([\d.]+)% \|/.exec(step.summary);
  if (!match) return undefined;
  return {
    toNew: Number(match[1]),
    requests: Number(match[2]),
    share: Number(match[3]),
    configured: Number(configured?.[1] ?? 20),
  };
}

/**
 * Releases v4 (20% of its requests answer 500) as a canary with the deploy action: the first
 * analysis fails, the canary is aborted, all traffic goes back to the running version, and the
 * share of requests that reached v4 meanwhile is measured on the users' Service.
 */
export async function runCanaryDemo(
  ctx: StepContext,
  o: { namespace: string; manifestsDir: string; reportsDir: string },
): Promise<CanaryDemo> {
  const manifest = writeManifest(
    o.manifestsDir,
    `demo-${VERSION}.yaml`,
    releaseManifest(o.namespace, VERSION, { ERROR_RATE: '0.2' }),
  );
  const step = await runStep(ctx, 'deploy', `${VERSION} as a canary`, {
    manifests: manifest,
    namespace: o.namespace,
    strategy: 'canary',
    steps: STEPS,
    analysis: ANALYSIS,
    version: VERSION,
    timeout: '90s',
    'fail-fast-grace': '2s',
    'record-file': join(o.reportsDir, `deploy-record-${VERSION}.json`),
  });
  return {
    version: VERSION,
    story: 'released as a canary; 20% of its answers are 500s: the first analysis fails and the canary is aborted',
    step,
    abortedAt: /aborted at step \d+ \(([^)]+)\)/.exec(step.failure ?? '')?.[1],
    measured: measuredFrom(step),
  };
}

/** The demo report's canary section: what happened and how many requests met the bad version. */
export function renderCanaryDemo(canary: CanaryDemo): string {
  const m = canary.measured;
  return `${heading(`Release ${canary.version}: canary`, 2)}${canary.story}.\n\n${table(
    [
      'outcome',
      'aborted at',
      'requests sampled',
      `answered by ${canary.version}`,
      'measured share',
      'configured share',
    ],
    [
      [
        canary.step.outcome === 'failed' ? 'aborted, traffic back on stable' : canary.step.outcome,
        canary.abortedAt ?? '-',
        m?.requests ?? '-',
        m?.toNew ?? '-',
        m ? `${m.share}%` : 'not measured',
        m ? `${m.configured}%` : '-',
      ],
    ],
  )}\n${canary.step.summary}\n`;
}
