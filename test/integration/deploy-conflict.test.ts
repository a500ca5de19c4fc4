import { expect, it } from 'vitest';
import { describeClusters } from './deploy-harness.js';
import { deploymentYaml, writeManifest } from './deploy-targets.js';

const FAST = { 'fail-fast-grace': '2s', timeout: '2m' };
const image = (d: any) => d.spec.template.spec.containers[0].image;

describeClusters('deploy-conflict', (c) => {
  const web = writeManifest('web.yaml', deploymentYaml('web', 'registry.local/web:1'));

  it('a field another manager changed is a conflict reported before anything is applied; force-conflicts takes it over', async () => {
    expect((await c.deploy({ manifests: web, ...FAST })).outcome).toBe('passed');
    await c.kubectl('set', 'image', 'deployment/web', 'app=registry.local/web:hotfix');
    const { runtime, outcome } = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web:2',
      ...FAST,
    });
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toMatch(/conflict/i);
    expect(runtime.failures[0]).toContain('kubectl-set');
    expect(runtime.failures[0]).toContain('force-conflicts');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web:hotfix');
    const forced = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web:2',
      'force-conflicts': 'true',
      ...FAST,
    });
    expect(forced.outcome, forced.runtime.failures.join('\n')).toBe('passed');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web:2');
  });

  it('the release after a deploy-kit rollback owns the image again without force', async () => {
    const bad = await c.deploy({
      manifests: web,
      images: 'registry.local/web=registry.local/web-crashloop:3',
      ...FAST,
    });
    expect(bad.runtime.outputs.status).toBe('rolled-back');
    const next = await c.deploy({ manifests: web, images: 'registry.local/web=registry.local/web:4', ...FAST });
    expect(next.outcome, next.runtime.failures.join('\n')).toBe('passed');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web:4');
  });

  it('a concurrent deploy to the same workload is reported, and the first deploy does not roll it back', async () => {
    const slow = c.deploy({ manifests: web, images: 'registry.local/web=registry.local/web-slow:5', ...FAST });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const other = await c.deploy({ manifests: web, images: 'registry.local/web=registry.local/web:6', ...FAST });
    const first = await slow;
    expect(other.outcome, other.runtime.failures.join('\n')).toBe('passed');
    expect(first.outcome).toBe('failed');
    expect(first.runtime.outputs.status).toBe('failed');
    expect(first.runtime.outputs['rolled-back']).toBe('false');
    expect(first.runtime.failures[0]).toContain('changed by a concurrent deploy');
    expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web:6');
  });

  it.skipIf(c.cluster !== 'simulator')(
    'API faults (500/503/429 bursts, dropped watches, expired history) are survived',
    async () => {
      const faults = c.target().faults!;
      faults.failNext(3, 500);
      const pending = c.deploy({ manifests: web, images: 'registry.local/web=registry.local/web-slow:7', ...FAST });
      const chaos = (async () => {
        // Once the new template is applied, the deploy is waiting on its watches: break them.
        const applied = async () =>
          (
            await c
              .target()
              .kubectl([
                '-n',
                c.namespace(),
                'get',
                'deployment/web',
                '-o',
                'jsonpath={.spec.template.spec.containers[0].image}',
              ])
          ).stdout === 'registry.local/web-slow:7';
        while (!(await applied())) await new Promise((r) => setTimeout(r, 100));
        for (let i = 0; i < 4; i++) {
          await new Promise((resolve) => setTimeout(resolve, 600));
          faults.dropWatches();
          faults.failNext(2, i % 2 ? 503 : 429);
          if (i === 2) faults.compactHistory();
        }
      })();
      const { runtime, outcome } = await pending;
      await chaos;
      faults.reset();
      expect(outcome, runtime.logs.map((l) => l.message).join('\n')).toBe('passed');
      expect(image(await c.json('get', 'deployment/web'))).toBe('registry.local/web-slow:7');
      const log = runtime.logs.map((l) => l.message).join('\n');
      expect(log).toMatch(/retry 1/);
      expect(log).toMatch(/resuming|relisting|retrying/);
    },
  );
});
