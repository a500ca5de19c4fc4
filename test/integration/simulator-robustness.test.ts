import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { connect, eventually, type Cluster } from '../conformance/helpers.js';

let sim: SimulatorHandle;
let c: Cluster;

/** Small seeded PRNG so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const PATHS = [
  '/api/v1/namespaces/fuzz/configmaps',
  '/api/v1/namespaces/fuzz/configmaps/one',
  '/apis/apps/v1/namespaces/fuzz/deployments',
  '/apis/apps/v1/namespaces/fuzz/deployments/web',
  '/apis/apps/v1/namespaces/fuzz/deployments/web/scale',
  '/apis/apps/v1/namespaces/fuzz/deployments/web/status',
  '/api/v1/namespaces/fuzz/pods/p/status',
  '/api/v1/namespaces',
  '/api/v1/namespaces/fuzz',
  '/api/v1/nodes/x',
  '/apis/apps/v1/namespaces/fuzz/statefulsets/s',
  '/apis/nope/v9/things',
  '/api/v2/pods',
  '/%zz/%%',
  '/api/v1/namespaces/fuzz/configmaps/one/extra/segments',
  `/api/v1/${'x'.repeat(5000)}`,
  '/api/v1/namespaces/fuzz/configmaps?labelSelector=a%20in%20(',
  '/api/v1/namespaces/fuzz/configmaps?fieldSelector=spec.bogus=1',
  '/api/v1/namespaces/fuzz/configmaps?watch=true&resourceVersion=abc',
  '/apis/apps/v1/namespaces/fuzz/deployments?watch=1&timeoutSeconds=1',
  '/openapi/v3/apis/nope/v1',
  '/apis/apps',
  '/apis/apps/v1',
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const TYPES = [
  'application/json',
  'application/yaml',
  'application/apply-patch+yaml',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/json-patch+json',
  'application/vnd.kubernetes.protobuf',
  'text/plain',
];
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const BODIES = [
  '',
  '{',
  '{"apiVersion":',
  'null',
  '42',
  '"str"',
  '[]',
  '[{"op":"explode"}]',
  '[{"op":"add","path":"nope","value":1}]',
  '{}',
  '{"metadata":"x"}',
  '{"metadata":{"name":5,"labels":7}}',
  '{"metadata":{"name":"web","labels":{"a":{"b":1}}},"spec":5}',
  '{"metadata":{"name":"web"},"spec":{"replicas":"many","selector":[],"template":{"spec":{"containers":"x"}}}}',
  '{"metadata":{"name":"web"},"spec":{"replicas":-3,"template":{"spec":{"containers":[null,1,{"name":7}]}}}}',
  '{"spec":{"template":{"spec":{"containers":[{"name":"c","$patch":"delete"}],"$setElementOrder/containers":5}}}}',
  '{"metadata":{"name":"one","ownerReferences":"x","finalizers":{"a":1}},"data":{"bad key!":1}}',
  'a: &a [*a, *a]\nb: *a',
  'key: [unclosed',
  '\u0000\u0001\u0002binary',
  deep(5000),
  JSON.stringify({ metadata: { name: 'x'.repeat(400) } }),
  '{"apiVersion":"v1","kind":"Status"}',
  '{"propagationPolicy":"Sideways"}',
  '{"spec":{"replicas":1e309}}',
  '{"__proto__":{"polluted":true},"metadata":{"name":"proto"}}',
];

beforeAll(async () => {
  sim = await startSimulator({ podReadyDelayMs: 50 });
  c = connect('fuzz', sim.kubeconfigPath);
  await c.core.createNamespace({ body: { metadata: { name: 'fuzz' } } });
  await c.core.createNamespacedConfigMap({ namespace: 'fuzz', body: { metadata: { name: 'one' }, data: { k: 'v' } } });
});
afterAll(async () => {
  c?.close();
  await sim?.stop();
});

describe('simulator robustness', () => {
  it.each([20261123, 7, 4242])(
    'answers 400 random malformed requests (seed %i) with Status objects, never a crash or a 5xx beyond the apiserver ones',
    async (seed) => {
      const random = rng(seed);
      const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
      const failures: string[] = [];
      for (let i = 0; i < 400; i++) {
        const [method, path, type, body] = [pick(METHODS), pick(PATHS), pick(TYPES), pick(BODIES)];
        const res = await c
          .raw(method, path, method === 'GET' || method === 'OPTIONS' ? undefined : body, type)
          .catch((err: Error) => ({ status: 599, body: err.message }));
        const isWatch = /watch=/.test(path) && method === 'GET' && res.status === 200;
        // kube-apiserver answers a server-side apply whose body does not fit the schema with 500
        // "failed to create typed patch object" (see test/conformance/cases-validation.ts); so does the simulator.
        const status = res.body as { kind?: string; code?: number; message?: string } | string | undefined;
        const answer = typeof status === 'object' ? status : {};
        const typedPatch = res.status === 500 && /^failed to create typed patch object/.test(answer.message ?? '');
        const bad =
          (res.status >= 500 && !typedPatch) ||
          (res.status >= 400 && !(answer.kind === 'Status' && answer.code === res.status));
        if (bad && !isWatch)
          failures.push(
            `${method} ${path.slice(0, 80)} [${type}] ${body.slice(0, 60)} -> ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
          );
      }
      expect(failures).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('rejects bodies over the 3 MiB limit with 413 and keeps serving', async () => {
    const huge = JSON.stringify({ metadata: { name: 'huge' }, data: { k: 'x'.repeat(4 * 1024 * 1024) } });
    const res = await c.raw('POST', '/api/v1/namespaces/fuzz/configmaps', huge);
    expect(res).toMatchObject({ status: 413, body: { kind: 'Status', reason: 'RequestEntityTooLarge', code: 413 } });
  });

  it('still works after the fuzzing: the controllers roll out a deployment', async () => {
    expect((await c.raw('GET', '/version')).status).toBe(200);
    await eventually(
      async () => ((await c.core.listNamespace()).items.some((n) => n.metadata?.name === 'fuzz') ? undefined : true),
      10_000,
      'fuzzed namespace gone',
    );
    await c.core.createNamespace({ body: { metadata: { name: 'fuzz' } } });
    await c.apps.createNamespacedDeployment({
      namespace: 'fuzz',
      body: {
        metadata: { name: 'after' },
        spec: {
          replicas: 2,
          selector: { matchLabels: { a: 'after' } },
          template: { metadata: { labels: { a: 'after' } }, spec: { containers: [{ name: 'c', image: 'x:1' }] } },
        },
      },
    });
    await eventually(
      async () =>
        (await c.apps.readNamespacedDeployment({ namespace: 'fuzz', name: 'after' })).status?.availableReplicas === 2
          ? true
          : undefined,
      20_000,
      'rollout after fuzz',
    );
  });
});
