import { expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../src/core/kube/types.js';
import { writeManifest } from './deploy-targets.js';
import { describeProgressive, webYaml, type Live } from './progressive-harness.js';

const FAST = { 'fail-fast-grace': '3s', timeout: '2m', 'scale-down-delay': '2s' };
const image = (d: Live) => d.spec.template.spec.containers[0].image;

describeProgressive('bluegreen', (c) => {
  const sim = c.cluster === 'simulator';
  const blueGreen = (version: string, extra: Record<string, string> = {}) =>
    c.deploy({
      manifests: writeManifest(`web-${version}.yaml`, webYaml(version, extra.image ? { image: extra.image } : {})),
      strategy: 'blue-green',
      version,
      analysis: sim ? 'health: /healthz\npath: /version' : '',
      ...FAST,
      ...extra,
    });
  const after = async () => ({
    deployments: await c.names('deployments'),
    services: await c.names('services'),
    selector: (await c.json('get', 'service/web')).spec.selector,
    state: (await c.json('get', 'deployment/web')).metadata.annotations?.['deploy-kit.dev/progressive'],
  });
  const clean = { deployments: ['web'], services: ['web'], selector: { app: 'web' }, state: undefined };

  it('v1 rolls out normally (nothing to switch from)', async () => {
    const { runtime, outcome } = await blueGreen('v1');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
  });

  it('v2: preview, analysis against it, switch, old version kept for the delay, then a plain Deployment', async () => {
    const { runtime, outcome } = await blueGreen('v2');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    const log = runtime.transcript();
    expect(log).toContain('blue-green: switch the active Service to the preview');
    expect(log).toContain('old version kept for scale-down-delay (2s)');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
    expect(await after()).toEqual(clean);
    if (sim) expect(runtime.summaries).toMatch(/health: \/healthz healthy/);
  });

  it('a crash-looping preview aborts before the switch: the active Service never moved', async () => {
    const { runtime, outcome } = await blueGreen('v3', { image: 'registry.local/web-crashloop:3' });
    expect(outcome).toBe('failed');
    expect(runtime.failures[0]).toMatch(
      /blue-green of deployment\/web aborted at step 1 .*preview pods failed: .*CrashLoopBackOff/,
    );
    expect(runtime.transcript()).not.toContain('switch the active Service');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
    expect(await after()).toEqual(clean);
  });

  it('cancelled during the scale-down delay: one selector switch back, preview removed; a re-run promotes', async () => {
    const cancel = new AbortController();
    const result = await c.core({
      strategy: 'blue-green',
      deployment: parse(webYaml('v4').split('---')[0]) as KubeObject,
      steps: '- analysis\n- 100%',
      version: 'v4',
      scaleDownDelayMs: 60_000,
      signal: cancel.signal,
      phase: async (title, fn) => {
        if (title.includes('scale-down-delay')) {
          expect((await after()).selector).toEqual({
            'deploy-kit.dev/track': 'preview',
            'deploy-kit.dev/progressive-of': 'web',
          });
          cancel.abort();
        }
        return fn();
      },
    });
    expect(result?.status).toBe('aborted');
    expect(result?.failedStep?.reasons).toEqual(['cancelled: the run was cancelled']);
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
    expect(await after()).toEqual(clean);
    const { runtime, outcome } = await blueGreen('v4');
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v4');
    expect(await after()).toEqual(clean);
  });
});
