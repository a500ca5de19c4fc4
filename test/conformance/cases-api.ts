import { spawn } from 'node:child_process';
import { Watch } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { deploymentYaml, eventually, expectApiError, type Cluster } from './helpers.js';

const cm = (
  ns: string,
  name: string,
  labels: Record<string, string> = {},
  data: Record<string, string> = { k: 'v' },
) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: ns, labels },
  data,
});

/** get/list/watch, optimistic-concurrency conflicts and the Status objects of bad requests. */
export function apiCases(cluster: () => Cluster): void {
  it('lists with label and field selectors; kubectl get -o json/yaml', async () => {
    const c = cluster();
    const ns = c.namespace;
    for (const [name, tier] of [
      ['sel-a', 'front'],
      ['sel-b', 'back'],
      ['sel-c', 'front'],
    ]) {
      await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, name, { tier, group: 'sel' }) });
    }
    const names = async (q: { labelSelector?: string; fieldSelector?: string }) =>
      (await c.core.listNamespacedConfigMap({ namespace: ns, ...q })).items.map((i) => i.metadata?.name);
    expect(await names({ labelSelector: 'tier=front' })).toEqual(['sel-a', 'sel-c']);
    expect(await names({ labelSelector: 'group=sel,tier!=front' })).toEqual(['sel-b']);
    expect(await names({ labelSelector: 'tier in (back,nothing)' })).toEqual(['sel-b']);
    expect(await names({ labelSelector: 'group=sel', fieldSelector: 'metadata.name=sel-c' })).toEqual(['sel-c']);
    const list = JSON.parse((await c.kubectl(['get', 'configmaps', '-n', ns, '-l', 'group=sel', '-o', 'json'])).stdout);
    expect(list.kind).toBe('List');
    expect(list.items.map((i: any) => `${i.kind}/${i.metadata.name}`)).toEqual([
      'ConfigMap/sel-a',
      'ConfigMap/sel-b',
      'ConfigMap/sel-c',
    ]);
    const yaml = await c.kubectl(['get', 'configmap', 'sel-b', '-n', ns, '-o', 'yaml']);
    expect(yaml.stdout).toMatch(/^apiVersion: v1\n(.*\n)*kind: ConfigMap\n/);
    expect(yaml.stdout).toContain('  name: sel-b\n');
    const names1 = await c.kubectl(['get', 'cm', '-n', ns, '-l', 'tier=back', '-o', 'name']);
    expect(names1.stdout.trim()).toBe('configmap/sel-b');
  });

  it('watches from a resourceVersion: ADDED, MODIFIED, DELETED in order, selector-filtered', async () => {
    const c = cluster();
    const ns = c.namespace;
    const start = (await c.core.listNamespacedConfigMap({ namespace: ns })).metadata?.resourceVersion;
    const seen: string[] = [];
    const watch = new Watch(c.kc);
    const abort = await watch.watch(
      `/api/v1/namespaces/${ns}/configmaps`,
      { resourceVersion: start, labelSelector: 'watch=me' },
      (type, obj) => seen.push(`${type} ${obj.metadata.name} ${obj.data?.k ?? ''}`),
      () => undefined,
    );
    try {
      await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'w1', { watch: 'me' }) });
      await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'ignored', { watch: 'no' }) });
      await c.core.patchNamespacedConfigMap({
        namespace: ns,
        name: 'w1',
        body: [{ op: 'replace', path: '/data/k', value: 'v2' }],
      });
      await c.core.deleteNamespacedConfigMap({ namespace: ns, name: 'w1' });
      await eventually(async () => (seen.length >= 3 ? true : undefined), 20_000, 'three watch events');
      expect(seen).toEqual(['ADDED w1 v', 'MODIFIED w1 v2', 'DELETED w1 v2']);
    } finally {
      abort.abort();
    }
  });

  it('kubectl get -w streams changes', async () => {
    const c = cluster();
    const ns = c.namespace;
    const child = spawn('/usr/bin/kubectl', [
      '--kubeconfig',
      c.kubeconfig,
      'get',
      'configmaps',
      '-n',
      ns,
      '-l',
      'kw=1',
      '-w',
      '-o',
      'name',
    ]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      await new Promise((r) => setTimeout(r, 1500));
      await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'kw-one', { kw: '1' }) });
      await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'kw-two', { kw: '1' }) });
      await eventually(async () => (out.includes('configmap/kw-two') ? true : undefined), 20_000, 'kubectl -w output');
      expect(out.trim().split('\n')).toEqual(['configmap/kw-one', 'configmap/kw-two']);
    } finally {
      child.kill();
    }
  });

  it('answers stale updates with 409 Conflict and duplicate creates with 409 AlreadyExists', async () => {
    const c = cluster();
    const ns = c.namespace;
    const created = await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'occ') });
    await c.core.replaceNamespacedConfigMap({ namespace: ns, name: 'occ', body: { ...created, data: { k: 'fresh' } } });
    const stale = await expectApiError(
      c.core.replaceNamespacedConfigMap({ namespace: ns, name: 'occ', body: { ...created, data: { k: 'stale' } } }),
    );
    expect(stale).toMatchObject({ code: 409, reason: 'Conflict', details: { name: 'occ', kind: 'configmaps' } });
    expect(stale.message).toBe(
      'Operation cannot be fulfilled on configmaps "occ": the object has been modified; please apply your changes to the latest version and try again',
    );
    const dup = await expectApiError(c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'occ') }));
    expect(dup).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'configmaps "occ" already exists' });
    const ssa = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/occ-ssa?fieldManager=one`,
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'occ-ssa' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { a: 'b' } },
          template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'example/app:1' }] } },
        },
      }),
      'application/apply-patch+yaml',
    );
    expect(ssa.status).toBe(201);
    const clash = await c.raw(
      'PATCH',
      `/apis/apps/v1/namespaces/${ns}/deployments/occ-ssa?fieldManager=two`,
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'occ-ssa' },
        spec: { replicas: 4 },
      }),
      'application/apply-patch+yaml',
    );
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({
      kind: 'Status',
      reason: 'Conflict',
      code: 409,
      details: {
        causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "one"', field: '.spec.replicas' }],
      },
    });
  });

  it('returns Status objects for bad requests: 404, 422 with causes, 400, 415', async () => {
    const c = cluster();
    const ns = c.namespace;
    const missing = await expectApiError(c.apps.readNamespacedDeployment({ name: 'nope', namespace: ns }));
    expect(missing).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'deployments.apps "nope" not found',
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
    });
    const kget = await c.kubectl(['get', 'deployment', 'nope', '-n', ns]);
    expect(kget.stderr.trim()).toBe('Error from server (NotFound): deployments.apps "nope" not found');
    const noNs = await expectApiError(
      c.core.createNamespacedConfigMap({ namespace: `${ns}-absent`, body: cm(`${ns}-absent`, 'x') }),
    );
    expect(noNs).toMatchObject({ code: 404, reason: 'NotFound', message: `namespaces "${ns}-absent" not found` });
    const bad = deploymentYaml(ns, 'invalid', 'example/app:1').replace(
      'matchLabels: {app: invalid}',
      'matchLabels: {app: other}',
    );
    const applied = await c.kubectl(['apply', '-f', '-'], bad);
    expect(applied.code).not.toBe(0);
    expect(applied.stderr).toContain(
      'The Deployment "invalid" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"invalid"}: `selector` does not match template `labels`',
    );
    const typo = await c.kubectl(
      ['apply', '-f', '-'],
      deploymentYaml(ns, 'typo', 'example/app:1').replace('  replicas: 1', '  replicaz: 1'),
    );
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/unknown field "(spec\.)?replicaz"/);
    expect((await c.kubectl(['get', 'deployment', 'typo', '-n', ns])).code).toBe(1);
    const badName = await c.raw('POST', `/api/v1/namespaces/${ns}/configmaps`, JSON.stringify(cm(ns, 'Bad_Name')));
    expect(badName.status).toBe(422);
    expect(badName.body).toMatchObject({
      kind: 'Status',
      reason: 'Invalid',
      details: {
        name: 'Bad_Name',
        kind: 'ConfigMap',
        causes: [{ reason: 'FieldValueInvalid', field: 'metadata.name' }],
      },
    });
    const malformed = await c.raw('POST', `/api/v1/namespaces/${ns}/configmaps`, '{"apiVersion": "v1", "kind": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'BadRequest', code: 400 });
    const badSelector = await c.raw(
      'GET',
      `/api/v1/namespaces/${ns}/configmaps?labelSelector=${encodeURIComponent('a in (b')}`,
    );
    expect(badSelector.status).toBe(400);
    expect(badSelector.body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    await c.core.createNamespacedConfigMap({ namespace: ns, body: cm(ns, 'patchme') });
    const badType = await c.raw('PATCH', `/api/v1/namespaces/${ns}/configmaps/patchme`, '{}', 'text/plain');
    expect(badType.status).toBe(415);
    expect(badType.body).toMatchObject({ kind: 'Status', reason: 'UnsupportedMediaType', code: 415 });
    const badPatch = await c.raw(
      'PATCH',
      `/api/v1/namespaces/${ns}/configmaps/patchme`,
      '{"op": "add"}',
      'application/json-patch+json',
    );
    expect(badPatch.status).toBe(400);
    expect(badPatch.body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    const unknown = await c.raw('GET', '/apis/apps/v1/namespaces/default/widgets');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
    });
  });
}

/** Leaf paths and values of a JSON value ("spec.replicas=2"), to compare what was sent with what was stored. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${prefix}=${JSON.stringify(value)}`];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** kubectl's typed `create` commands send protobuf bodies; what they send must be what gets stored. */
export function createCases(cluster: () => Cluster): void {
  it('kubectl create (protobuf request bodies) stores exactly what kubectl sent', async () => {
    const c = cluster();
    const ns = c.namespace;
    const commands = [
      ['deployment', 'pb-web', '--image=example/app:1', '--replicas=2', '--port=8080'],
      ['configmap', 'pb-cfg', '--from-literal=a=1', '--from-literal=b=two'],
      ['secret', 'generic', 'pb-sec', '--from-literal=pw=s3cret'],
      ['serviceaccount', 'pb-robot'],
      ['service', 'clusterip', 'pb-svc', '--tcp=80:8080'],
    ];
    for (const args of commands) {
      const sent = JSON.parse(
        (await c.kubectl(['create', ...args, '-n', ns, '--dry-run=client', '-o', 'json'])).stdout,
      );
      const created = await c.kubectl(['create', ...args, '-n', ns]);
      expect(created.code, created.stderr).toBe(0);
      const stored = JSON.parse(
        (await c.kubectl(['get', sent.kind, sent.metadata.name, '-n', ns, '-o', 'json'])).stdout,
      );
      const have = new Set(leaves(stored));
      const missing = leaves({ ...sent, status: undefined }).filter(
        (l) => !l.endsWith('=undefined') && !l.endsWith('=null') && !have.has(l),
      );
      expect(missing, `${sent.kind} fields lost`).toEqual([]);
      expect(
        leaves(stored).filter((l) => l.endsWith('=""')),
        `${sent.kind} empty strings stored`,
      ).toEqual([]);
      if (sent.kind === 'Deployment') {
        expect(stored.spec.strategy.type).toBe('RollingUpdate');
        const restart = await c.kubectl(['rollout', 'restart', 'deployment/pb-web', '-n', ns]);
        expect(restart.code, restart.stderr).toBe(0);
        const status = await c.kubectl(['rollout', 'status', 'deployment/pb-web', '-n', ns, '--timeout=90s']);
        expect(status.code, status.stderr).toBe(0);
      }
    }
  });
}
