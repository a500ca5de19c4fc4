import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';
import { runBundle } from '../helpers/bundle.js';
import { describeClusters } from '../integration/deploy-harness.js';
import { deploymentYaml, writeManifest } from '../integration/deploy-targets.js';

/** Lines the runner shows: everything except the ::add-mask:: commands it consumes. */
const shown = (stdout: string) => stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

describeClusters('dist-deploy', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));
  const inputs = () => ({ manifests: web, namespace: c.namespace(), kubeconfig: c.target().kubeconfig, 'fail-fast-grace': '2s', timeout: '2m' });

  it('dist/deploy applies and waits as the runner runs it, masking the kubeconfig', async () => {
    const result = await runBundle('deploy', { ...inputs(), version: 'v1' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.status).toBe('succeeded');
    expect(JSON.parse(result.outputs.revisions)).toEqual({ 'deployment/web': 1 });
    expect(result.summary).toContain('deploy v1: succeeded');
    expect(result.stdout).toContain('::add-mask::');
    const token = c.target().kubeconfig.match(/token:\s*(\S+)/)?.[1];
    if (token) expect(shown(result.stdout) + result.summary + JSON.stringify(result.outputs)).not.toContain(token);
    expect(shown(result.stdout)).toContain('successfully rolled out');
  });

  it('dist/deploy fails the step with a bad image and rolls back in the same step', async () => {
    const result = await runBundle('deploy', { ...inputs(), version: 'v2', images: 'registry.local/web=registry.local/web-pullerror:2' });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('rolled-back');
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.stdout).toMatch(/::error::deploy-kit\/deploy: deployment\/web: pod .* (ErrImagePull|ImagePullBackOff).*rolled back: deployment\/web -> revision 3 = v1 \(app=registry.local\/web:1\)/);
    expect(result.summary).toContain('### Rollback');
  });
});

it('deploy-kit deploy (dist/cli) exits 2 on a configuration error, naming the input, before touching a cluster', async () => {
  const run = (args: string[]) => new Promise<{ code: number; stderr: string; stdout: string }>((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], { env: { PATH: process.env.PATH ?? '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
  const bad = await run(['deploy', '--manifests', 'test/fixtures/manifests/app', '--images', 'ghcr.io/acme/nope=x:1', '--kubeconfig', 'apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts: []\n']);
  expect(bad.code).toBe(2);
  expect(bad.stdout + bad.stderr).toContain("input 'images': 'ghcr.io/acme/nope' matches no container");
  const help = await run(['rollback', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--to-revision');
});
