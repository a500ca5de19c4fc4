import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/actions/harness.js';
import { createDefinition } from '../../src/actions/build-and-push/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { dockerEnv, fixtureContext, imageLabels, randomName, tagDigest } from './build-and-push-env.js';

/**
 * The daemonless builders against the same registries. .ci/services.d/20-docker.sh installs
 * them and lists the working ones in DK_EXTRA_BUILDERS; in CI those must run.
 */
const registries = dockerEnv();
const SHA = '89abcdef0123456789abcdef0123456789abcdef';
const definition = createDefinition({
  now: () => new Date('2026-11-23T12:30:00Z'),
  retry: { attempts: 2, baseDelayMs: 20 },
});
const required = (process.env.DK_EXTRA_BUILDERS ?? '').split(/\s+/).filter(Boolean);

function why(builder: string): string {
  if (!registries.available) return registries.reason;
  const probe = spawnSync(builder, ['--version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? `${builder} is not installed` : '';
}

describe.each(['podman', 'buildah'])('build-and-push with the real %s builder', (builder) => {
  const reason = why(builder);
  if (reason && process.env.CI === 'true' && required.includes(builder)) {
    it(`must run in CI (DK_EXTRA_BUILDERS lists ${builder})`, () => {
      throw new Error(reason);
    });
    return;
  }
  let hello: string;
  let broken: string;
  beforeAll(() => {
    if (!reason) {
      hello = fixtureContext('hello');
      broken = fixtureContext('broken');
    }
  });
  afterAll(() => {
    if (!reason) [hello, broken].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it.skipIf(Boolean(reason))(
    `logs in on stdin, pushes to the htpasswd registry, digest and labels match the registry${reason ? ` (skipped: ${reason})` : ''}`,
    async () => {
      const repository = randomName(`dk-it/${builder}`);
      const runtime = createMemoryRuntime(
        {
          images: `${registries.authRegistry}/${repository}`,
          context: hello,
          builder,
          version: '5.6.7',
          tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}',
          labels: 'com.example.builder=' + builder,
          username: registries.user,
          password: registries.password,
        },
        { env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('passed');
      const auth = { user: registries.user, password: registries.password };
      for (const tag of ['5.6.7', '5', 'latest'])
        expect(await tagDigest(registries.authRegistry, repository, tag, auth), tag).toBe(runtime.outputs.digest);
      expect(await imageLabels(registries.authRegistry, repository, '5.6.7', auth)).toMatchObject({
        'org.opencontainers.image.version': '5.6.7',
        'org.opencontainers.image.revision': SHA,
        'com.example.builder': builder,
      });
      expect(JSON.parse(runtime.outputs.metadata).builder).toBe(builder);
      expect(runtime.transcript()).not.toContain(registries.password);
    },
  );

  it.skipIf(Boolean(reason))(
    `a failing step is named with its output${reason ? ` (skipped: ${reason})` : ''}`,
    async () => {
      const runtime = createMemoryRuntime(
        { images: `${registries.registry}/dk-it/broken-${builder}`, context: broken, builder, version: '1.0.0' },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('error');
      expect(runtime.failures[0]).toMatch(/failed at 'STEP 3\/\d+: RUN \["\/bin\/busybox"/);
      expect(runtime.failures[0]).toContain('widget.c:7: error: expected ; before }');
    },
  );
});
