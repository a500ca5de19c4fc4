import { expect, it } from 'vitest';
import type { Cluster } from './helpers.js';

const manifests = (ns: string, tag: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: ${ns}}
spec:
  replicas: 2
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: "example/db:${tag}"}]}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: "example/agent:${tag}"}]}
`;

/** StatefulSet and DaemonSet: rollout status, ControllerRevision history, undo and status fields. */
export function setCases(cluster: () => Cluster): void {
  it('StatefulSet and DaemonSet roll out, keep ControllerRevisions and roll back', async () => {
    const c = cluster();
    const ns = c.namespace;
    const rollout = async (what: string) => {
      const out = await c.kubectl(['rollout', 'status', what, '-n', ns, '--timeout=90s']);
      expect(out.code, out.stderr).toBe(0);
      return out.stdout;
    };
    expect((await c.kubectl(['apply', '-f', '-'], manifests(ns, '1'))).stdout.trim().split('\n')).toEqual([
      'statefulset.apps/db created',
      'daemonset.apps/agent created',
    ]);
    expect(await rollout('statefulset/db')).toContain('partitioned roll out complete: 2 new pods have been updated...');
    expect(await rollout('daemonset/agent')).toContain('daemon set "agent" successfully rolled out');
    await c.kubectl(['apply', '-f', '-'], manifests(ns, '2'));
    await rollout('statefulset/db');
    await rollout('daemonset/agent');
    const revs = async (what: string) =>
      (await c.kubectl(['rollout', 'history', what, '-n', ns])).stdout
        .split('\n')
        .filter((l) => /^\d+\s/.test(l))
        .map((l) => l.split(/\s+/)[0]);
    expect(await revs('statefulset/db')).toEqual(['1', '2']);
    expect(await revs('daemonset/agent')).toEqual(['1', '2']);
    expect((await c.kubectl(['rollout', 'undo', 'statefulset/db', '-n', ns])).stdout.trim()).toBe(
      'statefulset.apps/db rolled back',
    );
    expect((await c.kubectl(['rollout', 'undo', 'daemonset/agent', '-n', ns])).stdout.trim()).toBe(
      'daemonset.apps/agent rolled back',
    );
    await rollout('statefulset/db');
    await rollout('daemonset/agent');
    expect(await revs('statefulset/db')).toEqual(['2', '3']);
    expect(await revs('daemonset/agent')).toEqual(['2', '3']);
    const sts = await c.apps.readNamespacedStatefulSet({ name: 'db', namespace: ns });
    expect(sts.spec?.template.spec?.containers[0].image).toBe('example/db:1');
    expect(sts.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      currentReplicas: 2,
      updatedReplicas: 2,
      observedGeneration: 3,
    });
    expect(sts.status?.currentRevision).toBe(sts.status?.updateRevision);
    const crs = await c.apps.listNamespacedControllerRevision({ namespace: ns, labelSelector: 'app=db' });
    const current = crs.items.find((cr) => cr.metadata?.name === sts.status?.updateRevision);
    expect(current?.revision).toBe(3);
    const pods = await c.core.listNamespacedPod({ namespace: ns, labelSelector: 'app=db' });
    expect(pods.items.map((p) => p.metadata?.name).sort()).toEqual(['db-0', 'db-1']);
    expect(
      pods.items.every((p) => p.metadata?.labels?.['controller-revision-hash'] === sts.status?.updateRevision),
    ).toBe(true);
    const ds = await c.apps.readNamespacedDaemonSet({ name: 'agent', namespace: ns });
    expect(ds.spec?.template.spec?.containers[0].image).toBe('example/agent:1');
    expect(ds.status).toMatchObject({
      desiredNumberScheduled: 1,
      currentNumberScheduled: 1,
      numberReady: 1,
      updatedNumberScheduled: 1,
      numberAvailable: 1,
      numberMisscheduled: 0,
      observedGeneration: 3,
    });
  });
}
