import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_SCHEMA, type DeployRecord } from '../../src/core/deploy/rollback/record.js';
import { runBundle } from '../helpers/bundle.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-deployments.js';
import { readBody, startHttpServer, type TestServer } from '../helpers/http.js';

const SHA = 'a'.repeat(40);
const RUN = '777';

/** A deploy record as an interrupted deploy leaves it: v1 ran before, the restore was written. */
function cancelledRecord(): string {
  const record: DeployRecord = {
    schema: RECORD_SCHEMA,
    createdAt: new Date().toISOString(),
    version: 'v2',
    namespace: 'shop',
    context: 'ci',
    fieldManager: 'deploy-kit',
    workloads: [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        namespace: 'shop',
        existedBefore: true,
        before: { revision: 1, images: { app: 'shop:v1' }, template: {}, generation: 1, version: 'v1' },
      },
    ],
    resources: [],
    interruption: {
      signal: 'SIGINT',
      at: new Date().toISOString(),
      during: 'rollout',
      restore: 'written',
      restoreMs: 140,
      message: 'restore written: deployment/web -> revision 1',
    },
  };
  const path = join(mkdtempSync(join(tmpdir(), 'dk-notify-')), 'record.json');
  writeFileSync(path, JSON.stringify(record));
  return path;
}

let hook: TestServer;
const bodies: Array<{ status?: string; title?: string; reason?: string; restoredVersion?: string }> = [];
let github: FakeGitHub;
beforeAll(async () => {
  hook = await startHttpServer((req, res) => {
    void readBody(req).then((body) => {
      bodies.push(JSON.parse(body) as (typeof bodies)[number]);
      res.writeHead(200).end('ok');
    });
  });
});
afterAll(() => hook.close());
afterEach(async () => {
  bodies.length = 0;
  await github?.close();
});

const notify = (inputs: Record<string, string>, runId: string | undefined = RUN) =>
  runBundle(
    'notify',
    {
      version: 'v2',
      environment: 'production',
      'github-deployment': 'true',
      'github-token': 'ghs_endings',
      'webhook-url': `${hook.url}/hook`,
      ...inputs,
    },
    {
      env: {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: SHA,
        GITHUB_API_URL: github.url,
        ...(runId ? { GITHUB_RUN_ID: runId } : {}),
      },
    },
  );

describe('notify: every ending, on the deployment GitHub made for the job', () => {
  it.each([
    ['succeeded', 'success', '✅ acme/shop v2 deployed to production'],
    ['failed', 'failure', '❌ acme/shop v2 failed on production'],
    ['rolled-back', 'failure', '↩️ acme/shop v2 rolled back on production'],
    ['cancelled', 'error', '⏹️ acme/shop v2 cancelled on production'],
  ])('%s: statuses go to the job deployment, no second series', async (status, state, title) => {
    github = await startFakeGitHub();
    const job = github.addJobDeployment('production', SHA, RUN);
    const started = await notify({ status: 'started' });
    expect(started.outputs['deployment-id']).toBe(String(job.id));
    const ended = await notify({ status, 'deployment-id': started.outputs['deployment-id'] });
    expect(ended.code, ended.stdout).toBe(0);
    expect(github.deployments).toHaveLength(1);
    expect(github.stateOf(job.id)).toBe(state);
    expect(bodies.at(-1)?.title).toBe(title);
  });

  it('a cancelled release reports what the interrupted deploy restored, and keeps the restored-version record', async () => {
    github = await startFakeGitHub();
    const job = github.addJobDeployment('production', SHA, RUN);
    const ended = await notify({ status: 'cancelled', record: cancelledRecord() });
    expect(ended.code, ended.stdout).toBe(0);
    expect(bodies.at(-1)).toMatchObject({
      status: 'cancelled',
      title: '⏹️ acme/shop v2 cancelled on production (v1 restored)',
      restoredVersion: 'v1',
      reason: 'SIGINT during the rollout: restore written: deployment/web -> revision 1',
    });
    expect(github.stateOf(job.id)).toBe('error');
    expect(job.statuses.at(-1)?.description).toMatch(/^v2 cancelled, restored to v1: SIGINT during the rollout/);
    const restored = github.deployments.filter((d) => d.id !== job.id);
    expect(restored.map((d) => [d.payload.version, github.stateOf(d.id)])).toEqual([['v1', 'success']]);
  });

  it("a re-run attempt attaches to its own attempt's deployment (the newest of the run)", async () => {
    github = await startFakeGitHub();
    const first = github.addJobDeployment('production', SHA, RUN, 1);
    const second = github.addJobDeployment('production', SHA, RUN, 2);
    github.addJobDeployment('production', SHA, '999', 3);
    const ended = await notify({ status: 'succeeded' });
    expect(ended.outputs['deployment-id']).toBe(String(second.id));
    expect(github.deployments).toHaveLength(3);
    expect(first.statuses).toHaveLength(1);
  });

  it('creates a deployment only where the job has none (the CLI, another CI system)', async () => {
    github = await startFakeGitHub();
    github.addJobDeployment('production', SHA, '999');
    const elsewhere = await notify({ status: 'succeeded' }, undefined);
    const otherRun = await notify({ status: 'succeeded' });
    expect(github.deployments.map((d) => d.creator.login)).toEqual([
      'github-actions[bot]',
      'deploy-kit-token[bot]',
      'deploy-kit-token[bot]',
    ]);
    expect(elsewhere.outputs['deployment-state']).toBe('success');
    expect(otherRun.outputs['deployment-id']).toBe('3');
  });
});
