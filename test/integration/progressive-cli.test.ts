import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { canaryCommand } from '../../src/cli/canary-command.js';
import type { KubeObject } from '../../src/core/kube/types.js';
import { captureIo } from '../helpers/cli-io.js';
import { writeManifest } from './deploy-targets.js';
import { describeProgressive, webYaml, type Live } from './progressive-harness.js';

const image = (d: Live) => d.spec.template.spec.containers[0].image;

describeProgressive('cli', (c) => {
  const canary = (...args: string[]) => {
    const captured = captureIo({});
    const argv = [...args, '--deployment', 'web', '--namespace', c.namespace(), '--kubeconfig'];
    return canaryCommand.run([...argv, c.target().kubeconfigPath], captured.io).then((code) => ({ code, ...captured }));
  };
  /** A canary whose run died at its second step: the state and the canary stay for a manual gate. */
  const halfDone = async (version: string, mode = 'replicas') => {
    // A failure here shows as the poll below timing out; it must not become an unhandled rejection.
    c.core({
      deployment: parse(webYaml(version).split('---')[0]) as KubeObject,
      steps: '- 25%\n- analysis\n- 100%',
      version,
      traffic: { mode: mode as 'replicas' },
      phase: (title, fn) => (title.includes('step 2/') ? new Promise<never>(() => undefined) : fn()),
    }).catch(() => undefined);
    await expect.poll(async () => (await canary('status')).out(), { timeout: 30_000 }).toContain('"step": 1');
  };
  const leftovers = async () => ({
    deployments: await c.names('deployments'),
    services: await c.names('services'),
    state: (await c.json('get', 'deployment/web')).metadata.annotations?.['deploy-kit.dev/progressive'],
  });
  const clean = { deployments: ['web'], services: ['web'], state: undefined };

  it('status with nothing in flight exits 1; bad arguments exit 2 and name the problem', async () => {
    const { runtime, outcome } = await c.deploy({ manifests: writeManifest('v1.yaml', webYaml('v1')), version: 'v1' });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    const status = await canary('status');
    expect(status.code).toBe(1);
    expect(JSON.parse(status.out())).toEqual({ deployment: 'web' });
    const bad = captureIo({});
    expect(await canaryCommand.run(['finish', '--deployment', 'web'], bad.io)).toBe(2);
    expect(bad.err()).toContain("expected one of status, promote, abort, got 'finish'");
    const missing = captureIo({});
    expect(await canaryCommand.run(['status'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--deployment is required');
  });

  it('status shows the step and the canary pods; promote rolls stable to the canary template and cleans up', async () => {
    await halfDone('v2');
    const status = JSON.parse((await canary('status')).out()) as { state: Record<string, unknown>; workload: unknown };
    expect(status.state).toMatchObject({ strategy: 'canary', mode: 'replicas', step: 1, weight: 25, version: 'v2' });
    expect(status.workload).toEqual({ name: 'web-canary', replicas: 1, ready: 1 });
    const promoted = await canary('promote', '--timeout', '2m');
    expect(promoted.code, promoted.err()).toBe(0);
    expect(promoted.out()).toContain('promoted: deployment/web runs the new template; removed deployment/web-canary');
    const live = await c.json('get', 'deployment/web');
    expect(image(live)).toBe('deploy-kit/demo-app:v2');
    expect(live.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(await leftovers()).toEqual(clean);
  });

  it('abort sends everything back to stable and removes the canary; a deploy afterwards owns the template again', async () => {
    await halfDone('v3');
    const aborted = await canary('abort');
    expect(aborted.code, aborted.err()).toBe(0);
    expect(aborted.out()).toContain('removed deployment/web-canary, service/web-canary');
    expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
    expect(await leftovers()).toEqual(clean);
    const { runtime, outcome } = await c.deploy({ manifests: writeManifest('v4.yaml', webYaml('v4')), version: 'v4' });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
  });
});
