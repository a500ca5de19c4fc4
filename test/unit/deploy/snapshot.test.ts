import { describe, expect, it } from 'vitest';
import { backupOf, BACKUP, contentFromBackup, pruneBackups } from '../../../src/core/deploy/snapshot/backup.js';
import { sameContent } from '../../../src/core/deploy/snapshot/kinds.js';
import { configsReadBy } from '../../../src/core/deploy/rollback/readers.js';
import { applyTiers } from '../../../src/core/manifests/order.js';
import { mapLimit } from '../../../src/core/manifests/concurrency.js';
import type { KubeObject } from '../../../src/core/kube/types.js';
import type { Manifest } from '../../../src/core/manifests/types.js';
import { fakeKube } from '../manifests/fake-kube.js';

const secret: KubeObject = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'creds', namespace: 'shop', uid: 'u-1', labels: { a: '1' }, annotations: { note: 'x' } },
  type: 'kubernetes.io/basic-auth',
  data: { password: 'c2VjcmV0' },
};

describe('config snapshots', () => {
  it('a Secret backup is a Secret of its own type, owned by the original, holding content and metadata', () => {
    const backup = backupOf(secret, 'r1');
    expect(backup).toMatchObject({
      kind: 'Secret',
      type: BACKUP.secretType,
      data: { password: 'c2VjcmV0' },
      metadata: {
        name: 'creds-dkb-r1',
        namespace: 'shop',
        ownerReferences: [{ kind: 'Secret', name: 'creds', uid: 'u-1' }],
      },
    });
    expect(contentFromBackup(backup)).toEqual({
      data: { password: 'c2VjcmV0' },
      binaryData: undefined,
      labels: { a: '1' },
      annotations: { note: 'x' },
      type: 'kubernetes.io/basic-auth',
    });
  });

  it('keeps the newest backups of one original up to the retention limit', async () => {
    const kube = fakeKube();
    for (let i = 0; i < 7; i++) {
      const b = backupOf(secret, `r${i}`);
      b.metadata.creationTimestamp = `2026-01-01T00:00:0${i}Z`;
      kube.objects.set(`Secret/shop/${b.metadata.name}`, b);
    }
    kube.client.resource = () =>
      Promise.resolve({ apiVersion: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true });
    const deleted = await pruneBackups(
      kube.client,
      { apiVersion: 'v1', kind: 'Secret', name: 'creds', namespace: 'shop' },
      5,
    );
    expect(deleted).toEqual(['secret/creds-dkb-r1 (namespace shop)', 'secret/creds-dkb-r0 (namespace shop)']);
    expect([...kube.objects.keys()].sort()).toEqual([2, 3, 4, 5, 6].map((i) => `Secret/shop/creds-dkb-r${i}`));
  });

  it('content changes, not metadata changes, make a snapshot worthwhile', () => {
    const relabelled = { ...secret, metadata: { ...secret.metadata, labels: { b: '2' } } };
    expect(sameContent(secret, relabelled)).toBe(true);
    expect(sameContent(secret, { ...secret, data: { password: 'bmV3' } })).toBe(false);
  });

  it('finds every ConfigMap and Secret a pod template reads', () => {
    const template = {
      spec: {
        volumes: [
          { name: 'a', configMap: { name: 'cm-vol' } },
          { name: 'b', secret: { secretName: 'sec-vol' } },
          { name: 'c', projected: { sources: [{ configMap: { name: 'cm-proj' } }, { secret: { name: 'sec-proj' } }] } },
        ],
        initContainers: [{ name: 'i', envFrom: [{ secretRef: { name: 'sec-from' } }] }],
        containers: [
          {
            name: 'app',
            envFrom: [{ configMapRef: { name: 'cm-from' } }],
            env: [{ name: 'K', valueFrom: { configMapKeyRef: { name: 'cm-key', key: 'k' } } }],
          },
        ],
      },
    };
    expect([...configsReadBy(template)].sort()).toEqual([
      'ConfigMap/cm-from',
      'ConfigMap/cm-key',
      'ConfigMap/cm-proj',
      'ConfigMap/cm-vol',
      'Secret/sec-from',
      'Secret/sec-proj',
      'Secret/sec-vol',
    ]);
  });
});

describe('apply speed helpers', () => {
  it('cuts manifests into dependency tiers in apply order', () => {
    const m = (kind: string, name: string): Manifest => ({
      object: { apiVersion: 'v1', kind, metadata: { name } },
      source: { file: 'x', document: 0, line: 1 },
    });
    const tiers = applyTiers([m('Deployment', 'd'), m('ConfigMap', 'c1'), m('Service', 's'), m('ConfigMap', 'c2')]);
    expect(tiers.map((t) => t.map((x) => x.object.metadata.name))).toEqual([['c1', 'c2'], ['s'], ['d']]);
  });

  it('mapLimit keeps input order, never exceeds the limit, and starts nothing after an abort', async () => {
    let running = 0;
    let peak = 0;
    const controller = new AbortController();
    const started: number[] = [];
    const result = mapLimit(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async (i) => {
        started.push(i);
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (i === 4) controller.abort(new Error('stop'));
        return i * 2;
      },
      controller.signal,
    );
    await expect(result).rejects.toThrow('stop');
    expect(peak).toBeLessThanOrEqual(3);
    expect(started.length).toBeLessThan(20);
    expect(await mapLimit([3, 1, 2], 2, (x) => Promise.resolve(x * 10))).toEqual([30, 10, 20]);
  });
});
