import { expect, it } from 'vitest';
import type { KubeObject } from '../../src/core/kube/types.js';
import { describeProgressive, webYaml, type Live } from './progressive-harness.js';
import { writeManifest } from './deploy-targets.js';
import { parse } from 'yaml';

const FAST = { 'fail-fast-grace': '3s', timeout: '2m' };
const image = (d: Live) => d.spec.template.spec.containers[0].image;
const deploymentOf = (yaml: string) => parse(yaml.split('---')[0]) as KubeObject;

describeProgressive('canary', (c) => {
  const sim = c.cluster === 'simulator';
  const analysis = sim ? 'health: /healthz\npath: /version' : '';
  const canary = (version: string, steps: string, extra: Record<string, string> = {}) =>
    c.deploy({
      manifests: writeManifest(`web-${version}.yaml`, webYaml(version, extra.image ? { image: extra.image } : {})),
      strategy: 'canary',
      steps,
      version,
      analysis,
      ...FAST,
      ...extra,
    });
  const leftovers = async () => ({
    deployments: (await c.names('deployments')).filter((n) => n !== 'web'),
    services: (await c.names('services')).filter((n) => n !== 'web'),
    state: (await c.json('get', 'deployment/web')).metadata.annotations?.['deploy-kit.dev/progressive'],
  });
  const clean = { deployments: [], services: [], state: undefined };

  it('a first deploy has nothing to compare with: it rolls out normally', async () => {
    const { runtime, outcome } = await canary('v1', '- 25%\n- 100%');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.transcript()).toContain('no running version to compare with');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v1');
  });

  it('canary v2: 25% (exact share 20%: 1 canary pod beside 4), analysis, 50%, analysis, then promote', async () => {
    const { runtime, outcome } = await canary('v2', '- 25%\n- analysis\n- 50%\n- analysis\n- 100%');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.outputs.status).toBe('succeeded');
    const live = await c.json('get', 'deployment/web');
    expect(image(live)).toBe('deploy-kit/demo-app:v2');
    expect(live.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(await leftovers()).toEqual(clean);
    expect(runtime.summaries).toContain('| 1. 25% | 20% |');
    expect(runtime.summaries).toContain('| 3. 50% | 33.3% |');
    expect(runtime.summaries).toMatch(/kubernetes: 1 pod\(s\) ready, no restarts, no Warning Events/);
    if (sim) {
      expect(runtime.summaries).toMatch(/health: \/healthz healthy/);
      const measured = /(\d+) of (\d+) requests to \S+ reached v2/.exec(runtime.summaries);
      expect(measured, runtime.summaries).not.toBeNull();
      expect(Number(measured![1])).toBeGreaterThan(0);
    }
  });

  it('a crash-looping canary aborts at its first step; stable keeps serving v2 and nothing is left', async () => {
    const { runtime, outcome } = await canary('v3', '- 25%\n- analysis\n- 100%', {
      image: 'registry.local/web-crashloop:3',
    });
    expect(outcome).toBe('failed');
    expect(runtime.outputs.status).toBe('rolled-back');
    expect(runtime.failures[0]).toMatch(/aborted at step 1 \(25%\): canary pods failed: .*CrashLoopBackOff/);
    expect(runtime.failures[0]).toContain('all traffic is back on the stable version');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
    expect(await leftovers()).toEqual(clean);
  });

  it.each([0, 1, 2])('cancelled at step %i: aborts cleanly, and a re-run promotes', async (step) => {
    const version = `v4-${step}`;
    const cancel = new AbortController();
    const result = await c.core({
      deployment: deploymentOf(webYaml(version)),
      steps: '- 25%\n- analysis\n- 50%\n- 100%',
      version,
      signal: cancel.signal,
      phase: (title, fn) => {
        if (title.includes(`step ${step + 1}/`)) cancel.abort();
        return fn();
      },
    });
    expect(result?.status).toBe('aborted');
    expect(result?.failedStep).toMatchObject({ index: step, reasons: ['cancelled: the run was cancelled'] });
    expect(await leftovers()).toEqual(clean);
    const { runtime, outcome } = await canary(version, '- 50%\n- 100%');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.summaries).not.toContain('Resumed');
    expect(image(await c.json('get', 'deployment/web'))).toBe(`deploy-kit/demo-app:${version}`);
  });

  it.each([0, 1, 2])('killed at step %i (no clean-up ran): a re-run resumes there and promotes', async (step) => {
    const version = `v5-${step}`;
    const steps = '- 25%\n- analysis\n- 50%\n- 100%';
    // A failure here shows as the poll below timing out; it must not become an unhandled rejection.
    c.core({
      deployment: deploymentOf(webYaml(version)),
      steps,
      version,
      // The process dies as the step begins: nothing after this point is written.
      phase: (title, fn) => (title.includes(`step ${step + 1}/`) ? new Promise<never>(() => undefined) : fn()),
    }).catch(() => undefined);
    await expect.poll(async () => (await leftovers()).state, { timeout: 30_000 }).toContain(`"step":${step}`);
    expect(await c.names('deployments')).toContain('web-canary');
    const { runtime, outcome } = await canary(version, steps);
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.summaries).toContain(`Resumed a half-done release at step ${step + 1}`);
    expect(image(await c.json('get', 'deployment/web'))).toBe(`deploy-kit/demo-app:${version}`);
    expect(await leftovers()).toEqual(clean);
  });

  it('a re-run with another version first aborts the half-done canary of the old one', async () => {
    // A failure here shows as the poll below timing out; it must not become an unhandled rejection.
    c.core({
      deployment: deploymentOf(webYaml('v6')),
      steps: '- 25%\n- analysis\n- 100%',
      version: 'v6',
      phase: (title, fn) => (title.includes('step 2/') ? new Promise<never>(() => undefined) : fn()),
    }).catch(() => undefined);
    await expect.poll(async () => (await leftovers()).state, { timeout: 30_000 }).toContain('"step":1');
    const { runtime, outcome } = await canary('v7', '- 25%\n- 100%');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.summaries).toMatch(
      /aborted the half-done canary of another template \(step 2\): removed deployment\/web-canary/,
    );
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v7');
    expect(await leftovers()).toEqual(clean);
  });

  it('a Deployment already mid-rollout is waited for before the canary starts', async () => {
    const slow = await c.deploy({
      manifests: writeManifest('web-slow.yaml', webYaml('v8', { image: 'registry.local/web-slow:8' })),
      version: 'v8',
      wait: 'false',
    });
    expect(slow.outcome, slow.runtime.failures.join('\n')).toBe('passed');
    const { runtime, outcome } = await c.deploy({
      manifests: writeManifest('web-v9.yaml', webYaml('v9')),
      strategy: 'canary',
      steps: '- 25%\n- 100%',
      version: 'v9',
      ...FAST,
    });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.transcript()).toContain(
      'deployment/web is mid-rollout; waiting for it to finish before the canary starts',
    );
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v9');
    expect(await leftovers()).toEqual(clean);
  }, 180_000);
});
