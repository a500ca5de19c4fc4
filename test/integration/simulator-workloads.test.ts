import { AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { eventually } from '../conformance/helpers.js';

let sim: SimulatorHandle;
let apps: AppsV1Api;
let core: CoreV1Api;
const ns = 'sim-workloads';

function deployment(
  name: string,
  image: string,
  opts: { replicas?: number; env?: Record<string, string>; probe?: boolean; strategy?: object; paused?: boolean } = {},
): V1Deployment {
  return {
    metadata: { name, namespace: ns },
    spec: {
      replicas: opts.replicas ?? 1,
      paused: opts.paused,
      selector: { matchLabels: { app: name } },
      ...(opts.strategy ? { strategy: opts.strategy } : {}),
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              env: Object.entries(opts.env ?? {}).map(([k, v]) => ({ name: k, value: v })),
              ...(opts.probe ? { readinessProbe: { httpGet: { path: '/healthz', port: 8080 } } } : {}),
            },
          ],
        },
      },
    },
  };
}

async function get(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

const ready = (name: string, n: number) =>
  eventually(
    async () =>
      (await apps.readNamespacedDeployment({ name, namespace: ns })).status?.availableReplicas === n ? true : undefined,
    20_000,
    `${name} ready`,
  );

beforeAll(async () => {
  sim = await startSimulator({ podReadyDelayMs: 100, slowReadyMs: 4000, crashPeriodMs: 500 });
  const kc = new KubeConfig();
  kc.loadFromString(sim.kubeconfig);
  apps = kc.makeApiClient(AppsV1Api);
  core = kc.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: ns } } });
});
afterAll(async () => sim?.stop());

