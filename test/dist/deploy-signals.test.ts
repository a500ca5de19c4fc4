import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { describeClusters } from '../integration/deploy-harness.js';
import { deploymentYaml, writeManifest } from '../integration/deploy-targets.js';
import type { DeployRecord } from '../../src/core/deploy/rollback/record.js';

/** The runner's window after SIGINT: SIGTERM at 7.5 s, the kill 2.5 s later. */
const RUNNER_KILL_MS = 10_000;
/** The promise: the restore of what ran before is written within 2 s of the signal. */
const RESTORE_MS = 2_000;

interface LiveDeployment {
  spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
  status: { updatedReplicas?: number; availableReplicas?: number };
}

const inRollout = (stdout: string) => /::group::Rollout[\s\S]*Waiting for deployment/.test(stdout);

describeClusters('dist-deploy-signal', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));
  const inputs = () => ({
    manifests: web,
    namespace: c.namespace(),
    kubeconfig: c.target().kubeconfig,
    'fail-fast-grace': '2s',
    timeout: '2m',
  });
  const images = (deployment: LiveDeployment) => deployment.spec.template.spec.containers.map((x) => x.image);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'a %s mid-rollout of a slow image restores what ran before, records it and exits non-zero in the window',
    async (signal) => {
      const first = await runBundle('deploy', { ...inputs(), version: 'v1' });
      expect(first.code, first.stdout + first.stderr).toBe(0);
      const record = join(mkdtempSync(join(tmpdir(), 'dk-signal-')), 'record.json');
      const cancelled = await runBundle(
        'deploy',
        { ...inputs(), version: 'v2', images: 'registry.local/web=registry.local/web-slow:2', 'record-file': record },
        { interrupt: { when: inRollout, signal } },
      );
      expect(cancelled.exitMsAfterSignal, cancelled.stdout).toBeDefined();
      expect(cancelled.exitMsAfterSignal!).toBeLessThan(RUNNER_KILL_MS);
      expect(cancelled.code, cancelled.stdout + cancelled.stderr).toBe(1);
      expect(cancelled.stdout).toContain(`::warning::${signal} received (the run was cancelled or timed out)`);
      expect(cancelled.stdout).toMatch(
        new RegExp(
          `::error::deploy-kit/deploy: interrupted by ${signal} during the rollout .*rolled back: deployment/web -> revision \\d+ = v1 \\(app=registry.local/web:1\\)`,
        ),
      );
      expect(cancelled.outputs.status).toBe('rolled-back');
      expect(cancelled.outputs.record).toBe(record);
      const saved = JSON.parse(readFileSync(record, 'utf8')) as DeployRecord;
      expect(saved.interruption).toMatchObject({ signal, during: 'rollout', restore: 'written' });
      expect(saved.interruption!.restoreMs).toBeLessThan(RESTORE_MS);
      expect(images(await c.json<LiveDeployment>('get', 'deployment', 'web'))).toEqual(['registry.local/web:1']);

      // The workflow's rollback step (if: failure() || cancelled()) then waits for that restore to finish.
      const rollback = await runBundle('rollback', {
        record,
        kubeconfig: c.target().kubeconfig,
        namespace: c.namespace(),
        timeout: '2m',
      });
      expect(rollback.code, rollback.stdout + rollback.stderr).toBe(0);
      const live = await c.json<LiveDeployment>('get', 'deployment', 'web');
      expect(images(live)).toEqual(['registry.local/web:1']);
      expect(live.status.updatedReplicas).toBe(live.spec.replicas);
      expect(live.status.availableReplicas).toBe(live.spec.replicas);
    },
  );

  it('a re-run attempt of a succeeded release applies nothing new: same revision, same ReplicaSets, succeeded', async () => {
    const release = { ...inputs(), version: 'v9', images: 'registry.local/web=registry.local/web:9' };
    const first = await runBundle('deploy', release);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const replicaSets = async () =>
      (await c.json<{ items: { metadata: { name: string } }[] }>('get', 'replicasets', '-l', 'app=web')).items
        .map((r) => r.metadata.name)
        .sort();
    const before = await replicaSets();
    const again = await runBundle('deploy', release);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.outputs.status).toBe('succeeded');
    expect(again.outputs.revisions).toBe(first.outputs.revisions);
    expect(again.outputs['previous-revisions']).toBe(first.outputs.revisions);
    expect(await replicaSets()).toEqual(before);
  });

  it('a SIGINT while the rollback waits ends it non-zero at once, saying the restore is written', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'dk-signal-')), 'record.json');
    const slow = await runBundle(
      'deploy',
      { ...inputs(), version: 'v3', images: 'registry.local/web=registry.local/web-slow:3', 'record-file': record },
      { timeoutMs: 60_000 },
    );
    expect(slow.code, slow.stdout + slow.stderr).toBe(0);
    const rollback = await runBundle(
      'rollback',
      { record, kubeconfig: c.target().kubeconfig, namespace: c.namespace(), timeout: '2m' },
      { interrupt: { when: (out) => out.includes('restoring the template of revision'), signal: 'SIGINT' } },
    );
    expect(rollback.exitMsAfterSignal!).toBeLessThan(RUNNER_KILL_MS);
    expect(rollback.code).toBe(1);
    expect(rollback.stdout).toMatch(/::error::deploy-kit\/rollback: rollback failed: interrupted by SIGINT while waiting for deployment/);
    expect(images(await c.json<LiveDeployment>('get', 'deployment', 'web'))).not.toContain('registry.local/web-slow:3');
  });
});
