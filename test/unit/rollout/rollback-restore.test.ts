import { describe, expect, it } from 'vitest';
import {
  normalizeTemplate,
  recordProblem,
  sameTemplate,
  RECORD_SCHEMA,
} from '../../../src/core/deploy/rollback/record.js';
import { templateOfHolder, undoAnnotations } from '../../../src/core/deploy/rollback/restore.js';

const template = (image: string, hash?: string) => ({
  metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) }, creationTimestamp: null },
  spec: { containers: [{ name: 'app', image }] },
});

describe('template comparison', () => {
  it('ignores the pod-template-hash label, null creationTimestamp and key order', () => {
    expect(
      sameTemplate(template('a', 'h1'), {
        spec: { containers: [{ image: 'a', name: 'app' }] },
        metadata: { labels: { app: 'web' } },
      }),
    ).toBe(true);
    expect(sameTemplate(template('a'), template('b'))).toBe(false);
    expect(normalizeTemplate(template('a', 'h1')).metadata.labels).toEqual({ app: 'web' });
  });

  it("reads a ControllerRevision's template without its $patch marker", () => {
    const cr = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: { name: 'x' },
      data: { spec: { template: { ...template('a'), $patch: 'replace' } } },
    };
    expect(templateOfHolder(cr)).toEqual({
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'app', image: 'a' }] },
    });
  });
});

describe('undoAnnotations (kubectl rollout undo)', () => {
  it("keeps the deployment's skip-listed annotations and takes the rest from the ReplicaSet", () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        annotations: {
          'deployment.kubernetes.io/revision': '4',
          'kubernetes.io/change-cause': 'v2',
          'deploy-kit.dev/version': 'v2',
        },
      },
    };
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        annotations: {
          'deployment.kubernetes.io/revision': '2',
          'deployment.kubernetes.io/desired-replicas': '2',
          'kubernetes.io/change-cause': 'v1',
          'deploy-kit.dev/version': 'v1',
        },
      },
    };
    expect(undoAnnotations(deployment, rs)).toEqual({
      'deployment.kubernetes.io/revision': '4',
      'kubernetes.io/change-cause': 'v1',
      'deploy-kit.dev/version': 'v1',
    });
  });
});

describe('deploy record check', () => {
  it.each([
    [null, 'is not a JSON object'],
    [{ schema: 'other' }, "has schema 'other'"],
    [{ schema: RECORD_SCHEMA }, 'lacks the workloads/resources lists'],
    [{ schema: RECORD_SCHEMA, workloads: [], resources: [] }, undefined],
  ])('%j', (value, problem) => {
    const found = recordProblem(value);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