describe('simulator workloads', () => {
  it('runs demo-app pods and routes a Service to the ready pods, following a rollout', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('shop', 'ghcr.io/acme/deploy-kit/demo-app:1.0.0', {
        replicas: 2,
        env: { VERSION: '1.0.0' },
        probe: true,
      }),
    });
    const svc = await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: 'shop' },
        spec: { selector: { app: 'shop' }, ports: [{ port: 80, targetPort: 8080 }] },
      },
    });
    const url = sim.serviceUrl(ns, 'shop');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(svc.metadata?.annotations?.['sim.deploy-kit.dev/url']).toBe(url);
    await ready('shop', 2);
    expect(await get(`${url}/version`)).toEqual({ status: 200, body: { version: '1.0.0' } });
    const ep = await eventually(
      async () => {
        const e = await core.readNamespacedEndpoints({ namespace: ns, name: 'shop' });
        return e.subsets?.[0]?.addresses?.length === 2 ? e : undefined;
      },
      10_000,
      'two ready endpoints',
    );
    expect(ep.subsets?.[0].ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(ep.subsets?.[0].addresses?.every((a) => a.targetRef?.kind === 'Pod' && /^10\.244\./.test(a.ip))).toBe(true);
    expect(await get(`${url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    const items = await get(`${url}/api/items`);
    expect(items.body.items.length).toBeGreaterThan(0);
    const echo = await fetch(`${url}/api/echo`, {
      method: 'POST',
      body: JSON.stringify({ hello: 'sim' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(((await echo.json()) as { echo: unknown }).echo).toEqual({ hello: 'sim' });
    const pods = (await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=shop' })).items;
    const logs = (
      await Promise.all(pods.map((p) => core.readNamespacedPodLog({ namespace: ns, name: p.metadata!.name! })))
    ).join('');
    expect(logs).toContain('demo-app 1.0.0 listening on 127.0.0.1:');
    expect(logs).toMatch(/GET \/version 200 \d+ms/);
    await apps.patchNamespacedDeployment({
      namespace: ns,
      name: 'shop',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/env/0/value', value: '2.0.0' }],
    });
    await eventually(
      async () => ((await get(`${url}/version`)).body.version === '2.0.0' ? true : undefined),
      20_000,
      'v2 served',
    );
    await ready('shop', 2);
    const versions = new Set(
      await Promise.all([1, 2, 3, 4].map(async () => (await get(`${url}/version`)).body.version)),
    );
    expect([...versions]).toEqual(['2.0.0']);
  });

  it('keeps a release whose health endpoint fails out of the Service (HEALTH_FAIL with a readiness probe)', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('sick', 'deploy-kit/demo-app:2', { env: { HEALTH_FAIL: 'true' }, probe: true }),
    });
    await core.createNamespacedService({
      namespace: ns,
      body: { metadata: { name: 'sick' }, spec: { selector: { app: 'sick' }, ports: [{ port: 80 }] } },
    });
    const pod = await eventually(
      async () => {
        const p = (await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=sick' })).items[0];
        return p?.status?.phase === 'Running' ? p : undefined;
      },
      20_000,
      'running pod',
    );
    await new Promise((r) => setTimeout(r, 500));
    const again = await core.readNamespacedPod({ namespace: ns, name: pod.metadata!.name! });
    expect(again.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
    const res = await fetch(`${sim.serviceUrl(ns, 'sick')}/version`);
    expect(res.status).toBe(503);
  });

  it('applies the image failure conventions with kubelet Events', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('crash', 'example/crashloop:1') });
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('pull', 'example/nonexistent:1') });
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('boom', 'deploy-kit/demo-app:3', { env: { CRASH_ON_START: 'true' } }),
    });
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('slow', 'example/slow-start:1') });
    const waiting = async (app: string) =>
      (await core.listNamespacedPod({ namespace: ns, labelSelector: `app=${app}` })).items[0]?.status
        ?.containerStatuses?.[0];
    const slowStarted = await eventually(
      async () => ((await waiting('slow'))?.state?.running ? waiting('slow') : undefined),
      20_000,
      'slow pod running',
    );
    expect(slowStarted?.ready).toBe(false);
    await eventually(
      async () => (((await waiting('crash'))?.restartCount ?? 0) >= 2 ? true : undefined),
      20_000,
      'restarts growing',
    );
    expect((await waiting('crash'))?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect((await waiting('pull'))?.state?.waiting?.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
    await eventually(
      async () => ((await waiting('pull'))?.state?.waiting?.reason === 'ImagePullBackOff' ? true : undefined),
      20_000,
      'ImagePullBackOff',
    );
    await eventually(
      async () => ((await waiting('boom'))?.state?.waiting?.reason === 'CrashLoopBackOff' ? true : undefined),
      20_000,
      'CRASH_ON_START crash loop',
    );
    await eventually(async () => ((await waiting('slow'))?.ready ? true : undefined), 20_000, 'slow pod ready');
    const events = (await core.listNamespacedEvent({ namespace: ns })).items;
    const reasons = new Set(events.map((e) => `${e.involvedObject.kind}/${e.reason}`));
    for (const r of [
      'Pod/Scheduled',
      'Pod/Started',
      'Pod/BackOff',
      'Pod/Failed',
      'ReplicaSet/SuccessfulCreate',
      'Deployment/ScalingReplicaSet',
    ])
      expect(reasons).toContain(r);
    const failed = events.filter((e) => e.reason === 'Failed').map((e) => e.message);
    expect(failed).toContain('Error: ErrImagePull');
    expect(failed.some((m) => m?.startsWith('Failed to pull image "example/nonexistent:1"'))).toBe(true);
  });

  it('never exceeds maxSurge or drops below maxUnavailable during a rolling update', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('surge', 'example/app:1', {
        replicas: 4,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    });
    await ready('surge', 4);
    let maxPods = 0;
    let minAvailable = 4;
    const stop = setInterval(async () => {
      const rss = (await apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=surge' })).items;
      maxPods = Math.max(
        maxPods,
        rss.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0),
      );
      minAvailable = Math.min(
        minAvailable,
        rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0),
      );
    }, 20);
    await apps.patchNamespacedDeployment({
      namespace: ns,
      name: 'surge',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'example/app:2' }],
    });
    await eventually(
      async () => {
        const d = await apps.readNamespacedDeployment({ name: 'surge', namespace: ns });
        return d.status?.updatedReplicas === 4 && d.status?.availableReplicas === 4 && d.status?.replicas === 4
          ? true
          : undefined;
      },
      30_000,
      'rollout done',
    );
    clearInterval(stop);
    expect(maxPods).toBe(5);
    expect(minAvailable).toBe(4);
  });

  it('does not roll out a paused deployment until it is resumed, and Recreate scales old pods away first', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: deployment('held', 'example/app:1', { strategy: { type: 'Recreate' } }),
    });
    await ready('held', 1);
    await apps.patchNamespacedDeployment({
      namespace: ns,
      name: 'held',
      body: [
        { op: 'add', path: '/spec/paused', value: true },
        { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'example/app:2' },
      ],
    });
    await new Promise((r) => setTimeout(r, 800));
    expect((await apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=held' })).items.length).toBe(1);
    const paused = await apps.readNamespacedDeployment({ name: 'held', namespace: ns });
    expect(paused.status?.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('DeploymentPaused');
    await apps.patchNamespacedDeployment({
      namespace: ns,
      name: 'held',
      body: [{ op: 'replace', path: '/spec/paused', value: false }],
    });
    await eventually(
      async () => {
        const rss = (await apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=held' })).items;
        return rss.length === 2 &&
          rss.find((rs) => rs.spec?.template?.spec?.containers[0].image === 'example/app:2')?.status
            ?.availableReplicas === 1
          ? true
          : undefined;
      },
      20_000,
      'recreated',
    );
    const d = await apps.readNamespacedDeployment({ name: 'held', namespace: ns });
    expect(d.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('deletes pods gracefully: Terminating with a deletionTimestamp, then gone; gracePeriodSeconds=0 is immediate', async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: 'graceful' }, spec: { containers: [{ name: 'c', image: 'example/app:1' }] } },
    });
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: 'forced' }, spec: { containers: [{ name: 'c', image: 'example/app:1' }] } },
    });
    await eventually(
      async () => ((await core.readNamespacedPod({ namespace: ns, name: 'forced' })).spec?.nodeName ? true : undefined),
      10_000,
      'scheduled',
    );
    await eventually(
      async () =>
        (await core.readNamespacedPod({ namespace: ns, name: 'graceful' })).spec?.nodeName ? true : undefined,
      10_000,
      'scheduled',
    );
    const terminating = await core.deleteNamespacedPod({ namespace: ns, name: 'graceful' });
    expect(terminating.metadata?.deletionTimestamp).toBeDefined();
    expect(terminating.metadata?.deletionGracePeriodSeconds).toBe(30);
    await core.deleteNamespacedPod({ namespace: ns, name: 'forced', gracePeriodSeconds: 0 });
    expect((await core.listNamespacedPod({ namespace: ns, fieldSelector: 'metadata.name=forced' })).items).toEqual([]);
    await eventually(
      async () =>
        (await core.listNamespacedPod({ namespace: ns, fieldSelector: 'metadata.name=graceful' })).items.length === 0
          ? true
          : undefined,
      10_000,
      'terminated',
    );
    const killing = (await core.listNamespacedEvent({ namespace: ns })).items.filter(
      (e) => e.involvedObject.name === 'graceful' && e.reason === 'Killing',
    );
    expect(killing.length).toBe(1);
  });
});
