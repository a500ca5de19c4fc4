import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/shared/errors.js';
import { eventContextFromEnv, resolveVersion, sanitizeTag } from '../../../src/core/version/index.js';
import { EVENTS, SHA, event } from '../tags/events.js';

describe('resolveVersion', () => {
  it.each([
    [
      'release published, stable',
      EVENTS.releaseStable,
      {},
      { version: '1.2.3', raw: 'v1.2.3', source: 'release', prerelease: false, isRelease: true },
    ],
    [
      'release published, semver prerelease',
      EVENTS.releasePrerelease,
      {},
      { version: '2.0.0-rc.1', source: 'release', prerelease: true },
    ],
    [
      'release flagged prerelease on GitHub, stable-looking tag',
      EVENTS.releaseFlaggedPrerelease,
      {},
      { version: '2.0.0', prerelease: true },
    ],
    ['tag push', EVENTS.tagPush, {}, { version: '1.2.3', source: 'tag', prerelease: false }],
    [
      'monorepo tag through match',
      EVENTS.monorepoTag,
      { match: 'app/v(.*)' },
      { version: '3.1.4', raw: '3.1.4', semver: { major: 3, minor: 1, patch: 4, prerelease: '' } },
    ],
    [
      'match without a group uses the whole match',
      EVENTS.tagPush,
      { match: '\\d+\\.\\d+' },
      { version: '1.2', semver: undefined },
    ],
    [
      'workflow_dispatch with an explicit version',
      EVENTS.dispatch,
      { version: 'v1.4.0' },
      { version: '1.4.0', source: 'input', isRelease: true },
    ],
    [
      'explicit version wins over a release tag',
      EVENTS.releaseStable,
      { version: '9.9.9-beta.2' },
      { version: '9.9.9-beta.2', prerelease: true, source: 'input' },
    ],
    [
      'explicit non-semver version kept as is',
      EVENTS.branchDefault,
      { version: '2026.11-hotfix' },
      { version: '2026.11-hotfix', semver: undefined, prerelease: false },
    ],
    ['branch push', EVENTS.branchOther, {}, { version: 'feature-Login_Form', source: 'branch', isRelease: false }],
    ['pull request', EVENTS.pullRequest, {}, { version: 'pr-42', source: 'pull-request', isRelease: false }],
    ['schedule on the default branch', EVENTS.schedule, {}, { version: 'main', source: 'branch' }],
    ['detached commit', event('workflow_run', ''), {}, { version: `sha-${SHA.slice(0, 7)}`, source: 'sha' }],
  ])('%s', (_name, ev, options, expected) => {
    expect(resolveVersion(ev, options)).toMatchObject(expected);
  });

  it('fails naming the match input when the tag does not match, so a wrong version is never published', () => {
    expect(() => resolveVersion(EVENTS.tagPush, { match: 'app/v(.*)' })).toThrow(ConfigError);
    expect(() => resolveVersion(EVENTS.tagPush, { match: 'app/v(.*)' })).toThrow(
      /input 'match'.*does not match the tag 'v1.2.3'/,
    );
  });

  it('rejects an invalid match pattern with the fix', () => {
    expect(() => resolveVersion(EVENTS.tagPush, { match: 'app/v(' })).toThrow(
      /input 'match': is not a valid regular expression.*example/,
    );
  });

  it('asks for the version input when nothing can be resolved', () => {
    expect(() => resolveVersion({ eventName: 'x', ref: '', sha: '', payload: {} })).toThrow(/input 'version'/);
  });

  it('reads the runner variables into an event context', () => {
    const ctx = eventContextFromEnv(
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v0.3.0', GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'a/b' },
      { x: 1 },
    );
    expect(ctx).toMatchObject({
      eventName: 'push',
      ref: 'refs/tags/v0.3.0',
      sha: SHA,
      repository: 'a/b',
      payload: { x: 1 },
    });
    expect(resolveVersion(ctx).version).toBe('0.3.0');
  });

  it.each([
    ['feature/x', 'feature-x'],
    ['.hidden', 'hidden'],
    ['a b@c', 'a-b-c'],
    ['x'.repeat(200), 'x'.repeat(128)],
  ])('sanitizes %s into a valid docker tag', (input, expected) => {
    expect(sanitizeTag(input)).toBe(expected);
  });
});
