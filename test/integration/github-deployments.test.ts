import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/clients/github/octokit.js';
import { finishDeployment, shortDescription, startDeployment } from '../../src/clients/github/deployments.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-deployments.js';

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);
let github: FakeGitHub | undefined;

afterEach(async () => {
  await github?.close();
  github = undefined;
});

const target = (ref: string) => ({ owner: 'acme', repo: 'shop', environment: 'production', ref });
const links = { environmentUrl: 'https://shop.example.com', logUrl: 'https://github.com/acme/shop/actions/runs/7' };

describe('GitHub Deployments client', () => {
  it('records a successful release: payload, in_progress then success with links, previous one inactive', async () => {
    github = await startFakeGitHub();
    const octokit = createOctokit('ghs_token123', github.url);
    const first = await startDeployment(octokit, target(SHA1), { version: 'v1.0.0', digest: 'sha256:1111' }, links);
    await finishDeployment(octokit, target(SHA1), first, { version: 'v1.0.0' }, { kind: 'succeeded' }, links);
    const second = await startDeployment(octokit, target(SHA2), { version: 'v1.1.0', digest: 'sha256:2222' }, links);
    expect(github.stateOf(second)).toBe('in_progress');
    await finishDeployment(octokit, target(SHA2), second, { version: 'v1.1.0' }, { kind: 'succeeded' }, links);

    const record = github.deployments[1];
    expect(record).toMatchObject({
      ref: SHA2,
      environment: 'production',
      payload: { version: 'v1.1.0', digest: 'sha256:2222', tool: 'deploy-kit' },
    });
    expect(record.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(record.statuses[1]).toMatchObject({
      environment_url: links.environmentUrl,
      log_url: links.logUrl,
      auto_inactive: true,
    });
    expect(github.stateOf(first)).toBe('inactive');
    expect(github.stateOf(second)).toBe('success');
    expect(github.requests.every((r) => r.authorization === 'token ghs_token123')).toBe(true);
  });

  it('marks a rolled-back release failed with the reason and the restored version success', async () => {
    github = await startFakeGitHub();
    const octokit = createOctokit('t0ken', github.url);
    const v1 = await startDeployment(octokit, target(SHA1), { version: 'v1.0.0', digest: 'sha256:1111' });
    await finishDeployment(octokit, target(SHA1), v1, { version: 'v1.0.0' }, { kind: 'succeeded' }, links);
    const v2 = await startDeployment(octokit, target(SHA2), { version: 'v2.0.0' });
    const result = await finishDeployment(
      octokit,
      target(SHA2),
      v2,
      { version: 'v2.0.0' },
      {
        kind: 'rolled-back',
        reason: 'perf gate failed: p(95) 180ms > 100ms',
        restoredVersion: 'v1.0.0',
        restoredDigest: 'sha256:1111',
      },
      links,
    );
    expect(github.stateOf(v2)).toBe('failure');
    expect(github.deployments[1].statuses.at(-1)?.description).toBe(
      'v2.0.0 rolled back to v1.0.0: perf gate failed: p(95) 180ms > 100ms',
    );
    const restored = github.deployments.find((d) => d.id === result.restoredDeploymentId)!;
    // The restored deployment points at the commit v1 was deployed from, found through the list API.
    expect(restored).toMatchObject({
      sha: SHA1,
      payload: { version: 'v1.0.0', digest: 'sha256:1111', restoredFrom: 'v2.0.0' },
    });
    expect(github.stateOf(restored.id)).toBe('success');
    expect(github.stateOf(v1)).toBe('inactive');
  });

  it('marks a failed release failure and surfaces API errors', async () => {
    github = await startFakeGitHub();
    const octokit = createOctokit('t0ken', github.url);
    const id = await startDeployment(octokit, target(SHA1), { version: 'v3' });
    await finishDeployment(
      octokit,
      target(SHA1),
      id,
      { version: 'v3' },
      { kind: 'failed', reason: 'rollout timed out' },
    );
    expect(github.stateOf(id)).toBe('failure');
    await github.close();
    github = await startFakeGitHub({ failWith: 403 });
    await expect(startDeployment(createOctokit('t0ken', github.url), target(SHA1), { version: 'v3' })).rejects.toThrow(
      /Server Error/,
    );
  });

  it("keeps status descriptions within GitHub's 140 characters", () => {
    expect(shortDescription('x'.repeat(300))).toHaveLength(140);
    expect(shortDescription('a\n  b')).toBe('a b');
  });
});
