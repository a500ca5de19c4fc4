import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { definition as deploy } from '../../src/actions/deploy/main.js';
import { renderCanaryDemo, runCanaryDemo } from '../../src/pipeline/demo-canary.js';
import { releaseManifest, serviceManifest, writeManifest } from '../../src/pipeline/demo-manifests.js';
import { runStep, type PipelineActions, type StepContext } from '../../src/pipeline/steps.js';
import { SecretMask } from '../../src/runtime/masking.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';

const out = mkdtempSync(join(tmpdir(), 'progressive-demo-'));
const namespace = 'progressive-demo';
let sim: SimulatorHandle;
let ctx: StepContext;

beforeAll(async () => {
  sim = await startSimulator({ podReadyDelayMs: 300 });
  const mask = new SecretMask();
  mask.add(sim.token);
  ctx = {
    actions: { deploy } as unknown as PipelineActions,
    env: { KUBECONFIG: sim.kubeconfigPath },
    cwd: out,
    tempDir: out,
    mask,
    events: {},
  };
  for (const [file, text] of [
    ['service.yaml', serviceManifest(namespace)],
    ['v1.yaml', releaseManifest(namespace, 'v1')],
  ]) {
    const step = await runStep(ctx, 'deploy', file, { manifests: writeManifest(out, file, text), namespace });
    if (step.outcome !== 'passed') throw new Error(step.failure);
  }
});

afterAll(async () => {
  await sim?.stop();
  rmSync(out, { recursive: true, force: true });
});

it('demo v4: 20% 500s, the first analysis fails, the canary is aborted, v1 serves, the measured share is shown', async () => {
  const canary = await runCanaryDemo(ctx, { namespace, manifestsDir: out, reportsDir: out });
  expect(canary.step.outcome).toBe('failed');
  expect(canary.abortedAt).toBe('analysis');
  expect(canary.step.failure).toMatch(/aborted at step 2 \(analysis\): perf: error_rate < 1%: fail/);
  // One canary pod beside the two of v1: the replica counts give a third of the requests.
  expect(canary.measured?.configured).toBe(33.3);
  expect(canary.measured?.toNew).toBeGreaterThan(0);
  expect(canary.measured!.share).toBeLessThanOrEqual(canary.measured!.configured + 10);
  const url = sim.serviceUrl(namespace, 'demo')!;
  for (let i = 0; i < 6; i++) {
    const body = (await (await fetch(`${url}/version`)).json()) as { version: string };
    expect(body.version).toBe('v1');
  }
  expect(renderCanaryDemo(canary)).toMatch(
    /\| aborted, traffic back on stable \| analysis \| \d+ \| \d+ \| [\d.]+% \| 33.3% \|/,
  );
}, 120_000);
