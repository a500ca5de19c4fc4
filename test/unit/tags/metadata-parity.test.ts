import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventContext } from '../../../src/actions/shared/event.js';
import { planImage } from '../../../src/core/tags/plan.js';
import { parseRules } from '../../../src/core/tags/rules.js';
import { ConfigError } from '../../../src/shared/errors.js';
import { repoRoot } from '../../helpers/repo.js';

const NOW = new Date('2026-03-01T03:17:00Z');
const fixture = (name: string) => join(repoRoot, 'test/fixtures/events', name);

/** The variables the runner sets for an event whose payload is a fixture file. */
const runnerEnv = (name: string, payload: string, ref: string, sha = 'c0ffee1234567890abcdefc0ffee1234567890ab') => ({
  GITHUB_EVENT_NAME: name,
  GITHUB_EVENT_PATH: fixture(payload),
  GITHUB_REF: ref,
  GITHUB_SHA: sha,
});

/** The runner's view of a run: GITHUB_* variables as GitHub sets them plus the payload file. */
async function plan(env: Record<string, string>, tags: string, images = ['ghcr.io/MyOrg/Shop']) {
  const { event, warning } = await readEventContext({ GITHUB_REPOSITORY: 'MyOrg/Shop', ...env });
  expect(warning).toBeUndefined();
  return planImage({ event, now: NOW, images, tags, flavor: 'latest=auto' });
}

const DEFAULT_BRANCH_RULES = `type=ref,event=branch
type=ref,event=pr
type=edge
type=raw,value=latest,enable={{is_default_branch}}
type=sha`;

describe('tag rules match docker/metadata-action on real event payloads', () => {
  it('pull_request_target is a pull request: no default-branch tags, pr-<n> instead', async () => {
    const result = await plan(
      {
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: fixture('pull-request-target.json'),
        GITHUB_REF: 'refs/heads/main', // pull_request_target runs with the base branch's ref
        GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
        GITHUB_BASE_REF: 'main',
        GITHUB_HEAD_REF: 'faster-checkout',
      },
      DEFAULT_BRANCH_RULES,
    );
    expect(result.tags.map((t) => t.tag)).toEqual(['pr-57', 'sha-1a2b3c4']);
    expect(result.refs.join(' ')).not.toMatch(/:main|:edge|:latest/);
  });

  it('schedule: the payload carries no repository, the run is on the default branch by definition', async () => {
    const result = await plan(
      runnerEnv('schedule', 'schedule.json', 'refs/heads/trunk', 'feedfacefeedfacefeedfacefeedfacefeedface'),
      `type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}\n${DEFAULT_BRANCH_RULES}`,
    );
    expect(result.tags.map((t) => t.tag)).toEqual(['nightly-20260301', 'edge', 'trunk', 'latest', 'sha-feedfac']);
  });

  it('{{base_ref}} on a tag push comes from the payload', async () => {
    const result = await plan(
      runnerEnv('push', 'push-tag.json', 'refs/tags/v2.4.0'),
      'type=semver,pattern={{version}}\ntype=raw,value=from-{{base_ref}}',
    );
    expect(result.tags.map((t) => t.tag)).toEqual(['2.4.0', 'from-main', 'latest']);
  });

  it('lowercases image names such as ghcr.io/${{ github.repository }} for an owner MyOrg', async () => {
    const result = await plan(
      runnerEnv('push', 'push-tag.json', 'refs/tags/v2.4.0'),
      'type=semver,pattern={{version}}',
    );
    expect(result.images).toEqual(['ghcr.io/myorg/shop']);
    expect(result.refs).toContain('ghcr.io/myorg/shop:2.4.0');
  });
});

describe("metadata-action's rule shorthand and CSV quoting", () => {
  it.each([
    ['type=raw,foo', { type: 'raw', value: 'foo' }],
    ['foo', { type: 'raw', value: 'foo' }],
    ['type=raw,"value=x,y",priority=5', { type: 'raw', value: 'x,y', priority: '5' }],
    ['type=raw,value="p,q"', { type: 'raw', value: 'p,q' }],
    ['"type=raw","value=say ""hi"""', { type: 'raw', value: 'say "hi"' }],
  ])('%s', (line, attrs) => {
    expect(parseRules(line)[0].attrs).toEqual(attrs);
  });

  it('blames registry, not images, for a URL in registry', () => {
    const run = () =>
      planImage({
        event: { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: {} },
        now: NOW,
        images: ['team/app'],
        registry: 'https://ghcr.io',
        tags: 'type=sha',
        flavor: '',
      });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow("input 'registry': must be a registry host such as ghcr.io, without https://");
  });
});

describe('the event reader', () => {
  it('reports a payload that is not an object, and still works from the variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-event-'));
    writeFileSync(join(dir, 'event.json'), '[1,2]');
    const { event, warning } = await readEventContext({
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
    });
    expect(warning).toMatch(/is not a JSON object/);
    expect(event.ref).toBe('refs/heads/main');
  });
});
