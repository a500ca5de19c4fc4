import { existsSync, readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { kubeconfigSecrets } from '../../src/clients/kube/config.js';
import { describeClusters } from './deploy-harness.js';
import { deploymentYaml, writeManifest } from './deploy-targets.js';

const FAST = { 'fail-fast-grace': '2s', timeout: '3m' };
const image = (d: any) => d.spec.template.spec.containers[0].image;

describeClusters('deploy', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1.0'));
  const api = writeManifest('api.yaml', deploymentYaml('api', 'registry.local/api:1.0'));

  it('first deploy: applies, waits, records that nothing ran before, never shows the kubeconfig', async () => {
    const { runtime, outcome } = await c.deploy({ manifests: web, version: 'v1.0.0', ...FAST });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.outputs.status).toBe('succeeded');
    expect(JSON.parse(runtime.outputs['previous-revisions'])).toEqual({ 'deployment/web': null });
    expect(JSON.parse(runtime.outputs.revisions)).toEqual({ 'deployment/web': 1 });
    expect(JSON.parse(runtime.outputs.images)).toEqual({ 'deployment/web': { app: 'registry.local/web:1.0' } });
    const record = JSON.parse(readFileSync(runtime.outputs.record, 'utf8'));
    expect(record.workloads[0]).toMatchObject({ kind: 'Deployment', name: 'web', existedBefore: false });
    const live = await c.json('get', 'deployment/web');
    expect(live.metadata.annotations['deploy-kit.dev/version']).toBe('v1.0.0');
    expect(live.metadata.labels['app.kubernetes.io/managed-by']).toBe('deploy-kit');
    const managed = await c.json('get', 'deployment/web', '--show-managed-fields');
    expect(managed.metadata.managedFields.some((m: any) => m.manager === 'deploy-kit' && m.operation === 'Apply')).toBe(
      true,
    );
    const kc = new KubeConfig();
    kc.loadFromString(c.target().kubeconfig);
    const credentials = kubeconfigSecrets(kc);
    expect(credentials.length).toBeGreaterThan(0);
    for (const secret of [c.target().kubeconfig.trim(), ...credentials])
      expect(runtime.transcript()).not.toContain(secret);
    // Only the credentials are masked (issue 13): masking the whole file would hide ordinary words.
    for (const secret of credentials) expect(runtime.secrets).toContain(secret);
  });

  it('upgrade: a new image through the images input gives revision 2 and records revision 1', async () => {
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web:1.1',
      version: 'v1.1.0',
      ...FAST,
    });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(JSON.parse(runtime.outputs['previous-revisions'])).toEqual({ 'deployment/web': 1 });
    expect(JSON.parse(runtime.outputs.revisions)).toEqual({ 'deployment/web': 2 });
    const live = await c.json('get', 'deployment/web');
    expect(live.spec.template.spec.containers[0].image).toBe('registry.local/web:1.1');
    expect(runtime.summaries).toContain('| deployment/web | 1 -&gt; 2 |');
  });

  it.each([
    ['crash loop', 'registry.local/web-crashloop:2.0', /CrashLoopBackOff/],
    ['image pull error', 'registry.local/web-pullerror:2.0', /ErrImagePull|ImagePullBackOff/],
  ])(
    'bad image (%s) fails fast and is rolled back to the recorded images in the same step',
    async (_what, image, reason) => {
      const started = Date.now();
      const { runtime, outcome } = await c.deploy({
        manifests: web,
        images: `registry.local/web=${image}`,
        version: 'v2.0.0-bad',
        ...FAST,
      });
      const elapsed = Date.now() - started;
      expect(outcome).toBe('failed');
      expect(runtime.outputs.status).toBe('rolled-back');
      expect(runtime.outputs['rolled-back']).toBe('true');
      expect(runtime.failures[0]).toMatch(reason);
      expect(runtime.failures[0]).toMatch(
        /rolled back: deployment\/web -> revision \d+ = v1.1.0 \(app=registry.local\/web:1.1\)/,
      );
      expect(runtime.failures[0]).toContain('app=registry.local/web:1.1');
      // Fail fast: far inside the 3 minute timeout.
      expect(elapsed).toBeLessThan(90_000);
      const live = await c.json('get', 'deployment/web');
      expect(live.spec.template.spec.containers[0].image).toBe('registry.local/web:1.1');
      expect(live.metadata.annotations['deploy-kit.dev/rollback-reason']).toMatch(reason);
      expect(JSON.parse(runtime.outputs.images)).toEqual({ 'deployment/web': { app: 'registry.local/web:1.1' } });
      expect(runtime.summaries).toMatch(/### Failure: deployment\/web/);
      expect(runtime.summaries).toContain('Container status');
      expect(runtime.summaries).toMatch(/Recent events[\s\S]*(Pod|Deployment)\/web/);
      expect(runtime.summaries).toContain('### Rollback');
      const pods = await c.json('get', 'pods', '-l', 'app=web');
      const ready = pods.items.filter(
        (p: any) => !p.metadata.deletionTimestamp && p.spec.containers[0].image === 'registry.local/web:1.1',
      );
      expect(ready.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('two workloads in one release, one failing: the other stops waiting and the whole release is rolled back', async () => {
    const first = await c.deploy({ manifests: `${web}\n${api}`, version: 'v3', ...FAST });
    expect(first.outcome, first.runtime.failures.join('\n')).toBe('passed');
    const before = await c.json('get', 'deployment/web');
    const { runtime, outcome } = await c.deploy({
      manifests: `${web}\n${api}`,
      version: 'v4',
      ...FAST,
      images: 'registry.local/web=registry.local/web-slow:4.0\nregistry.local/api=registry.local/api-crashloop:4.0',
    });
    // The slow web rollout is not waited for once api has failed: the release goes back as a whole.
    expect(runtime.summaries).toMatch(/\| deployment\/web \|[^\n]*\| cancelled \(/);
    expect(runtime.failures[0]).not.toContain('deployment/web:');
    expect(outcome).toBe('failed');
    expect(runtime.outputs.status).toBe('rolled-back');
    expect(runtime.failures[0]).toContain('deployment/api');
    const webNow = await c.json('get', 'deployment/web');
    const apiNow = await c.json('get', 'deployment/api');
    expect(webNow.spec.template.spec.containers[0].image).toBe(before.spec.template.spec.containers[0].image);
    expect(apiNow.spec.template.spec.containers[0].image).toBe('registry.local/api:1.0');
  });

  it('an invalid manifest is applied nowhere and the error names file, document and field', async () => {
    const file = writeManifest(
      'release.yaml',
      [
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: never-config\ndata:\n  a: "1"',
        deploymentYaml('never', 'registry.local/never:1'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\nspec:\n  selector:\n    matchLabels: { app: broken }\n  template:\n    metadata:\n      labels: { app: broken }\n    spec:\n      containers:\n        - name: app\n',
      ].join('\n---\n'),
    );
    const { runtime, outcome } = await c.deploy({ manifests: file, ...FAST });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toContain('release.yaml');
    expect(runtime.failures[0]).toContain('document 2');
    expect(runtime.failures[0]).toContain('spec.template.spec.containers[0].image');
    const cm = await c.target().kubectl(['-n', c.namespace(), 'get', 'configmap/never-config']);
    const deploy = await c.target().kubectl(['-n', c.namespace(), 'get', 'deployment/never']);
    expect(cm.code).not.toBe(0);
    expect(deploy.code).not.toBe(0);
    expect(runtime.logs.some((l) => l.level === 'error' && l.annotation?.file?.endsWith('release.yaml'))).toBe(true);
  });

  it("a rollout that does not finish before the timeout is rolled back with kubectl's last words", async () => {
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web-slow:5',
      'fail-fast-grace': '2s',
      timeout: '3s',
    });
    expect(outcome).toBe('failed');
    expect(runtime.outputs.status).toBe('rolled-back');
    expect(runtime.failures[0]).toMatch(
      /deployment\/web: timed out after \d+s: Waiting for deployment "web" rollout to finish/,
    );
    expect(image(await c.json('get', 'deployment/web'))).not.toContain('slow');
  });

  it('ProgressDeadlineExceeded fails the rollout at once, long before the timeout', async () => {
    const stuck = writeManifest(
      'stuck.yaml',
      deploymentYaml('stuck', 'registry.local/stuck:1', { replicas: 1, progressDeadlineSeconds: 2 }),
    );
    expect((await c.deploy({ manifests: stuck, ...FAST })).outcome).toBe('passed');
    const started = Date.now();
    const { runtime, outcome } = await c.deploy({
      manifests: stuck,
      images: 'registry.local/stuck=registry.local/stuck-slow:2',
      'fail-fast-grace': '10m',
      timeout: '3m',
    });
    expect(outcome).toBe('failed');
    expect(runtime.failures[0]).toContain('deployment "stuck" exceeded its progress deadline');
    expect(runtime.outputs.status).toBe('rolled-back');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(runtime.summaries).toContain('### Failure: deployment/stuck (ProgressDeadlineExceeded)');
  });

  it('wait: false applies and returns without waiting', async () => {
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web-slow:6',
      wait: 'false',
      ...FAST,
    });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(runtime.logs.some((l) => l.message.includes('== Rollout'))).toBe(false);
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web-slow:6');
  });

  it('rollback-on-failure false leaves the failed release in place and says so', async () => {
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web-pullerror:7',
      'rollback-on-failure': 'false',
      ...FAST,
    });
    expect(outcome).toBe('failed');
    expect(runtime.outputs.status).toBe('failed');
    expect(runtime.failures[0]).toContain('not rolled back (rollback-on-failure is false');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web-pullerror:7');
    const back = await c.rollback({ record: runtime.outputs.record, timeout: '1m' });
    expect(back.outcome, back.runtime.failures.join('\n')).toBe('passed');
    expect(image(await c.json('get', 'deployment/web'))).not.toContain('pullerror');
  });

  it('a release that creates its namespace applies the Namespace first and the rest into it', async () => {
    const ns = `${c.namespace()}-own`;
    const file = writeManifest(
      'own-ns.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings }\ndata: { a: "1" }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: ${ns} }\n`,
    );
    try {
      const { runtime, outcome } = await c.deploy({ manifests: file, namespace: ns, ...FAST });
      expect(outcome, runtime.failures.join('\n')).toBe('passed');
      expect(JSON.parse(runtime.outputs.resources).map((r: any) => r.kind)).toEqual(['Namespace', 'ConfigMap']);
      expect(runtime.summaries).toContain('Not dry-run first');
      expect((await c.target().kubectl(['-n', ns, 'get', 'configmap/settings'])).code).toBe(0);
    } finally {
      await c.target().kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  it('a directory with config, a Service without port protocols and a Deployment applies in dependency order', async () => {
    const { runtime, outcome } = await c.deploy({
      manifests: 'test/fixtures/manifests/app',
      images: 'ghcr.io/acme/web=ghcr.io/acme/web@sha256:' + 'ab'.repeat(32),
      ...FAST,
    });
    expect(outcome, runtime.failures.join('\n')).toBe('passed');
    expect(JSON.parse(runtime.outputs.resources).map((r: any) => `${r.kind}/${r.name}`)).toEqual([
      'ConfigMap/web-config',
      'Service/web',
      'Deployment/web',
    ]);
    const live = await c.json('get', 'deployment/web');
    expect(live.spec.template.spec.initContainers[0].image).toBe(`ghcr.io/acme/web@sha256:${'ab'.repeat(32)}`);
  });

  it('an unknown kind and a foreign namespace are rejected before the dry run', async () => {
    const file = writeManifest(
      'odd.yaml',
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: elsewhere\n  namespace: kube-system\n',
    );
    const { runtime, outcome } = await c.deploy({ manifests: file });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toMatch(
      /document 0, field kind: kind Widget \(apiVersion example.com\/v1\) is not served/,
    );
    expect(runtime.failures[0]).toMatch(/document 1, field metadata.namespace: is 'kube-system'/);
    expect(existsSync(file)).toBe(true);
  });
});
