import { describe, expect, it } from 'vitest';
import { daemonSetStatus, deploymentStatus, statefulSetStatus } from '../../../src/core/deploy/rollout/status.js';

const deploy = (generation: number, spec: object, status: object) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', generation },
  spec,
  status,
});

// The cases of kubectl's rollout_status_test.go, worded the same way.
describe('deploymentStatus (kubectl rollout status rules)', () => {
  it.each([
    [
      deploy(2, { replicas: 1 }, { observedGeneration: 1 }),
      false,
      'Waiting for deployment spec update to be observed...',
    ],
    [
      deploy(1, { replicas: 3 }, { observedGeneration: 1, updatedReplicas: 1, replicas: 3 }),
      false,
      'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
    ],
    [
      deploy(1, { replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 3, availableReplicas: 2 }),
      false,
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
    ],
    [
      deploy(1, { replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }),
      false,
      'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
    ],
    [
      deploy(1, { replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }),
      true,
      'deployment "web" successfully rolled out',
    ],
    [deploy(1, { replicas: 0 }, { observedGeneration: 1 }), true, 'deployment "web" successfully rolled out'],
  ])('%#: %j', (d, done, message) => {
    const status = deploymentStatus(d);
    expect(status.done).toBe(done);
    expect(status.message).toBe(message);
    expect(status.error).toBeUndefined();
  });

  it('fails on ProgressDeadlineExceeded once the generation is observed', () => {
    const exceeded = {
      observedGeneration: 1,
      updatedReplicas: 1,
      replicas: 2,
      conditions: [
        {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: 'ReplicaSet "web-1" has timed out progressing.',
        },
      ],
    };
    expect(deploymentStatus(deploy(1, { replicas: 2 }, exceeded)).error).toContain('exceeded its progress deadline');
    expect(deploymentStatus(deploy(2, { replicas: 2 }, exceeded)).error).toBeUndefined();
  });

  it('ignores a ProgressDeadlineExceeded left over from before our own write (an undo of a stuck release)', () => {
    const condition = {
      type: 'Progressing',
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      lastUpdateTime: '2026-11-23T12:00:05Z',
    };
    const status = {
      observedGeneration: 3,
      updatedReplicas: 1,
      replicas: 2,
      availableReplicas: 1,
      conditions: [condition],
    };
    expect(deploymentStatus(deploy(3, { replicas: 1 }, status), '2026-11-23T12:00:07Z')).toMatchObject({
      done: false,
      message: 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
    });
    expect(deploymentStatus(deploy(3, { replicas: 1 }, status), '2026-11-23T12:00:04Z').error).toContain(
      'exceeded its progress deadline',
    );
  });
});

describe('statefulSetStatus', () => {
  const sts = (spec: object, status: object, generation = 1) => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', generation },
    spec: { replicas: 3, ...spec },
    status,
  });
  it.each([
    [sts({}, {}), false, 'Waiting for statefulset spec update to be observed...'],
    [sts({}, { observedGeneration: 1, readyReplicas: 2 }), false, 'Waiting for 1 pods to be ready...'],
    [
      sts(
        { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
        { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 0 },
      ),
      false,
      'Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated...',
    ],
    [
      sts(
        { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } },
        { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1 },
      ),
      true,
      'partitioned roll out complete: 1 new pods have been updated...',
    ],
    [
      sts(
        {},
        {
          observedGeneration: 1,
          readyReplicas: 3,
          updatedReplicas: 2,
          currentRevision: 'db-1',
          updateRevision: 'db-2',
        },
      ),
      false,
      'waiting for statefulset rolling update to complete 2 pods at revision db-2...',
    ],
    [
      sts(
        {},
        {
          observedGeneration: 1,
          readyReplicas: 3,
          currentReplicas: 3,
          currentRevision: 'db-2',
          updateRevision: 'db-2',
        },
      ),
      true,
      'statefulset rolling update complete 3 pods at revision db-2...',
    ],
  ])('%#', (s, done, message) => {
    expect(statefulSetStatus(s)).toMatchObject({ done, message });
  });

  it('refuses OnDelete like kubectl', () => {
    expect(statefulSetStatus(sts({ updateStrategy: { type: 'OnDelete' } }, {})).error).toContain(
      'only available for RollingUpdate',
    );
  });
});

describe('daemonSetStatus', () => {
  const ds = (status: object, generation = 1) => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', generation },
    spec: {},
    status,
  });
  it.each([
    [ds({ observedGeneration: 0 }), false, 'Waiting for daemon set spec update to be observed...'],
    [
      ds({ observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 1 }),
      false,
      'Waiting for daemon set "agent" rollout to finish: 1 out of 3 new pods have been updated...',
    ],
    [
      ds({ observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 }),
      false,
      'Waiting for daemon set "agent" rollout to finish: 2 of 3 updated pods are available...',
    ],
    [
      ds({ observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 }),
      true,
      'daemon set "agent" successfully rolled out',
    ],
  ])('%#', (d, done, message) => {
    expect(daemonSetStatus(d)).toMatchObject({ done, message });
  });
});
