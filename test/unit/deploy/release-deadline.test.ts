import { describe, expect, it } from 'vitest';
import { DeadlineExceeded } from '../../../src/core/deploy/deadline.js';
import { release, type ReleaseOptions } from '../../../src/core/deploy/rollout/release.js';
import type { DeployRecord } from '../../../src/core/deploy/rollback/record.js';
import type { KubeObject } from '../../../src/core/kube/types.js';
import type { Manifest } from '../../../src/core/manifests/types.js';
import { fakeKube } from '../manifests/fake-kube.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function configMaps(count: number): Manifest[] {
  return Array.from({ length: count }, (_, i) => ({
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cfg-${i}` }, data: { i: String(i) } },
    source: { file: 'cm.yaml', document: i, line: 1 },
  }));
}

function options(timeoutMs: number, records: DeployRecord[]): ReleaseOptions {
  return {
    namespace: 'shop',
    fieldManager: 'deploy-kit',
    force: false,
    wait: false,
    timeoutMs,
    graceMs: 1000,
    rollbackOnFailure: true,
    context: 'test',
    saveRecord: (record) => {
      records.push(structuredClone(record));
      return Promise.resolve('record.json');
    },
    log: () => undefined,
    phase: (_title, fn) => fn(),
  };
}

describe('the deploy timeout bounds every phase', () => {
  it('a dry run that outlasts the timeout stops the release before anything is applied', async () => {
    const kube = fakeKube({ onApply: () => undefined });
    const slow = kube.client.apply.bind(kube.client);
    kube.client.apply = async (object, o) => {
      if (o.dryRun) await sleep(400);
      return slow(object, o);
    };
    const records: DeployRecord[] = [];
    const error = await release(kube.client, configMaps(3), options(100, records)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceeded);
    expect((error as Error).message).toMatch(/timeout \(0\.1s\) ran out during validation/);
    expect(kube.applied.filter((a) => !a.dryRun)).toEqual([]);
    expect(records).toEqual([]);
  });

  it('hitting the deadline mid-apply stops further applies and removes what the release created', async () => {
    const kube = fakeKube();
    const existing: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg-0', namespace: 'shop' },
    };
    kube.objects.set('ConfigMap/shop/cfg-0', existing);
    const inner = kube.client.apply.bind(kube.client);
    kube.client.apply = async (object, o) => {
      if (!o.dryRun && Number(object.metadata.name?.slice(4)) >= 40) await sleep(600);
      return inner(object, o);
    };
    const result = await release(kube.client, configMaps(80), options(300, []));
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/timeout \(0\.3s\) ran out during apply/);
    const applied = kube.applied
      .filter((a) => !a.dryRun && !a.object.metadata.name?.includes('-dkb-'))
      .map((a) => a.object.metadata.name);
    expect(applied.length).toBeLessThan(80);
    expect(applied).toContain('cfg-40'); // the slow applies in flight were awaited before the rollback
    expect(result.applied.map((r) => r.name)).toEqual(expect.arrayContaining(applied));
    // Everything the release created is gone again; the object that existed before is kept.
    const left = [...kube.objects.keys()];
    expect(left.filter((k) => !k.includes('-dkb-'))).toEqual(['ConfigMap/shop/cfg-0']);
    expect(left.filter((k) => k.includes('-dkb-'))).toHaveLength(1); // cfg-0's backup, taken before the apply
    expect(result.rollback?.items.filter((i) => i.action === 'pruned' && i.message.endsWith('deleted'))).toHaveLength(
      applied.length - 1,
    );
  });
});
