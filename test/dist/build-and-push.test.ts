import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { dockerEnv, fixtureContext, imageLabels, randomName, tagDigest } from '../integration/build-and-push-env.js';

const docker = dockerEnv();
const SHA = 'fedcba9876543210fedcba9876543210fedcba98';

if (!docker.available && process.env.CI === 'true') {
  describe('dist/build-and-push', () => {
    it('needs docker and the registries in CI', () => { throw new Error(`CI=true but ${docker.reason}`); });
  });
}

describe.skipIf(!docker.available)(`dist/build-and-push as the runner runs it${docker.available ? '' : ` (skipped: ${docker.reason})`}`, () => {
  let context: string;
  let eventDir: string;
  beforeAll(() => {
    context = fixtureContext('hello');
    eventDir = mkdtempSync(join(tmpdir(), 'dk-bundle-event-'));
  });
  afterAll(() => [context, eventDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function tagPushEnv(tag: string): Record<string, string> {
    const path = join(eventDir, 'event.json');
    writeFileSync(path, JSON.stringify({ ref: `refs/tags/${tag}`, repository: { name: 'shop', html_url: 'https://github.com/acme/shop', default_branch: 'main' } }));
    return { GITHUB_EVENT_NAME: 'push', GITHUB_REF: `refs/tags/${tag}`, GITHUB_SHA: SHA, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/shop' };
  }

  it('pushes to the htpasswd registry; outputs, summary and registry agree; the password is masked everywhere', async () => {
    const repository = randomName('dk-dist/shop');
    const result = await runBundle('build-and-push', {
      images: `${docker.authRegistry}/${repository}`, context, username: docker.user, password: docker.password,
      tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
    }, { env: tagPushEnv('v4.5.6'), timeoutMs: 90_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const auth = { user: docker.user, password: docker.password };
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const tag of ['4.5.6', '4.5', 'latest']) expect(await tagDigest(docker.authRegistry, repository, tag, auth)).toBe(result.outputs.digest);
    expect(result.outputs.version).toBe('4.5.6');
    expect(result.outputs['image-ref']).toBe(`${docker.authRegistry}/${repository}@${result.outputs.digest}`);
    expect(await imageLabels(docker.authRegistry, repository, '4.5.6', auth)).toMatchObject({ 'org.opencontainers.image.version': '4.5.6', 'org.opencontainers.image.revision': SHA });
    expect(result.summary).toContain(result.outputs.digest);
    expect(result.summary).toMatch(/\| Size \| \d+\.\d (KiB|MiB) compressed \|/);
    expect(result.stdout).toContain(`::add-mask::${docker.password}`);
    const leaked = [result.stdout.replaceAll(`::add-mask::${docker.password}`, ''), result.summary, JSON.stringify(result.outputs)].join('\n');
    expect(leaked).not.toContain(docker.password);
  });

  it('bad credentials: exit 1, a clear ::error::, and the wrong password nowhere but its mask command', async () => {
    const wrong = `nope-${Math.random().toString(36).slice(2)}`;
    const result = await runBundle('build-and-push', {
      images: `${docker.authRegistry}/dk-dist/denied`, context, username: docker.user, password: wrong,
    }, { env: tagPushEnv('v1.0.0'), timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::deploy-kit\/build-and-push: login as deploy-kit: registry 127\.0\.0\.1:5001 rejected the credentials/);
    const rest = [result.stdout.replaceAll(`::add-mask::${wrong}`, ''), result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
    expect(rest).not.toContain(wrong);
  });
});
