import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { writeManifest } from './deploy-targets.js';
import { describeProgressive, webYaml } from './progressive-harness.js';

const CRD = join(import.meta.dirname, '..', 'fixtures', 'gateway-api', 'httproute-crd.yaml');
// Opt-in: with this CRD installed the shared v1.20 apiserver (Debian Go 1.19 build) crashed twice with
// SIGSEGV in its object-count observer, taking the control plane down for everyone (see the report).
const INSTALL_CRD = process.env.DK_INSTALL_HTTPROUTE_CRD === '1';

describeProgressive('inputs', (c) => {
  const v2 = writeManifest('web-v2.yaml', webYaml('v2'));
  /** Everything a bad input must leave as it was. */
  const snapshot = async () => ({
    web: (await c.json('get', 'deployment/web')).metadata.resourceVersion,
    service: (await c.json('get', 'service/web')).metadata.resourceVersion,
    deployments: await c.names('deployments'),
    services: await c.names('services'),
  });

  beforeAll(async () => {
    if (c.cluster === 'real' && INSTALL_CRD) {
      const installed = await c.target().kubectl(['apply', '-f', CRD]);
      if (installed.code !== 0) throw new Error(installed.stderr);
    }
    await c.kubectl('create', 'service', 'clusterip', 'other', '--tcp=80:8080');
    const { runtime, outcome } = await c.deploy({ manifests: writeManifest('web.yaml', webYaml('v1')), version: 'v1' });
    if (outcome !== 'passed') throw new Error(runtime.failures.join('\n'));
  });

  it.each([
    [
      'an unknown strategy',
      { strategy: 'linear' },
      /input 'strategy': must be one of rolling, canary, blue-green, got 'linear'/,
    ],
    ['steps that do not end at 100%', { steps: '- 10%\n- analysis' }, /input 'steps': line 2: steps must end at 100%/],
    ['a weight out of range', { steps: '- 150%\n- 100%' }, /input 'steps': line 1: weight 150% is out of range/],
    ['a weight of 0', { steps: '- weight: 0\n- 100%' }, /input 'steps': line 1: weight 0 is out of range/],
    [
      'weights that shrink',
      { steps: '- 50%\n- 20%\n- 100%' },
      /input 'steps': line 2: weight 20% must be above the previous 50%/,
    ],
    ['an unknown step', { steps: '- 10%\n- wait: 1m\n- 100%' }, /input 'steps': line 2: unknown step 'wait'/],
    [
      'a Service that does not select the Deployment',
      { service: 'other' },
      /input 'service': service\/other does not select the pods of deployment\/web/,
    ],
    ['a Service that does not exist', { service: 'nope' }, /input 'service': service\/nope does not exist/],
    [
      'a bad analysis threshold',
      { analysis: 'perf:\n  - error_rate < lots' },
      /input 'analysis': line 2: perf: .*error_rate < lots/,
    ],
    [
      'weights in a blue-green',
      { strategy: 'blue-green', steps: '- 50%\n- 100%' },
      /input 'steps': line 1: blue-green takes no weights/,
    ],
  ])('%s: a clear error naming the input, nothing changed', async (_what, inputs, message) => {
    const before = await snapshot();
    const { runtime, outcome } = await c.deploy({ manifests: v2, strategy: 'canary', version: 'v2', ...inputs });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('gateway-api with a missing HTTPRoute: names http-route, nothing changed', async () => {
    const before = await snapshot();
    const { runtime, outcome } = await c.deploy({
      manifests: v2,
      strategy: 'canary',
      'traffic-mode': 'gateway-api',
      'http-route': 'web',
      version: 'v2',
    });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toMatch(
      c.cluster === 'real' && INSTALL_CRD
        ? /input 'http-route': httproute\/web does not exist in namespace progressive-inputs-/
        : /input 'http-route': the cluster does not serve HTTPRoute \(gateway.networking.k8s.io\/v1\): install the Gateway API CRDs, or use traffic-mode replicas/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('ingress-nginx without the ingress input: names ingress, nothing changed', async () => {
    const before = await snapshot();
    const { runtime, outcome } = await c.deploy({ manifests: v2, strategy: 'canary', 'traffic-mode': 'ingress-nginx' });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toMatch(/input 'ingress': traffic-mode ingress-nginx needs the name of the Ingress/);
    expect(await snapshot()).toEqual(before);
  });
});
