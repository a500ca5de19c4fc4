import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/actions/harness.js';
import { createDefinition } from '../../src/actions/build-and-push/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { dockerEnv, fixtureContext, imageLabels, randomName, tagDigest } from './build-and-push-env.js';

const docker = dockerEnv();
const SHA = '0123456789abcdef0123456789abcdef01234567';
const NOW = new Date('2026-11-23T12:00:00Z');
const definition = createDefinition({ now: () => NOW, retry: { attempts: 2, baseDelayMs: 20 } });

if (!docker.available && process.env.CI === 'true') {
  describe('build-and-push with a real docker engine', () => {
    it('needs docker and the registries in CI', () => {
      throw new Error(`CI=true but ${docker.reason}`);
    });
  });
}

describe.skipIf(!docker.available)(
  `build-and-push with a real docker engine${docker.available ? '' : ` (skipped: ${docker.reason})`}`,
  () => {
    const dirs: string[] = [];
    let hello: string;
    let broken: string;
    let eventDir: string;

    beforeAll(() => {
      hello = fixtureContext('hello');
      broken = fixtureContext('broken');
      eventDir = mkdtempSync(join(tmpdir(), 'dk-event-'));
      dirs.push(hello, broken, eventDir);
    });
    afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

    function releaseEnv(tag: string, prerelease = false): Record<string, string> {
      const path = join(eventDir, `${tag}.json`);
      writeFileSync(
        path,
        JSON.stringify({
          action: 'published',
          release: { tag_name: tag, prerelease },
          repository: {
            name: 'shop',
            html_url: 'https://github.com/acme/shop',
            description: 'The shop',
            default_branch: 'main',
            license: { spdx_id: 'Apache-2.0' },
          },
        }),
      );
      return {
        GITHUB_EVENT_NAME: 'release',
        GITHUB_REF: `refs/tags/${tag}`,
        GITHUB_SHA: SHA,
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: 'acme/shop',
      };
    }

    it('builds, pushes every tag of a release, and the digest output is what the registry serves', async () => {
      const repository = randomName('dk-it/shop');
      const runtime = createMemoryRuntime(
        {
          images: `${docker.registry}/${repository}`,
          context: hello,
          tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}\ntype=sha',
          labels: 'com.example.team=platform\norg.opencontainers.image.description=Overridden',
          'build-args': 'GREETING=hi',
        },
        { env: releaseEnv('v1.2.3') },
      );
      const outcome = await runAction(definition, runtime);
      expect(runtime.failures).toEqual([]);
      expect(outcome).toBe('passed');
      const { digest } = runtime.outputs;
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(runtime.outputs['image-ref']).toBe(`${docker.registry}/${repository}@${digest}`);
      expect(runtime.outputs.version).toBe('1.2.3');
      const tags = ['1.2.3', '1.2', '1', 'sha-0123456', 'latest'];
      expect(runtime.outputs.tags.split('\n')).toEqual(tags.map((t) => `${docker.registry}/${repository}:${t}`));
      for (const tag of tags) expect(await tagDigest(docker.registry, repository, tag), `tag ${tag}`).toBe(digest);
      expect(await tagDigest(docker.registry, repository, `${digest}`)).toBe(digest);
      const labels = await imageLabels(docker.registry, repository, '1.2.3');
      expect(labels).toMatchObject({
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.com/acme/shop',
        'org.opencontainers.image.title': 'shop',
        'org.opencontainers.image.licenses': 'Apache-2.0',
        'org.opencontainers.image.created': NOW.toISOString(),
        'org.opencontainers.image.description': 'Overridden',
        'com.example.team': 'platform',
      });
      const metadata = JSON.parse(runtime.outputs.metadata);
      expect(metadata).toMatchObject({ digest, version: '1.2.3', builder: 'docker', pushed: true });
      expect(metadata.sizeBytes).toBeGreaterThan(500_000);
      expect(runtime.summaries).toContain(digest);
      expect(runtime.summaries).toMatch(/Build time \| \d+\.\d s/);
    });

    it('a prerelease moves neither latest nor the major/minor tags', async () => {
      const repository = randomName('dk-it/pre');
      const runtime = createMemoryRuntime(
        {
          images: `${docker.registry}/${repository}`,
          context: hello,
          tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}',
        },
        { env: releaseEnv('v2.0.0-rc.1', true) },
      );
      expect(await runAction(definition, runtime)).toBe('passed');
      expect(await tagDigest(docker.registry, repository, '2.0.0-rc.1')).toBe(runtime.outputs.digest);
      expect(await tagDigest(docker.registry, repository, 'latest')).toBe('HTTP 404');
      expect(await tagDigest(docker.registry, repository, '2')).toBe('HTTP 404');
    });

    it('logs in with the password on stdin, pushes to the htpasswd registry and logs out', async () => {
      const repository = randomName('dk-it/private');
      const runtime = createMemoryRuntime(
        {
          images: `${docker.authRegistry}/${repository}`,
          context: hello,
          version: '3.0.0',
          tags: 'type=semver,pattern={{version}}',
          username: docker.user,
          password: docker.password,
        },
        { env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('passed');
      const auth = { user: docker.user, password: docker.password };
      expect(await tagDigest(docker.authRegistry, repository, '3.0.0', auth)).toBe(runtime.outputs.digest);
      expect(await tagDigest(docker.authRegistry, repository, 'latest', auth)).toBe(runtime.outputs.digest);
      expect(runtime.secrets).toContain(docker.password);
      expect(runtime.transcript()).not.toContain(docker.password);
      const config = join(process.env.DOCKER_CONFIG ?? join(homedir(), '.docker'), 'config.json');
      if (existsSync(config))
        expect(JSON.parse(readFileSync(config, 'utf8')).auths?.[docker.authRegistry]).toBeUndefined();
    });

    it('bad credentials fail with a clear message and the password appears nowhere', async () => {
      const wrong = `wrong-${Math.random().toString(36).slice(2)}`;
      const runtime = createMemoryRuntime(
        {
          images: `${docker.authRegistry}/dk-it/denied`,
          context: hello,
          version: '1.0.0',
          username: docker.user,
          password: wrong,
        },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('error');
      expect(runtime.failures[0]).toMatch(
        /^deploy-kit\/build-and-push: login as deploy-kit: registry 127\.0\.0\.1:5001 rejected the credentials/,
      );
      expect(runtime.transcript()).not.toContain(wrong);
      expect(runtime.outputs.digest).toBeUndefined();
    });

    it('a failing build step fails the step with that step and its output', async () => {
      const runtime = createMemoryRuntime(
        { images: `${docker.registry}/dk-it/broken`, context: broken, version: '1.0.0' },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('error');
      expect(runtime.failures[0]).toContain('build of');
      expect(runtime.failures[0]).toMatch(/failed at 'Step 3\/\d+ : RUN \["\/bin\/busybox"/);
      expect(runtime.failures[0]).toContain('\nwidget.c:7: error: expected ; before }\n');
      expect(runtime.failures[0]).toContain('returned a non-zero code: 3');
    });

    it('an unreachable registry fails after retrying, naming the registry', async () => {
      const runtime = createMemoryRuntime(
        { images: '127.0.0.1:9/dk-it/nowhere', context: hello, version: '1.0.0' },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('error');
      expect(runtime.failures[0]).toMatch(/registry 127\.0\.0\.1:9 is not reachable/);
      expect(runtime.logs.some((l) => l.level === 'warning' && /attempt 1\), retrying/.test(l.message))).toBe(true);
    });

    it('push: false builds only; digest is the local image id and nothing reaches the registry', async () => {
      const repository = randomName('dk-it/local');
      const runtime = createMemoryRuntime(
        { images: `${docker.registry}/${repository}`, context: hello, version: '0.1.0', push: 'false' },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('passed');
      const inspect = spawnSync(
        'docker',
        ['image', 'inspect', '--format', '{{.Id}}', `${docker.registry}/${repository}:0.1.0`],
        { encoding: 'utf8' },
      );
      expect(runtime.outputs.digest).toBe(inspect.stdout.trim());
      expect(runtime.outputs['image-ref']).toBe('');
      expect(await tagDigest(docker.registry, repository, '0.1.0')).toBe('HTTP 404');
      expect(runtime.summaries).toContain('(local image, not pushed)');
    });

    it('options the classic builder cannot honour fail before anything is built', async () => {
      const runtime = createMemoryRuntime(
        {
          images: `${docker.registry}/dk-it/x`,
          context: hello,
          version: '1.0.0',
          builder: 'docker',
          platforms: 'linux/amd64,linux/arm64',
          sbom: 'true',
        },
        { env: { GITHUB_SHA: SHA } },
      );
      expect(await runAction(definition, runtime)).toBe('config-error');
      expect(runtime.failures[0]).toContain(
        "input 'platforms': the docker builder cannot honour it; use builder: buildx",
      );
      expect(runtime.failures[0]).toContain("input 'sbom'");
    });
  },
);
