import { expect, it } from 'vitest';
import { describeClusters } from './deploy-harness.js';
import { deploymentYaml, writeManifest } from './deploy-targets.js';

const FAST = { 'fail-fast-grace': '2s', timeout: '3m' };
const image = (d: any) => d.spec.template.spec.containers[0].image;

describeClusters('rollback', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));
  let recordOfV2 = '';

  it('a gate failing after a successful rollout rolls back from the record to exactly what ran before', async () => {
    for (const [version, tag] of [
      ['v1', '1'],
      ['v2', '2'],
    ]) {
      const { runtime, outcome } = await c.deploy({
        manifests: web,
        images: `registry.local/web=registry.local/web:${tag}`,
        version,
        ...FAST,
      });
      expect(outcome, runtime.failures.join('\n')).toBe('passed');
      recordOfV2 = runtime.outputs.record;
    }
    const { runtime, outcome } = await c.rollback({ record: recordOfV2, reason: 'smoke tests failed', timeout: '2m' });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.outputs['rolled-back']).toBe('true');
    expect(JSON.parse(runtime.outputs.revisions)).toEqual({ 'deployment/web': 3 });
    expect(JSON.parse(runtime.outputs.images)).toEqual({ 'deployment/web': { app: 'registry.local/web:1' } });
    const live = await c.json('get', 'deployment/web');
    expect(image(live)).toBe('registry.local/web:1');
    expect(live.metadata.annotations['deploy-kit.dev/rollback-reason']).toBe('smoke tests failed');
    expect(live.metadata.annotations['deploy-kit.dev/rolled-back-from']).toBe('v2');
    expect(live.metadata.annotations['deploy-kit.dev/version']).toBe('v1');
    expect(live.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3');
    expect(runtime.summaries).toContain('| deployment/web | rolled-back | 2 -&gt; 3 |');
  });

  it('is idempotent: the same record a second time changes nothing', async () => {
    const before = await c.json('get', 'deployment/web');
    const { runtime, outcome } = await c.rollback({ record: recordOfV2, timeout: '1m' });
    expect(outcome).toBe('passed');
    expect(runtime.outputs['rolled-back']).toBe('false');
    const after = await c.json('get', 'deployment/web');
    expect(after.metadata.generation).toBe(before.metadata.generation);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(runtime.summaries).toContain('unchanged');
  });

  it("restores the record's target, not blindly revision N-1", async () => {
    const v3 = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web:3',
      version: 'v3',
      ...FAST,
    });
    expect(v3.outcome).toBe('passed');
    const { outcome } = await c.rollback({ record: recordOfV2, timeout: '2m' });
    expect(outcome).toBe('passed');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web:1');
  });

  it('a first deploy has nothing to roll back to: a clear message, and prune-new deletes what it created', async () => {
    const file = writeManifest(
      'fresh.yaml',
      `${deploymentYaml('fresh', 'registry.local/fresh:1')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fresh-config\ndata:\n  a: "1"\n`,
    );
    const deployed = await c.deploy({ manifests: file, ...FAST });
    expect(deployed.outcome).toBe('passed');
    const kept = await c.rollback({ record: deployed.runtime.outputs.record, timeout: '1m' });
    expect(kept.outcome).toBe('passed');
    expect(kept.runtime.outputs['rolled-back']).toBe('false');
    expect(kept.runtime.summaries).toContain('nothing to roll back to');
    expect((await c.target().kubectl(['-n', c.namespace(), 'get', 'deployment/fresh'])).code).toBe(0);
    const pruned = await c.rollback({ record: deployed.runtime.outputs.record, 'prune-new': 'true', timeout: '1m' });
    expect(pruned.outcome, pruned.runtime.failures.join('\n')).toBe('passed');
    expect(pruned.runtime.summaries).toContain('pruned');
    expect((await c.target().kubectl(['-n', c.namespace(), 'get', 'deployment/fresh'])).code).not.toBe(0);
    expect((await c.target().kubectl(['-n', c.namespace(), 'get', 'configmap/fresh-config'])).code).not.toBe(0);
  });

  it('first deploy that fails: the step says there was nothing to roll back to', async () => {
    const file = writeManifest(
      'first-bad.yaml',
      deploymentYaml('first-bad', 'registry.local/first-crashloop:1', { replicas: 1 }),
    );
    const { runtime, outcome } = await c.deploy({ manifests: file, ...FAST });
    expect(outcome).toBe('failed');
    expect(runtime.outputs.status).toBe('failed');
    expect(runtime.failures[0]).toContain('nothing to roll back to: this was the first deploy');
  });

  it('cross-check: history and live template equal what `kubectl rollout undo` produces on a twin', async () => {
    const files = {
      a: writeManifest('a.yaml', deploymentYaml('cross-a', 'registry.local/cross:1')),
      b: writeManifest('b.yaml', deploymentYaml('cross-b', 'registry.local/cross:1')),
    };
    const records: Record<string, string> = {};
    for (const tag of ['1', '2', '3']) {
      for (const [key, file] of Object.entries(files)) {
        const { runtime, outcome } = await c.deploy({
          manifests: file,
          images: `registry.local/cross=registry.local/cross:${tag}`,
          version: `v${tag}`,
          ...FAST,
        });
        expect(outcome, runtime.failures.join('\n')).toBe('passed');
        records[key] = runtime.outputs.record;
      }
    }
    const ours = await c.rollback({ workloads: 'deployment/cross-a', timeout: '2m' });
    expect(ours.outcome, ours.runtime.failures.join('\n')).toBe('passed');
    await c.kubectl('rollout', 'undo', 'deployment/cross-b');
    await c.kubectl('rollout', 'status', 'deployment/cross-b', '--timeout=60s');
    const history = async (name: string) =>
      (await c.kubectl('rollout', 'history', `deployment/${name}`)).replaceAll(name, 'X');
    expect(await history('cross-a')).toBe(await history('cross-b'));
    const template = async (name: string) =>
      JSON.stringify((await c.json('get', `deployment/${name}`)).spec.template).replaceAll(name, 'X');
    expect(await template('cross-a')).toBe(await template('cross-b'));
    const revisions = async (name: string) =>
      (await c.json('get', 'replicasets', '-l', `app=${name}`)).items
        .map(
          (rs: any) =>
            `${rs.metadata.annotations['deployment.kubernetes.io/revision']}:${rs.spec.template.spec.containers[0].image}:${rs.spec.replicas}`,
        )
        .sort();
    expect(await revisions('cross-a')).toEqual(await revisions('cross-b'));
    expect(image(await c.json('get', 'deployment/cross-a'))).toBe('registry.local/cross:2');
  });

  it('workloads mode rolls back to a given revision like `kubectl rollout undo --to-revision`', async () => {
    const { runtime, outcome } = await c.rollback({
      workloads: 'deployment/cross-a',
      'to-revision': '1',
      timeout: '2m',
    });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(image(await c.json('get', 'deployment/cross-a'))).toBe('registry.local/cross:1');
    const missing = await c.rollback({ workloads: 'deployment/cross-a', 'to-revision': '99', timeout: '1m' });
    expect(missing.outcome).toBe('failed');
    expect(missing.runtime.failures[0]).toContain('unable to find revision 99');
  });

  it('StatefulSet and DaemonSet with a bad image are rolled back from their ControllerRevisions', async () => {
    const yaml = (tag: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: store }
spec:
  serviceName: store
  replicas: 2
  selector: { matchLabels: { app: store } }
  template:
    metadata: { labels: { app: store } }
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{ name: app, image: "registry.local/store${tag}" }]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{ name: app, image: "registry.local/agent${tag}" }]
`;
    const good = await c.deploy({ manifests: writeManifest('sts.yaml', yaml(':1')), ...FAST, timeout: '40s' });
    expect(good.outcome, good.runtime.logs.map((l) => l.message).join('\n')).toBe('passed');
    const bad = await c.deploy({ manifests: writeManifest('sts-bad.yaml', yaml('-crashloop:2')), ...FAST });
    expect(bad.outcome, bad.runtime.logs.map((l) => l.message).join('\n')).toBe('failed');
    expect(bad.runtime.outputs.status, bad.runtime.failures.join('\n')).toBe('rolled-back');
    expect(image(await c.json('get', 'statefulset/store'))).toBe('registry.local/store:1');
    expect(image(await c.json('get', 'daemonset/agent'))).toBe('registry.local/agent:1');
    await c.kubectl('rollout', 'status', 'statefulset/store', '--timeout=60s');
    await c.kubectl('rollout', 'status', 'daemonset/agent', '--timeout=60s');
  }, 120_000);
});
