import { request as httpsRequest } from 'node:https';
import { AppsV1Api, CoreV1Api, KubeConfig, Watch } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { connect, eventually, expectApiError, type Cluster } from '../conformance/helpers.js';

let sim: SimulatorHandle;
let c: Cluster;
let apps: AppsV1Api;
let core: CoreV1Api;
const ns = 'sim-api';
const cm = (name: string, data: Record<string, string> = { k: 'v' }) => ({ metadata: { name, namespace: ns }, data });

beforeAll(async () => {
  sim = await startSimulator({ podReadyDelayMs: 50, bookmarkMs: 200 });
  c = connect('sim-api', sim.kubeconfigPath);
  apps = c.apps;
  core = c.core;
  await core.createNamespace({ body: { metadata: { name: ns } } });
});
afterAll(async () => {
  c?.close();
  await sim?.stop();
});

function watchLines(path: string): Promise<{ lines: string[]; status: number }> {
  return c.raw('GET', path).then((r) => ({
    status: r.status,
    lines: String(typeof r.body === 'string' ? r.body : JSON.stringify(r.body))
      .trim()
      .split('\n'),
  }));
}

describe('simulator API machinery', () => {
  it('refuses requests without the bearer token (401 Status) but serves /version and /healthz', async () => {
    const ca = Buffer.from(/certificate-authority-data: (\S+)/.exec(sim.kubeconfig)![1], 'base64').toString();
    const call = (path: string, token?: string) =>
      new Promise<{ status: number; body: any }>((resolve, reject) => {
        const req = httpsRequest(
          `${sim.url}${path}`,
          { ca, headers: token ? { Authorization: `Bearer ${token}` } : {} },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: text.startsWith('{') ? JSON.parse(text) : text }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect(await call('/api/v1/namespaces')).toMatchObject({
      status: 401,
      body: { kind: 'Status', reason: 'Unauthorized', code: 401 },
    });
    expect((await call('/api/v1/namespaces', 'wrong-token')).status).toBe(401);
    expect((await call('/api/v1/namespaces', sim.token)).status).toBe(200);
    expect(await call('/healthz')).toEqual({ status: 200, body: 'ok' });
    expect((await c.raw('GET', '/version')).body.gitVersion).toContain('deploy-kit-simulator');
  });

  it('resumes watches from a resourceVersion, answers 410 Expired once history is compacted, and sends bookmarks', async () => {
    const rv = (await core.listNamespacedConfigMap({ namespace: ns })).metadata!.resourceVersion!;
    await core.createNamespacedConfigMap({ namespace: ns, body: cm('resume-1') });
    await core.createNamespacedConfigMap({ namespace: ns, body: cm('resume-2') });
    const replay = await watchLines(
      `/api/v1/namespaces/${ns}/configmaps?watch=true&resourceVersion=${rv}&timeoutSeconds=1`,
    );
    expect(replay.lines.map((l) => `${JSON.parse(l).type} ${JSON.parse(l).object.metadata.name}`)).toEqual([
      'ADDED resume-1',
      'ADDED resume-2',
    ]);
    sim.faults.compactHistory();
    const gone = await watchLines(`/api/v1/namespaces/${ns}/configmaps?watch=true&resourceVersion=${rv}`);
    expect(gone.status).toBe(200);
    expect(JSON.parse(gone.lines[0])).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired' },
    });
    const bm = await watchLines(
      `/api/v1/namespaces/${ns}/configmaps?watch=true&allowWatchBookmarks=true&resourceVersion=${(await core.listNamespacedConfigMap({ namespace: ns })).metadata!.resourceVersion}&timeoutSeconds=1`,
    );
    expect(bm.lines.some((l) => JSON.parse(l).type === 'BOOKMARK')).toBe(true);
  });

  it('injects latency, 429/500/503 bursts, update conflicts and dropped watches', async () => {
    sim.faults.failNext(2, 429);
    expect(await c.raw('GET', `/api/v1/namespaces/${ns}/configmaps`)).toMatchObject({
      status: 429,
      body: { kind: 'Status', reason: 'TooManyRequests', code: 429 },
    });
    expect((await c.raw('GET', `/api/v1/namespaces/${ns}/configmaps`)).status).toBe(429);
    expect((await c.raw('GET', `/api/v1/namespaces/${ns}/configmaps`)).status).toBe(200);
    sim.faults.failNext(1, 503, /deployments/);
    expect((await c.raw('GET', `/api/v1/namespaces/${ns}/configmaps`)).status).toBe(200);
    expect((await c.raw('GET', `/apis/apps/v1/namespaces/${ns}/deployments`)).body.reason).toBe('ServiceUnavailable');
    await core.createNamespacedConfigMap({ namespace: ns, body: cm('faulty') });
    sim.faults.conflictNextUpdates(1);
    const conflict = await expectApiError(
      core.patchNamespacedConfigMap({
        namespace: ns,
        name: 'faulty',
        body: [{ op: 'replace', path: '/data/k', value: 'x' }],
      }),
    );
    expect(conflict).toMatchObject({ code: 409, reason: 'Conflict' });
    await core.patchNamespacedConfigMap({
      namespace: ns,
      name: 'faulty',
      body: [{ op: 'replace', path: '/data/k', value: 'x' }],
    });
    sim.faults.setLatency(300);
    const t0 = Date.now();
    await core.readNamespacedConfigMap({ namespace: ns, name: 'faulty' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    sim.faults.reset();
    let ended = false;
    const abort = await new Watch(c.kc).watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      {},
      () => undefined,
      () => void (ended = true),
    );
    await new Promise((r) => setTimeout(r, 200));
    sim.faults.dropWatches();
    await eventually(async () => (ended ? true : undefined), 5000, 'watch ended');
    abort.abort();
  });

  it('patches: strategic merge by name for containers and env, $patch delete, merge patch, json patch test failures', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: 'patchy' },
        spec: {
          selector: { matchLabels: { a: 'p' } },
          template: {
            metadata: { labels: { a: 'p' } },
            spec: {
              containers: [
                {
                  name: 'main',
                  image: 'x:1',
                  env: [
                    { name: 'A', value: '1' },
                    { name: 'B', value: '2' },
                  ],
                },
                { name: 'side', image: 'y:1' },
              ],
            },
          },
        },
      },
    });
    const smp = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/patchy`,
      JSON.stringify({
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'main',
                  env: [
                    { name: 'B', value: 'two' },
                    { name: 'A', $patch: 'delete' },
                  ],
                },
                { name: 'side', $patch: 'delete' },
              ],
            },
          },
        },
      }),
      'application/strategic-merge-patch+json',
    );
    expect(smp.status).toBe(200);
    expect(smp.body.spec.template.spec.containers).toMatchObject([
      { name: 'main', image: 'x:1', env: [{ name: 'B', value: 'two' }] },
    ]);
    expect(smp.body.metadata.generation).toBe(2);
    const merge = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/patchy`,
      JSON.stringify({ metadata: { labels: { team: 'x' } }, spec: { replicas: 3 } }),
      'application/merge-patch+json',
    );
    expect(merge.body).toMatchObject({ metadata: { labels: { team: 'x' } }, spec: { replicas: 3 } });
    const test = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/patchy`,
      JSON.stringify([{ op: 'test', path: '/spec/replicas', value: 9 }]),
      'application/json-patch+json',
    );
    expect(test).toMatchObject({ status: 422, body: { kind: 'Status', reason: 'Invalid' } });
    const missing = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/patchy`,
      JSON.stringify([{ op: 'remove', path: '/spec/nothing/here' }]),
      'application/json-patch+json',
    );
    expect(missing.status).toBe(422);
  });

  it('deletes with propagation (query or DeleteOptions body): orphan keeps dependents, foreground waits for them, namespaces cascade', async () => {
    const mk = async (name: string) => {
      await apps.createNamespacedDeployment({
        namespace: ns,
        body: {
          metadata: { name },
          spec: {
            replicas: 1,
            selector: { matchLabels: { gc: name } },
            template: { metadata: { labels: { gc: name } }, spec: { containers: [{ name: 'c', image: 'x:1' }] } },
          },
        },
      });
      await eventually(
        async () =>
          (await core.listNamespacedPod({ namespace: ns, labelSelector: `gc=${name}` })).items.length === 1
            ? true
            : undefined,
        10_000,
        'pod',
      );
    };
    await mk('orphaned');
    await apps.deleteNamespacedDeployment({
      namespace: ns,
      name: 'orphaned',
      body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Orphan' },
    });
    await eventually(
      async () =>
        (await apps.listNamespacedDeployment({ namespace: ns, fieldSelector: 'metadata.name=orphaned' })).items
          .length === 0
          ? true
          : undefined,
      10_000,
      'owner gone',
    );
    const rs = (await apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'gc=orphaned' })).items;
    expect(rs.length).toBe(1);
    expect(rs[0].metadata?.ownerReferences ?? []).toEqual([]);
    await mk('fg');
    await apps.deleteNamespacedDeployment({ namespace: ns, name: 'fg', propagationPolicy: 'Foreground' });
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns, labelSelector: 'gc=fg' })).items.length === 0 ? true : undefined,
      10_000,
      'pods gone',
    );
    await eventually(
      async () =>
        (await apps.listNamespacedDeployment({ namespace: ns, fieldSelector: 'metadata.name=fg' })).items.length === 0
          ? true
          : undefined,
      10_000,
      'owner gone after dependents',
    );
    await core.createNamespace({ body: { metadata: { name: 'sim-doomed' } } });
    await core.createNamespacedConfigMap({ namespace: 'sim-doomed', body: { metadata: { name: 'x' } } });
    const terminating = await core.deleteNamespace({ name: 'sim-doomed' });
    expect((terminating as any).status?.phase).toBe('Terminating');
    await eventually(
      async () =>
        (await core.listNamespace()).items.some((n) => n.metadata?.name === 'sim-doomed') ? undefined : true,
      10_000,
      'namespace gone',
    );
    expect((await expectApiError(core.readNamespacedConfigMap({ namespace: 'sim-doomed', name: 'x' }))).code).toBe(404);
  });

  it('supports generateName, dry-run, pagination and the scale subresource', async () => {
    const gen = await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { generateName: 'gen-' } } });
    expect(gen.metadata?.name).toMatch(/^gen-[a-z0-9]{5}$/);
    await core.createNamespacedConfigMap({ namespace: ns, body: cm('dry'), dryRun: 'All' });
    expect((await expectApiError(core.readNamespacedConfigMap({ namespace: ns, name: 'dry' }))).code).toBe(404);
    for (const i of [1, 2, 3]) await core.createNamespacedConfigMap({ namespace: ns, body: cm(`page-${i}`, {}) });
    const first = await c.raw('GET', `/api/v1/namespaces/${ns}/configmaps?limit=2`);
    expect(first.body.items.length).toBe(2);
    const rest = await c.raw(
      'GET',
      `/api/v1/namespaces/${ns}/configmaps?limit=100&continue=${first.body.metadata.continue}`,
    );
    expect(rest.body.metadata.continue).toBeUndefined();
    const all = (await core.listNamespacedConfigMap({ namespace: ns })).items.map((i) => i.metadata?.name);
    expect([...first.body.items, ...rest.body.items].map((i: any) => i.metadata.name)).toEqual(all);
  });

  it('rejects unknown fields with fieldValidation=Strict (400) and drops them otherwise', async () => {
    const body = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'strict' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { s: 't' } },
        template: {
          metadata: { labels: { s: 't' } },
          spec: { containers: [{ name: 'c', image: 'x:1', imagez: 'typo' }] },
        },
        bogus: true,
      },
    });
    const strict = await c.raw('POST', `/apis/apps/v1/namespaces/${ns}/deployments?fieldValidation=Strict`, body);
    expect(strict).toMatchObject({
      status: 400,
      body: {
        kind: 'Status',
        reason: 'BadRequest',
        message:
          'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagez", unknown field "spec.bogus"',
      },
    });
    const lax = await c.raw('POST', `/apis/apps/v1/namespaces/${ns}/deployments?fieldValidation=Ignore`, body);
    expect(lax.status).toBe(201);
    expect(lax.body.spec.bogus).toBeUndefined();
    expect(lax.body.spec.template.spec.containers[0]).not.toHaveProperty('imagez');
  });

  it('serves plain HTTP when tls is false (client-node sends the token)', async () => {
    const plain = await startSimulator({ tls: false });
    try {
      expect(plain.url).toMatch(/^http:\/\//);
      const kc = new KubeConfig();
      kc.loadFromString(plain.kubeconfig);
      const names = (await kc.makeApiClient(CoreV1Api).listNamespace()).items.map((n) => n.metadata?.name);
      expect(names).toContain('default');
      expect((await fetch(`${plain.url}/api/v1/namespaces`)).status).toBe(401);
    } finally {
      await plain.stop();
    }
  });
});
