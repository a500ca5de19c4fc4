import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeClusters } from './deploy-harness.js';
import { writeManifest } from './deploy-targets.js';

/** The fields of a live object these tests read. */
interface Live {
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
  type?: string;
  metadata: {
    uid: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences: { kind: string; name: string; uid: string }[];
  };
  spec: { template: { spec: { containers: { image: string }[] } } };
  status: { readyReplicas?: number };
  items: unknown[];
}

const FAST = { 'fail-fast-grace': '2s', timeout: '2m' };
const OLD_PASSWORD = 'old-pa55word-7f3a';
const NEW_PASSWORD = 'new-pa55word-91c2';

/** A Deployment reading ConfigMap `cfg` through envFrom and Secret `creds` through a volume. */
function release(image: string, cfg: string, password: string, extra = ''): string {
  return `apiVersion: v1
kind: ConfigMap
metadata: { name: cfg }
data:
${cfg}
---
apiVersion: v1
kind: Secret
metadata: { name: creds }
data: { password: ${Buffer.from(password).toString('base64')} }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  progressDeadlineSeconds: 60
  selector: { matchLabels: { app: web } }
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: app
          image: ${image}
          envFrom: [{ configMapRef: { name: cfg } }]
          volumeMounts: [{ name: creds, mountPath: /creds }]
      volumes: [{ name: creds, secret: { secretName: creds } }]
${extra}`;
}

describeClusters('config-rollback', (c) => {
  it('a release changing a ConfigMap and a Secret that crash-loops ends with both restored byte for byte, created objects gone, no secret in the record or log', async () => {
    const v1 = writeManifest(
      'v1.yaml',
      release('registry.local/web:1', '  mode: "blue"\n  multi: "line one\\nline two\\n"', OLD_PASSWORD),
    );
    const first = await c.deploy({ manifests: v1, version: 'v1', ...FAST });
    expect(first.outcome, first.runtime.failures.join('\n')).toBe('passed');
    const cfgBefore = await c.json<Live>('get', 'configmap/cfg');
    const credsBefore = await c.json<Live>('get', 'secret/creds');

    const extra = `---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: brand-new }\ndata: { x: "1" }\n`;
    const v2 = writeManifest(
      'v2.yaml',
      release('registry.local/web-crashloop:2', '  mode: "green"\n  added: "yes"', NEW_PASSWORD, extra),
    );
    const bad = await c.deploy({ manifests: v2, version: 'v2', ...FAST });
    expect(bad.runtime.outputs.status, bad.runtime.failures.join('\n')).toBe('rolled-back');

    const cfgAfter = await c.json<Live>('get', 'configmap/cfg');
    const credsAfter = await c.json<Live>('get', 'secret/creds');
    expect(cfgAfter.data).toEqual(cfgBefore.data);
    expect(cfgAfter.binaryData).toEqual(cfgBefore.binaryData);
    expect(credsAfter.data).toEqual(credsBefore.data);
    expect(Buffer.from(credsAfter.data?.password ?? '', 'base64').toString()).toBe(OLD_PASSWORD);
    expect(cfgAfter.metadata.labels).toEqual(cfgBefore.metadata.labels);
    expect(cfgAfter.metadata.annotations).toEqual(cfgBefore.metadata.annotations);
    expect((await c.target().kubectl(['-n', c.namespace(), 'get', 'configmap/brand-new'])).code).not.toBe(0);

    // The old pods run again, with the old image.
    const deployment = await c.json<Live>('get', 'deployment/web');
    expect(deployment.spec.template.spec.containers[0].image).toBe('registry.local/web:1');
    expect(deployment.status.readyReplicas).toBe(2);

    // Backups: owned objects of the same kind, named in the record; no secret value anywhere outside the cluster.
    const record = readFileSync(bad.runtime.outputs.record, 'utf8');
    const { configs } = JSON.parse(record) as {
      configs: {
        kind: string;
        name: string;
        backup?: string;
        existedBefore: boolean;
      }[];
    };
    const secretBackup = configs.find((s) => s.kind === 'Secret')?.backup;
    expect(secretBackup).toMatch(/^creds-dkb-/);
    const backup = await c.json<Live>('get', `secret/${secretBackup}`);
    expect(backup.type).toBe('deploy-kit.dev/backup');
    expect(backup.metadata.ownerReferences[0]).toMatchObject({
      kind: 'Secret',
      name: 'creds',
      uid: credsBefore.metadata.uid,
    });
    expect(configs.find((s) => s.kind === 'ConfigMap' && s.name === 'brand-new')?.existedBefore).toBe(false);
    for (const text of [record, bad.runtime.transcript(), bad.runtime.summaries]) {
      for (const secret of [OLD_PASSWORD, NEW_PASSWORD])
        for (const form of [secret, Buffer.from(secret).toString('base64')]) expect(text).not.toContain(form);
    }
    expect(bad.runtime.summaries).toMatch(/configmap\/cfg \| restored/);
    expect(bad.runtime.summaries).toMatch(/secret\/creds \| restored/);
  });

  it('an unchanged re-deploy makes no backups; a second rollback of the same record changes nothing', async () => {
    const count = async () =>
      (await c.json<Live>('get', 'secrets', '-l', 'deploy-kit.dev/backup-of=creds')).items.length;
    const before = await count();
    const v1 = writeManifest(
      'v1.yaml',
      release('registry.local/web:1', '  mode: "blue"\n  multi: "line one\\nline two\\n"', OLD_PASSWORD),
    );
    const again = await c.deploy({ manifests: v1, version: 'v1', ...FAST });
    expect(again.outcome, again.runtime.failures.join('\n')).toBe('passed');
    expect(await count()).toBe(before);
    const rollback = await c.rollback({ record: again.runtime.outputs.record, timeout: '1m' });
    expect(rollback.outcome, rollback.runtime.failures.join('\n')).toBe('passed');
    expect(rollback.runtime.outputs['rolled-back']).toBe('false');
  });

  it('a workload deleted since the deploy is recreated by the rollback from the record', async () => {
    const v2 = writeManifest('v2.yaml', release('registry.local/web:2', '  mode: "green"', OLD_PASSWORD));
    const deployed = await c.deploy({ manifests: v2, version: 'v2', ...FAST });
    expect(deployed.outcome, deployed.runtime.failures.join('\n')).toBe('passed');
    await c.kubectl('delete', 'deployment/web', '--wait=false');
    const rollback = await c.rollback({ record: deployed.runtime.outputs.record, timeout: '1m' });
    expect(rollback.outcome, rollback.runtime.failures.join('\n')).toBe('passed');
    expect(rollback.runtime.summaries).toContain('recreated');
    const recreated = await c.json<Live>('get', 'deployment/web');
    expect(recreated.spec.template.spec.containers[0].image).toBe('registry.local/web:1');
    expect((await c.json<Live>('get', 'configmap/cfg')).data?.mode).toBe('blue');
  });
});
