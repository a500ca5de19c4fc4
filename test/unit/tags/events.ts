import type { EventContext } from '../../../src/core/version/event.js';

/** Events as the runner delivers them (GITHUB_* values + payload), shared by the tag and version tables. */
export const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const repository = {
  name: 'shop',
  default_branch: 'main',
  html_url: 'https://github.com/acme/shop',
  description: 'The shop',
  license: { spdx_id: 'MIT' },
};

export function event(eventName: string, ref: string, payload: Record<string, unknown> = {}): EventContext {
  return {
    eventName,
    ref,
    sha: SHA,
    payload: { repository, ...payload },
    repository: 'acme/shop',
    serverUrl: 'https://github.com',
  };
}

export const EVENTS = {
  releaseStable: event('release', 'refs/tags/v1.2.3', {
    action: 'published',
    release: { tag_name: 'v1.2.3', prerelease: false },
  }),
  releasePrerelease: event('release', 'refs/tags/v2.0.0-rc.1', {
    action: 'published',
    release: { tag_name: 'v2.0.0-rc.1', prerelease: true },
  }),
  releaseFlaggedPrerelease: event('release', 'refs/tags/v2.0.0', {
    action: 'published',
    release: { tag_name: 'v2.0.0', prerelease: true },
  }),
  tagPush: event('push', 'refs/tags/v1.2.3'),
  monorepoTag: event('push', 'refs/tags/app/v3.1.4'),
  branchDefault: event('push', 'refs/heads/main'),
  branchOther: event('push', 'refs/heads/feature/Login_Form'),
  pullRequest: {
    ...event('pull_request', 'refs/pull/42/merge', { number: 42, pull_request: { number: 42 } }),
    headRef: 'feature/x',
    baseRef: 'main',
  },
  schedule: event('schedule', 'refs/heads/main', { schedule: '0 3 * * *' }),
  dispatch: event('workflow_dispatch', 'refs/heads/main', { inputs: { version: '1.4.0' } }),
} satisfies Record<string, EventContext>;

export const NOW = new Date('2026-11-23T10:11:12Z');
