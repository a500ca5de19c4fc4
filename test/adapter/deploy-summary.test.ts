import { describe, expect, it } from 'vitest';
import { renderSummary as renderDeploySummary } from '../../src/actions/deploy/summary.js';
import { renderSummary as renderRollbackSummary } from '../../src/actions/rollback/summary.js';
import type { ReleaseResult } from '../../src/core/deploy/rollout/release.js';
import { RECORD_SCHEMA } from '../../src/core/deploy/rollback/record.js';

const ref = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' };
const result: ReleaseResult = {
  status: 'rolled-back',
  recordPath: '/tmp/r.json',
  notDryRun: [],
  applied: [{ ...ref, created: false }],
  record: {
    schema: RECORD_SCHEMA,
    createdAt: '2026-01-01T00:00:00Z',
    version: 'v2',
    namespace: 'shop',
    context: 'prod',
    fieldManager: 'deploy-kit',
    resources: [],
    workloads: [
      {
        ...ref,
        existedBefore: true,
        before: { revision: 3, images: { app: 'web:1' }, template: {}, generation: 3 },
        after: { revision: 5, images: { app: 'web:1' } },
      },
    ],
  },
  outcomes: [
    {
      ref,
      state: 'failed',
      message: 'pod web-x container app is in CrashLoopBackOff',
      counts: { desired: 2, updated: 1, ready: 2, available: 2 },
      elapsedMs: 4200,
      failure: {
        reason: 'CrashLoopBackOff',
        problems: [],
        events: ['Warning BackOff Pod/web-x: Back-off restarting failed container'],
        containers: ['web-x: Running app=CrashLoopBackOff(restarts 3)'],
      },
    },
  ],
  rollback: {
    ok: true,
    rolledBack: true,
    items: [
      {
        ref,
        key: 'deployment/web',
        action: 'rolled-back',
        message: 'rolled back to the template of revision 3',
        fromRevision: 4,
        toRevision: 5,
        images: { app: 'web:1' },
      },
    ],
  },
};

describe('deploy summary', () => {
  it('shows before -> after revisions, images, the failure with pod states and Events, and the rollback', () => {
    const md = renderDeploySummary(result);
    expect(md).toContain('## ⚠️ deploy v2: rolled-back');
    expect(md).toContain(
      '| deployment/web | 3 -&gt; 5 | app=web:1 | app=web:1 | failed (4.2s): pod web-x container app is in CrashLoopBackOff |',
    );
    expect(md).toContain('### Failure: deployment/web (CrashLoopBackOff)');
    expect(md).toContain('Back-off restarting failed container');
    expect(md).toContain('| deployment/web | rolled-back | 4 -&gt; 5 | app=web:1 |');
  });

  it('rollback summary says when there was nothing to do', () => {
    const md = renderRollbackSummary({
      ok: true,
      rolledBack: false,
      items: [],
      source: 'r.json',
      note: 'nothing to roll back to',
    });
    expect(md).toContain('rollback: nothing to change');
    expect(md).toContain('> nothing to roll back to');
  });
});
