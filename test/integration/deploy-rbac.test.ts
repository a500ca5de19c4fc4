import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';
import { expect, it } from 'vitest';
import { describeClusters } from './deploy-harness.js';
import { deploymentYaml, freshNamespace, writeManifest } from './deploy-targets.js';

const FAST = { 'fail-fast-grace': '2s', timeout: '2m' };

describeClusters('deploy-rbac', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));

  it.skipIf(c.cluster !== 'real')(
    'least privilege: the deployer user granted one namespace deploys and rolls back there, and fails clearly elsewhere',
    async () => {
      const target = c.target();
      const deployer = readFileSync(target.deployerKubeconfigPath!, 'utf8');
      const other = freshNamespace('rbac-other');
      const binding = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'deployer', namespace: c.namespace() },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'deployer' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'deployer' }],
      };
      expect((await target.kubectl(['create', '-f', '-'], JSON.stringify(binding))).code).toBe(0);
      expect(
        (
          await target.kubectl(
            ['create', '-f', '-'],
            JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: other } }),
          )
        ).code,
      ).toBe(0);
      try {
        const v1 = await c.deploy({ manifests: web, kubeconfig: deployer, ...FAST });
        expect(v1.outcome, v1.runtime.failures.join('\n')).toBe('passed');
        const bad = await c.deploy({
          manifests: web,
          kubeconfig: deployer,
          images: 'registry.local/web=registry.local/web-crashloop:2',
          ...FAST,
        });
        expect(bad.runtime.outputs.status, bad.runtime.failures.join('\n')).toBe('rolled-back');
        const elsewhere = await c.deploy({ manifests: web, kubeconfig: deployer, namespace: other, ...FAST });
        expect(elsewhere.outcome).toBe('config-error');
        expect(elsewhere.runtime.failures[0]).toMatch(/forbidden/i);
        expect(elsewhere.runtime.failures[0]).toContain('User "deployer"');
        expect((await target.kubectl(['-n', other, 'get', 'deployment/web'])).code).not.toBe(0);
        const token = deployer.match(/token:\s*(\S+)/)?.[1] ?? 'no-token';
        for (const run of [v1, bad, elsewhere]) expect(run.runtime.transcript()).not.toContain(token);
      } finally {
        await target.kubectl(['delete', 'namespace', other, '--wait=false']);
      }
    },
  );

  it.skipIf(c.cluster !== 'real')(
    'the minimal Role of the README is enough to deploy, fail, roll back and prune',
    async () => {
      const target = c.target();
      const deployer = readFileSync(target.deployerKubeconfigPath!, 'utf8');
      const ns = freshNamespace('rbac-min');
      const role = readFileSync(join(repoRoot, 'test/fixtures/manifests/rbac/deploy-kit-role.yaml'), 'utf8');
      const binding = {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'deploy-kit', namespace: ns },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'deploy-kit' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'deployer' }],
      };
      expect(
        (
          await target.kubectl(
            ['create', '-f', '-'],
            JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }),
          )
        ).code,
      ).toBe(0);
      try {
        expect((await target.kubectl(['-n', ns, 'create', '-f', '-'], role)).code).toBe(0);
        expect((await target.kubectl(['create', '-f', '-'], JSON.stringify(binding))).code).toBe(0);
        const withConfig = writeManifest(
          'cfg.yaml',
          `${deploymentYaml('web', 'registry.local/web:1')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\n`,
        );
        const v1 = await c.deploy({ manifests: withConfig, kubeconfig: deployer, namespace: ns, ...FAST });
        expect(v1.outcome, v1.runtime.failures.join('\n')).toBe('passed');
        // The failing release also changes the ConfigMap: its backup and restore need no right beyond the Role.
        const changedConfig = writeManifest(
          'cfg2.yaml',
          `${deploymentYaml('web', 'registry.local/web:1')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\ndata: { mode: changed }\n`,
        );
        const bad = await c.deploy({
          manifests: changedConfig,
          kubeconfig: deployer,
          namespace: ns,
          images: 'registry.local/web=registry.local/web-pullerror:2',
          ...FAST,
        });
        expect(bad.runtime.outputs.status, bad.runtime.failures.join('\n')).toBe('rolled-back');
        expect(bad.runtime.summaries).toMatch(/configmap\/cfg \| restored/);
        const cfg = await target.kubectl(['-n', ns, 'get', 'configmap/cfg', '-o', 'jsonpath={.data}']);
        expect(cfg.stdout).toBe('');
        const pruned = await c.rollback({
          record: v1.runtime.outputs.record,
          kubeconfig: deployer,
          namespace: ns,
          'prune-new': 'true',
          timeout: '1m',
        });
        expect(pruned.outcome, pruned.runtime.failures.join('\n')).toBe('passed');
        expect((await target.kubectl(['-n', ns, 'get', 'configmap/cfg'])).code).not.toBe(0);
      } finally {
        await target.kubectl(['delete', 'namespace', ns, '--wait=false']);
      }
    },
  );

  it('credentials the cluster refuses fail clearly, name no secret, and change nothing', async () => {
    const state = async () =>
      (
        await c
          .target()
          .kubectl(['-n', c.namespace(), 'get', 'deployment/web', '-o', 'jsonpath={.metadata.resourceVersion}'])
      ).stdout;
    const before = await state();
    const forged = c.target().kubeconfig.replace(/token:\s*\S+/, 'token: forged-token-0123456789');
    const usesToken = forged !== c.target().kubeconfig;
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      kubeconfig: usesToken ? forged : c.target().kubeconfig.replace(/client-key-data:\s*\S+/, 'client-key-data: AAAA'),
      ...FAST,
    });
    expect(outcome).not.toBe('passed');
    expect(runtime.failures[0]).toMatch(/Unauthorized|401|certificate|key|kubeconfig/i);
    expect(runtime.transcript()).not.toContain('forged-token-0123456789');
    expect(await state()).toBe(before);
  });
});
