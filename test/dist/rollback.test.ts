import { expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { describeClusters } from '../integration/deploy-harness.js';
import { deploymentYaml, writeManifest } from '../integration/deploy-targets.js';

describeClusters('dist-rollback', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));

  it('dist/rollback restores what ran before the recorded deploy, then changes nothing the second time', async () => {
    const base = { manifests: web, namespace: c.namespace(), kubeconfig: c.target().kubeconfig, 'fail-fast-grace': '2s', timeout: '2m' };
    expect((await runBundle('deploy', { ...base, version: 'v1' })).code).toBe(0);
    const second = await runBundle('deploy', { ...base, version: 'v2', images: 'registry.local/web=registry.local/web:2' });
    expect(second.code, second.stdout).toBe(0);
    const rollback = { record: second.outputs.record, kubeconfig: c.target().kubeconfig, reason: 'perf gate failed', timeout: '2m' };
    const first = await runBundle('rollback', rollback);
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['rolled-back']).toBe('true');
    expect(JSON.parse(first.outputs.images)).toEqual({ 'deployment/web': { app: 'registry.local/web:1' } });
    expect(first.summary).toContain('rollback: rolled back');
    const again = await runBundle('rollback', rollback);
    expect(again.code).toBe(0);
    expect(again.outputs['rolled-back']).toBe('false');
    expect(again.summary).toContain('nothing to change');
  });
});
