import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KubeObject } from '../../src/core/kube/types.js';
import { writeManifest } from './deploy-targets.js';
import { describeProgressive, webYaml, type Live } from './progressive-harness.js';

const CRD = join(import.meta.dirname, '..', 'fixtures', 'gateway-api', 'httproute-crd.yaml');
// Opt-in: the shared v1.20 apiserver crashed (SIGSEGV in its object-count observer) with this CRD installed.
const INSTALL_CRD = process.env.DK_INSTALL_HTTPROUTE_CRD === '1';
const image = (d: Live) => d.spec.template.spec.containers[0].image;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web }
spec:
  parentRefs: [{ name: shop }]
  rules:
    - backendRefs: [{ name: web, port: 80 }]
`;
const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: web, port: { number: 80 } } }
`;

type Route = KubeObject & { spec: { rules: { backendRefs: Record<string, unknown>[] }[] } };

// The simulator serves neither HTTPRoute nor Ingress yet: these modes are checked on the real control plane.
describeProgressive('routes', (c) => {
  const real = c.cluster === 'real';
  beforeAll(async () => {
    if (!real) return;
    if (INSTALL_CRD) {
      const installed = await c.target().kubectl(['apply', '-f', CRD]);
      if (installed.code !== 0) throw new Error(installed.stderr);
      await c.target().kubectl(['-n', c.namespace(), 'apply', '-f', '-'], ROUTE);
    }
    await c.target().kubectl(['-n', c.namespace(), 'apply', '-f', '-'], INGRESS);
    const { runtime, outcome } = await c.deploy({ manifests: writeManifest('v1.yaml', webYaml('v1')), version: 'v1' });
    if (outcome !== 'passed') throw new Error(runtime.failures.join('\n'));
  });
  const halfDone = async (
    version: string,
    traffic: { mode: 'gateway-api' | 'ingress-nginx'; route?: string; ingress?: string },
  ) => {
    // A failure here shows as the poll below timing out; it must not become an unhandled rejection.
    c.core({
      deployment: parse(webYaml(version).split('---')[0]) as KubeObject,
      steps: '- 25%\n- analysis\n- 100%',
      version,
      traffic,
      phase: (title, fn) => (title.includes('step 2/') ? new Promise<never>(() => undefined) : fn()),
    }).catch(() => undefined);
    await expect
      .poll(async () => (await c.json('get', 'deployment/web')).metadata.annotations?.['deploy-kit.dev/progressive'], {
        timeout: 30_000,
      })
      .toContain('"step":1');
  };
  const canary = (version: string, extra: Record<string, string>) =>
    c.deploy({
      manifests: writeManifest(`${version}.yaml`, webYaml(version)),
      strategy: 'canary',
      steps: '- 25%\n- analysis\n- 100%',
      version,
      'fail-fast-grace': '3s',
      ...extra,
    });

  it.skipIf(!real || !INSTALL_CRD)(
    'gateway-api: the HTTPRoute carries 75/25 weights mid-canary, one backend again after promotion',
    async () => {
      await halfDone('v2', { mode: 'gateway-api', route: 'web' });
      const route = (await c.json('get', 'httproute/web')) as unknown as Route;
      expect(route.spec.rules[0].backendRefs).toEqual([
        { name: 'web', port: 80, weight: 75 },
        { name: 'web-canary', port: 80, weight: 25 },
      ]);
      // The stable Service must not select the canary pods: they lost its selector label.
      const pods = (await c.json('get', 'pods', '-l', 'deploy-kit.dev/track=canary')) as unknown as {
        items: KubeObject[];
      };
      expect(pods.items.length).toBe(1);
      expect(pods.items[0].metadata.labels?.app).toBeUndefined();
      const { runtime, outcome } = await canary('v2', { 'traffic-mode': 'gateway-api', 'http-route': 'web' });
      expect(outcome, runtime.failures.join('\n')).toBe('passed');
      expect(runtime.summaries).toContain('Resumed a half-done release at step 2');
      const after = (await c.json('get', 'httproute/web')) as unknown as Route;
      expect(after.spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
      expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v2');
      expect(await c.names('services')).toEqual(['web']);
    },
  );

  it.skipIf(!real)(
    'ingress-nginx: a canary Ingress with canary-weight 25 mid-canary, gone after the release',
    async () => {
      await halfDone('v3', { mode: 'ingress-nginx', ingress: 'web' });
      const ingress = await c.json('get', 'ingress/web-canary');
      expect(ingress.metadata.annotations).toMatchObject({
        'nginx.ingress.kubernetes.io/canary': 'true',
        'nginx.ingress.kubernetes.io/canary-weight': '25',
      });
      expect(JSON.stringify(ingress.spec)).toContain('"name":"web-canary"');
      // Another version: the re-run first aborts the half-done canary (its Ingress goes), then runs its own.
      const { runtime, outcome } = await canary('v3b', { 'traffic-mode': 'ingress-nginx', ingress: 'web' });
      expect(outcome, runtime.failures.join('\n')).toBe('passed');
      expect(runtime.summaries).toMatch(/aborted the half-done canary of another template/);
      expect(await c.names('ingresses')).toEqual(['web']);
      expect(image(await c.json('get', 'deployment/web'))).toBe('deploy-kit/demo-app:v3b');
    },
  );
});
