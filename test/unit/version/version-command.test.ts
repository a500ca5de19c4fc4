import { captureIo } from '../../helpers/cli-io.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { commands } from '../../../src/cli/commands.js';
import { KIT_VERSION } from '../../../src/shared/version.js';

const dir = mkdtempSync(join(tmpdir(), 'dk-version-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string>) {
  const captured = captureIo(env);
  const code = await main(argv, commands, captured.io);
  return { code, out: captured.out(), err: captured.err() };
}

function release(tag: string, prerelease: boolean): Record<string, string> {
  const path = join(dir, `${tag.replace(/\//g, '_')}.json`);
  writeFileSync(
    path,
    JSON.stringify({ release: { tag_name: tag, prerelease }, repository: { name: 'shop', default_branch: 'main' } }),
  );
  return {
    GITHUB_EVENT_NAME: 'release',
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_EVENT_PATH: path,
  };
}

describe('deploy-kit version / tags read the event like the runner provides it', () => {
  it('prints the version of a release', async () => {
    expect(await cli(['version'], release('v1.2.3', false))).toMatchObject({ code: 0, out: '1.2.3\n' });
  });

  it('honours --match and reports the GitHub prerelease flag in --json', async () => {
    const result = await cli(['version', '--match', 'app/v(.*)', '--json'], release('app/v2.0.0', true));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ version: '2.0.0', source: 'release', prerelease: true });
  });

  it('keeps `version --kit` as the kit version', async () => {
    expect((await cli(['version', '--kit'], {})).out).toBe(`${KIT_VERSION}\n`);
  });

  it('exits 2 naming the fix when nothing can be resolved, or a flag is unknown', async () => {
    const none = await cli(['version'], {});
    expect(none.code).toBe(2);
    expect(none.err).toContain("input 'version'");
    const bad = await cli(['version', '--bogus'], {});
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('unknown option --bogus; valid: --version --match --json');
  });

  it('tags prints every image:tag of a release, prerelease aware', async () => {
    const rules = ['--tags', 'type=semver,pattern={{version}}', '--tags', 'type=semver,pattern={{major}}'];
    const stable = await cli(['tags', '--images', 'ghcr.io/acme/shop', ...rules], release('v1.2.3', false));
    expect(stable.out.trim().split('\n')).toEqual([
      'ghcr.io/acme/shop:1.2.3',
      'ghcr.io/acme/shop:1',
      'ghcr.io/acme/shop:latest',
    ]);
    const pre = await cli(['tags', '--images', 'ghcr.io/acme/shop', ...rules], release('v1.3.0', true));
    expect(pre.out.trim().split('\n')).toEqual(['ghcr.io/acme/shop:1.3.0']);
  });

  it('tags --json carries labels, and a bad rule exits 2 naming the tags input', async () => {
    const json = await cli(
      ['tags', '--images', 'acme/shop', '--registry', 'ghcr.io', '--labels', 'team=web', '--json'],
      release('v1.2.3', false),
    );
    const parsed = JSON.parse(json.out);
    expect(parsed.refs).toContain('ghcr.io/acme/shop:1.2.3');
    expect(parsed.labels).toMatchObject({ 'org.opencontainers.image.version': '1.2.3', team: 'web' });
    const bad = await cli(['tags', '--images', 'x', '--tags', 'type=nope'], release('v1.2.3', false));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("input 'tags': rule 'type=nope': type must be one of");
  });
});
