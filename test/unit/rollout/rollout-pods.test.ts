import { describe, expect, it } from 'vitest';
import { describeContainers, FailureTracker, podProblems } from '../../../src/core/deploy/rollout/pods.js';
import { podInRevision, selectorString } from '../../../src/core/deploy/rollout/revisions.js';

const pod = (name: string, reason?: string, extra: object = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { 'pod-template-hash': 'abc' } },
  status: {
    phase: 'Pending',
    containerStatuses: [
      {
        name: 'app',
        image: 'web:bad',
        restartCount: 2,
        ready: false,
        state: reason ? { waiting: { reason, message: 'boom' } } : { running: {} },
        ...extra,
      },
    ],
  },
});

describe('fail-fast pod rules', () => {
  it.each(['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'CreateContainerConfigError'])(
    '%s is a problem',
    (reason) => {
      expect(podProblems(pod('p', reason))).toEqual([
        { pod: 'p', container: 'app', reason, message: 'boom', restartCount: 2, image: 'web:bad' },
      ]);
    },
  );

  it('ContainerCreating and running containers are not', () => {
    expect(podProblems(pod('p', 'ContainerCreating'))).toEqual([]);
    expect(podProblems(pod('p'))).toEqual([]);
  });

  it('includes the last exit code of a crash loop', () => {
    expect(
      podProblems(
        pod('p', 'CrashLoopBackOff', { lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }),
      )[0].message,
    ).toBe('boom (last exit code 137, OOMKilled)');
  });

  it('waits the grace period, with one clock for ErrImagePull <-> ImagePullBackOff, and forgets healed pods', () => {
    const tracker = new FailureTracker(5000);
    expect(tracker.update([pod('p', 'ErrImagePull')], 0)).toEqual([]);
    expect(tracker.update([pod('p', 'ImagePullBackOff')], 3000)).toEqual([]);
    expect(tracker.update([pod('p', 'ErrImagePull')], 5000)).toHaveLength(1);
    expect(tracker.update([pod('p')], 6000)).toEqual([]);
    expect(tracker.update([pod('p', 'CrashLoopBackOff')], 7000)).toEqual([]);
  });

  it('describes container states for the log', () => {
    expect(describeContainers(pod('p', 'CrashLoopBackOff'))).toBe('p: Pending app=CrashLoopBackOff(restarts 2)');
  });
});

describe('revision helpers', () => {
  it('turns label selectors into query strings', () => {
    expect(
      selectorString({
        matchLabels: { app: 'web', tier: 'fe' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['a', 'b'] },
          { key: 'x', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier=fe,env in (a,b),!x');
  });

  it('matches pods by pod-template-hash or controller-revision-hash', () => {
    expect(podInRevision(pod('p'), ['abc'])).toBe(true);
    expect(podInRevision(pod('p'), ['def'])).toBe(false);
  });
});
