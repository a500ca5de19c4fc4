import { expect, it } from 'vitest';
import { deploymentYaml, eventually, type Cluster } from './helpers.js';

const image = (d: any) => d.spec.template.spec.containers[0].image;

/** Apply (client-side and server-side), rollout status, set image, undo + history, scale, delete. */
export function workloadCases(cluster: () => Cluster): void {
  it('kubectl apply (client-side) creates, then patches with last-applied-configuration', async () => {
    const c = cluster();
    const ns = c.namespace;
    const first = await c.kubectl(['apply', '-f', '-'], deploymentYaml(ns, 'csa', 'example/app:1'));
    expect(first.stderr).toBe('');
    expect(first.stdout.trim()).toBe('deployment.apps/csa created');
    const again = await c.kubectl(['apply', '-f', '-'], deploymentYaml(ns, 'csa', 'example/app:2'));
    expect(again.stdout.trim()).toBe('deployment.apps/csa configured');
    const same = await c.kubectl(['apply', '-f', '-'], deploymentYaml(ns, 'csa', 'example/app:2'));
    expect(same.stdout.trim()).toBe('deployment.apps/csa unchanged');
    const got = JSON.parse((await c.kubectl(['get', 'deployment', 'csa', '-n', ns, '-o', 'json'])).stdout);
    expect(image(got)).toBe('example/app:2');
    expect(got.metadata.generation).toBe(2);
    expect(
      JSON.parse(got.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).spec.template.spec
        .containers[0].image,
    ).toBe('example/app:2');
    expect(got.spec.template.spec.containers[0].env).toEqual([{ name: 'MODE', value: 'conformance' }]);
    expect(got.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
    });
  });

  it('kubectl apply --server-side records the field manager and reports conflicts, --force-conflicts takes over', async () => {
    const c = cluster();
    const ns = c.namespace;
    const yaml = deploymentYaml(ns, 'ssa', 'example/app:1');
    const created = await c.kubectl(['apply', '--server-side', '--field-manager=team-a', '-f', '-'], yaml);
    expect(created.stdout.trim()).toBe('deployment.apps/ssa serverside-applied');
    const conflict = await c.kubectl(
      ['apply', '--server-side', '--field-manager=team-b', '-f', '-'],
      yaml.replace('replicas: 1', 'replicas: 2'),
    );
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toContain('Apply failed with 1 conflict: conflict with "team-a": .spec.replicas');
    const forced = await c.kubectl(
      ['apply', '--server-side', '--field-manager=team-b', '--force-conflicts', '-f', '-'],
      yaml.replace('replicas: 1', 'replicas: 2'),
    );
    expect(forced.code).toBe(0);
    const got = await eventually(
      async () => {
        const d = await c.apps.readNamespacedDeployment({ name: 'ssa', namespace: ns });
        return d.metadata?.managedFields?.some((m) => m.manager === 'kube-controller-manager') ? d : undefined;
      },
      30_000,
      'the controller to record its fields',
    );
    expect(got.spec?.replicas).toBe(2);
    const managers = (got.metadata?.managedFields ?? []).map((m) => `${m.manager}/${m.operation}`).sort();
    expect(managers).toEqual(['kube-controller-manager/Update', 'team-a/Apply', 'team-b/Apply']);
    const controller = got.metadata!.managedFields!.find((m) => m.manager === 'kube-controller-manager')!;
    expect(Object.keys(controller.fieldsV1 as object).sort()).toEqual(['f:metadata', 'f:status']);
    const teamB = got.metadata!.managedFields!.find((m) => m.manager === 'team-b')!;
    expect((teamB.fieldsV1 as any)['f:spec']['f:replicas']).toEqual({});
    const teamA = got.metadata!.managedFields!.find((m) => m.manager === 'team-a')!;
    expect((teamA.fieldsV1 as any)['f:spec']['f:replicas']).toBeUndefined();
    const noReplicas = yaml.replace('  replicas: 1\n', '');
    const labelled = noReplicas.replace('labels: {suite: conformance}', 'labels: {suite: conformance, only-a: "yes"}');
    expect((await c.kubectl(['apply', '--server-side', '--field-manager=team-a', '-f', '-'], labelled)).code).toBe(0);
    expect((await c.apps.readNamespacedDeployment({ name: 'ssa', namespace: ns })).metadata?.labels?.['only-a']).toBe(
      'yes',
    );
    const dropped = await c.kubectl(
      ['apply', '--server-side', '--field-manager=team-a', '-f', '-'],
      noReplicas.replace(', env: [{name: MODE, value: conformance}]', ''),
    );
    expect(dropped.code, dropped.stderr).toBe(0);
    const after = await c.apps.readNamespacedDeployment({ name: 'ssa', namespace: ns });
    expect(after.metadata?.labels).toEqual({ suite: 'conformance' });
    expect(after.spec?.template.spec?.containers[0].env).toEqual([{ name: 'MODE', value: 'conformance' }]);
    expect(after.spec?.replicas).toBe(2);
  });

  it('kubectl rollout status succeeds once the pods are ready', async () => {
    const c = cluster();
    await c.kubectl(['apply', '-f', '-'], deploymentYaml(c.namespace, 'roll', 'example/app:1', { replicas: 2 }));
    const status = await c.kubectl(['rollout', 'status', 'deployment/roll', '-n', c.namespace, '--timeout=90s']);
    expect(status.stdout).toContain('deployment "roll" successfully rolled out');
    expect(status.code).toBe(0);
    const d = await c.apps.readNamespacedDeployment({ name: 'roll', namespace: c.namespace });
    expect(d.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 2,
      observedGeneration: 1,
    });
    const progressing = d.status?.conditions?.find((x) => x.type === 'Progressing');
    expect(progressing).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(d.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
  });

  it('kubectl rollout status fails with ProgressDeadlineExceeded for a crash-looping image', async () => {
    const c = cluster();
    await c.kubectl(
      ['apply', '-f', '-'],
      deploymentYaml(c.namespace, 'stuck', 'example/crashloop:1', { progressDeadlineSeconds: 6 }),
    );
    const status = await c.kubectl(['rollout', 'status', 'deployment/stuck', '-n', c.namespace, '--timeout=90s']);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain('error: deployment "stuck" exceeded its progress deadline');
    const d = await c.apps.readNamespacedDeployment({ name: 'stuck', namespace: c.namespace });
    expect(d.status?.conditions?.find((x) => x.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
    });
    const pods = await c.core.listNamespacedPod({ namespace: c.namespace, labelSelector: 'app=stuck' });
    const cs = pods.items[0].status?.containerStatuses?.[0];
    expect(cs?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(cs?.restartCount).toBeGreaterThanOrEqual(1);
  });

  it('set image, rollout history and rollout undo (+ --to-revision) number revisions like the controller', async () => {
    const c = cluster();
    const ns = c.namespace;
    const wait = async () =>
      expect((await c.kubectl(['rollout', 'status', 'deployment/hist', '-n', ns, '--timeout=90s'])).code).toBe(0);
    await c.kubectl(['apply', '-f', '-'], deploymentYaml(ns, 'hist', 'example/app:1'));
    await wait();
    for (const tag of ['2', '3']) {
      await c.kubectl([
        'annotate',
        'deployment/hist',
        '-n',
        ns,
        '--overwrite',
        `kubernetes.io/change-cause=to ${tag}`,
        `example.com/release=r${Number(tag) - 1}`,
      ]);
      const set = await c.kubectl(['set', 'image', 'deployment/hist', `app=example/app:${tag}`, '-n', ns]);
      expect(set.stdout.trim()).toBe('deployment.apps/hist image updated');
      await wait();
    }
    const history = async () =>
      (await c.kubectl(['rollout', 'history', 'deployment/hist', '-n', ns])).stdout
        .split('\n')
        .filter((l) => /^\d+\s/.test(l))
        .map((l) => l.trim().replace(/\s+/, ' '));
    const revisions = async () => (await history()).map((l) => l.split(' ')[0]);
    expect(await history()).toEqual(['1 to 2', '2 to 3', '3 to 3']);
    const rev2 = await c.kubectl(['rollout', 'history', 'deployment/hist', '-n', ns, '--revision=2']);
    expect(rev2.stdout).toContain('example/app:2');
    expect((await c.kubectl(['rollout', 'undo', 'deployment/hist', '-n', ns])).stdout.trim()).toBe(
      'deployment.apps/hist rolled back',
    );
    await wait();
    expect(image(await c.apps.readNamespacedDeployment({ name: 'hist', namespace: ns }))).toBe('example/app:2');
    expect(await revisions()).toEqual(['1', '3', '4']);
    expect((await c.kubectl(['rollout', 'undo', 'deployment/hist', '-n', ns, '--to-revision=1'])).code).toBe(0);
    await wait();
    const d = await c.apps.readNamespacedDeployment({ name: 'hist', namespace: ns });
    expect(image(d)).toBe('example/app:1');
    expect(d.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('5');
    expect(d.metadata?.annotations?.['example.com/release']).toBe('r1');
    expect(await history()).toEqual(['3 to 3', '4 to 3', '5 to 2']);
    const rss = await c.apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=hist' });
    expect(rss.items.length).toBe(3);
    const byImage = Object.fromEntries(
      rss.items.map((rs) => [image(rs), rs.metadata?.annotations?.['deployment.kubernetes.io/revision']]),
    );
    expect(byImage).toEqual({ 'example/app:1': '5', 'example/app:2': '4', 'example/app:3': '3' });
    const release = Object.fromEntries(
      rss.items.map((rs) => [image(rs), rs.metadata?.annotations?.['example.com/release']]),
    );
    expect(release).toEqual({ 'example/app:1': 'r1', 'example/app:2': 'r2', 'example/app:3': 'r2' });
    expect(rss.items.every((rs) => rs.metadata?.name === `hist-${rs.metadata?.labels?.['pod-template-hash']}`)).toBe(
      true,
    );
  });

  it('kubectl scale changes replicas through the scale subresource', async () => {
    const c = cluster();
    await c.kubectl(['apply', '-f', '-'], deploymentYaml(c.namespace, 'scaled', 'example/app:1'));
    const out = await c.kubectl(['scale', 'deployment/scaled', '--replicas=3', '-n', c.namespace]);
    expect(out.stdout.trim()).toBe('deployment.apps/scaled scaled');
    const scale = await c.apps.readNamespacedDeploymentScale({ name: 'scaled', namespace: c.namespace });
    expect(scale.spec?.replicas).toBe(3);
    expect(scale.kind).toBe('Scale');
    await eventually(
      async () =>
        (await c.apps.readNamespacedDeployment({ name: 'scaled', namespace: c.namespace })).status?.readyReplicas === 3
          ? true
          : undefined,
      60_000,
      '3 ready replicas',
    );
    const pods = await c.core.listNamespacedPod({ namespace: c.namespace, labelSelector: 'app=scaled' });
    expect(pods.items.length).toBe(3);
  });

  it('kubectl delete removes the deployment and garbage-collects its ReplicaSets and pods', async () => {
    const c = cluster();
    const ns = c.namespace;
    await c.kubectl(['apply', '-f', '-'], deploymentYaml(ns, 'doomed', 'example/app:1'));
    await eventually(
      async () =>
        (await c.core.listNamespacedPod({ namespace: ns, labelSelector: 'app=doomed' })).items.length
          ? true
          : undefined,
      60_000,
      'a pod',
    );
    const del = await c.kubectl(['delete', 'deployment', 'doomed', '-n', ns]);
    expect(del.stdout.trim()).toBe('deployment.apps "doomed" deleted');
    const get = await c.kubectl(['get', 'deployment', 'doomed', '-n', ns]);
    expect(get.code).toBe(1);
    expect(get.stderr).toContain('Error from server (NotFound): deployments.apps "doomed" not found');
    await eventually(
      async () =>
        (await c.apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=doomed' })).items.length === 0
          ? true
          : undefined,
      60_000,
      'ReplicaSets gone',
    );
    await eventually(
      async () =>
        (await c.core.listNamespacedPod({ namespace: ns, labelSelector: 'app=doomed' })).items.length === 0
          ? true
          : undefined,
      60_000,
      'pods gone',
    );
  });
}

/** A namespace and its contents in one file: apply, roll out, then delete -f in file order. */
export function multiDocCases(cluster: () => Cluster): void {
  it('kubectl apply -f / delete -f of a Namespace with a Deployment and a Service', async () => {
    const c = cluster();
    const ns = `${c.namespace}-multi`;
    const file = [
      `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}}`,
      deploymentYaml(ns, 'shop', 'example/app:1'),
      `apiVersion: v1\nkind: Service\nmetadata: {name: shop, namespace: ${ns}}\nspec: {selector: {app: shop}, ports: [{port: 80, targetPort: 8080}]}`,
    ].join('\n---\n');
    const applied = await c.kubectl(['apply', '-f', '-'], file);
    expect(applied.stdout.trim().split('\n')).toEqual([
      `namespace/${ns} created`,
      'deployment.apps/shop created',
      'service/shop created',
    ]);
    expect((await c.kubectl(['rollout', 'status', 'deployment/shop', '-n', ns, '--timeout=90s'])).code).toBe(0);
    const svc = await c.core.readNamespacedService({ name: 'shop', namespace: ns });
    expect(svc.spec).toMatchObject({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
    });
    expect(svc.spec?.clusterIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const deleted = await c.kubectl(['delete', '-f', '-', '--timeout=90s'], file);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout.trim().split('\n')).toEqual([
      `namespace "${ns}" deleted`,
      'deployment.apps "shop" deleted',
      'service "shop" deleted',
    ]);
    const gone = await c.kubectl(['get', 'namespace', ns]);
    expect(gone.stderr.trim()).toBe(`Error from server (NotFound): namespaces "${ns}" not found`);
  });
}
