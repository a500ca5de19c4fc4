import { describe, expect, it } from 'vitest';
import { ArtifactStore, models } from './models.js';
import type { Ending } from './steps.js';
import { runWorkflow, type WorkflowScenario } from './workflow.js';

const WORKFLOW = '.github/workflows/deploy.yml';
const inputs = {
  image: 'ghcr.io/acme/shop',
  manifests: 'deploy/k8s/',
  environment: 'production',
  url: 'https://shop.example.com',
  version: 'v1.2.3',
};

function run(endings: Record<string, Record<string, Ending>> = {}, extra: Partial<WorkflowScenario> = {}) {
  return runWorkflow(WORKFLOW, { inputs, models: models(extra.store), endings, ...extra });
}
declare module './workflow.js' {
  interface WorkflowScenario {
    store?: ArtifactStore;
  }
}

const ALL = ['checkout', 'record', 'deploy', 'verify', 'score', 'keep-baseline', 'upload-artifact', 'notify'];

describe('deploy.yml as GitHub runs it: a failure at each step of the release job', () => {
  it.each([
    ['none', ALL, 'succeeded', '', 'false'],
    ['checkout', ['checkout', 'notify'], 'failed', '', 'false'],
    ['record', ['checkout', 'record', 'notify'], 'failed', '', 'false'],
    [
      'deploy',
      ['checkout', 'record', 'deploy', 'upload-artifact', 'notify'],
      'rolled-back',
      'the rollout failed',
      'true',
    ],
    [
      'verify',
      [...ALL.slice(0, 5), 'rollback', 'upload-artifact', 'notify'],
      'rolled-back',
      'verification failed',
      'true',
    ],
    [
      'score',
      [...ALL.slice(0, 5), 'rollback', 'upload-artifact', 'notify'],
      'rolled-back',
      'quality gate failed',
      'true',
    ],
    ['upload-artifact', ALL, 'failed', '', 'false'],
    ['notify', ALL, 'succeeded', '', 'false'],
  ])('fails at %s: steps %j, notify says %s (%s), rolled-back=%s', (step, ran, status, reason, rolledBack) => {
    // The job's status output is evaluated when the job ends: a failed notify step still fails the job.
    const { jobs, outputs } = run(step === 'none' ? {} : { release: { [step]: 'failure' } });
    const release = jobs.release;
    expect(release.ran).toEqual(ran);
    expect(release.steps.notify.with).toMatchObject({ status, reason });
    expect(outputs['rolled-back']).toBe(rolledBack);
    expect(outputs.status).toBe(step === 'notify' ? 'failed' : status);
    expect(jobs['build-ended'].result).toBe('skipped');
  });

  it.each([
    ['verify', 'verification failed after the deploy'],
    ['score', 'quality gate failed after the deploy'],
  ])('a gate failure at %s rolls back from the record with the rollout timeout and says why', (step, reason) => {
    const rollback = run({ release: { [step]: 'failure' } }).jobs.release.steps.rollback;
    expect(rollback.with).toMatchObject({ record: 'deploy-kit-record.json', timeout: '5m', reason });
  });

  it('a rollback that fails too leaves the release failed, not rolled back', () => {
    const { jobs, outputs } = run({ release: { verify: 'failure', rollback: 'failure' } });
    expect(jobs.release.steps.notify.with?.status).toBe('failed');
    expect(outputs['rolled-back']).toBe('false');
  });
});

describe('deploy.yml: the run is cancelled during each step of the release job', () => {
  const AFTER_DEPLOY = ['rollback', 'upload-artifact', 'notify'];
  it.each([
    ['checkout', ['checkout', 'notify'], false, 'cancelled'],
    ['record', ['checkout', 'record', 'notify'], false, 'cancelled'],
    ['deploy', ['checkout', 'record', 'deploy', ...AFTER_DEPLOY], true, 'cancelled'],
    ['verify', ['checkout', 'record', 'deploy', 'verify', ...AFTER_DEPLOY], true, 'cancelled'],
    // score's condition starts with always(): re-evaluated on the cancel it still holds, so it finishes.
    ['score', ['checkout', 'record', 'deploy', 'verify', 'score', ...AFTER_DEPLOY], true, 'success'],
  ])('cancelled during %s: steps %j; restore waited for: %s', (step, ran, restores, stepOutcome) => {
    const { jobs, outputs } = run({ release: { [step]: 'cancel' } });
    const release = jobs.release;
    expect(release.result).toBe('cancelled');
    expect(release.ran).toEqual(ran);
    expect(release.steps[step].outcome).toBe(stepOutcome);
    expect(release.steps.notify.with).toMatchObject({ status: 'cancelled' });
    expect(outputs.status).toBe('cancelled');
    if (restores) {
      // Bounded well inside GitHub's 5-minute cancel window, whatever the rollout timeout is.
      expect(release.steps.rollback.with).toMatchObject({
        record: 'deploy-kit-record.json',
        timeout: '4m',
        reason: 'the run was cancelled during the release',
      });
      expect(release.steps.notify.with?.record).toBe('deploy-kit-record.json');
    }
  });

  it.each(['rollback', 'upload-artifact', 'notify'])(
    'cancelled during %s (an always/cancelled step): the runner lets it finish',
    (step) => {
      const endings: Record<string, Ending> = { [step]: 'cancel' };
      if (step === 'rollback') endings.verify = 'failure';
      const release = run({ release: endings }).jobs.release;
      expect(release.steps[step].outcome).toBe('success');
      expect(release.ran.at(-1)).toBe('notify');
    },
  );

  it('with a long rollout timeout the cancel path still waits at most 4m', () => {
    const release = run({ release: { deploy: 'cancel' } }, { inputs: { ...inputs, timeout: '30m' } }).jobs.release;
    expect(release.steps.rollback.with?.timeout).toBe('4m');
  });
});

describe('deploy.yml: re-runs and the build', () => {
  it('a re-run attempt of a succeeded release uploads over its own artifact and succeeds again', () => {
    const store = new ArtifactStore();
    const first = run({}, { store });
    const again = run({}, { store, attempt: 2 });
    for (const attempt of [first, again]) {
      expect(attempt.jobs.release.result).toBe('success');
      expect(attempt.jobs.release.steps['upload-artifact'].with).toMatchObject({
        name: 'deploy-kit-production-reports',
        overwrite: 'true',
      });
    }
    expect(store.names.get('deploy-kit-production-reports')).toBe(2);
    expect(again.outputs.status).toBe('succeeded');
  });

  it('the artifact store is strict like upload-artifact: an existing name without overwrite fails (the check can fail)', () => {
    const store = new ArtifactStore();
    const call = { key: 'u', uses: 'actions/upload-artifact@x', outcome: 'success' as const, attempt: 1 };
    expect(store.upload({ ...call, with: { name: 'r' } }).outcome).toBeUndefined();
    expect(store.upload({ ...call, attempt: 2, with: { name: 'r' } }).outcome).toBe('failure');
  });

  it.each([
    ['failure', 'failed', 'the build failed; nothing was deployed'],
    ['cancel', 'cancelled', 'the build was cancelled; nothing was deployed'],
  ] as const)('a build %s skips the release and notifies once: %s', (ending, status, reason) => {
    const { jobs } = run({ build: { build: ending } });
    expect(jobs.release.result).toBe('skipped');
    expect(jobs['build-ended'].ran).toEqual(['notify']);
    expect(jobs['build-ended'].steps.notify.with).toMatchObject({ status, reason, version: 'v1.2.3' });
  });

  it('re-running the failed build job: the release runs and build-ended stays skipped', () => {
    const store = new ArtifactStore();
    expect(run({ build: { build: 'failure' } }, { store }).jobs['build-ended'].result).toBe('success');
    const rerun = run({}, { store, attempt: 2 });
    expect(rerun.jobs.release.result).toBe('success');
    expect(rerun.jobs['build-ended'].result).toBe('skipped');
  });

  it('promotes an exact digest: no build, image@digest deployed, digest carried to the outputs and notify', () => {
    const { jobs, outputs } = run({}, { inputs: { ...inputs, build: false, digest: 'sha256:abc' } });
    expect(jobs.build.ran).toEqual(['checkout']);
    expect(jobs.release.steps.deploy.with?.images).toBe('ghcr.io/acme/shop=ghcr.io/acme/shop@sha256:abc');
    expect(jobs.release.steps.notify.with?.digest).toBe('sha256:abc');
    expect(outputs).toMatchObject({ digest: 'sha256:abc', 'image-ref': 'ghcr.io/acme/shop@sha256:abc' });
  });

  it('a built release deploys the digest the build pushed', () => {
    const { jobs, outputs } = run();
    expect(jobs.release.steps.deploy.with?.images).toBe('ghcr.io/acme/shop=ghcr.io/acme/shop@sha256:feed');
    expect(outputs).toMatchObject({ version: 'v1.2.3', digest: 'sha256:feed' });
  });
});

describe('deploy.yml: perf-baseline auto', () => {
  it.each([
    ['auto, an earlier release exists', 'auto', true, ['baseline'], 'perf-baseline.json'],
    // The action never fails for a missing baseline: it warns and gives an empty path.
    ['auto, the first release', 'auto', false, ['baseline'], ''],
    ['a path in the repository', 'perf/baseline.json', true, [], 'perf/baseline.json'],
    ['none', '', true, [], ''],
  ])('%s: verify gets %j', (_n, baseline, earlier, extraSteps, expected) => {
    const first = { 'perf-baseline': () => ({ outputs: { path: '' } }) };
    const release = runWorkflow(WORKFLOW, {
      inputs: { ...inputs, 'perf-baseline': baseline },
      models: models(undefined, earlier ? {} : first),
    }).jobs.release;
    expect(release.ran.filter((s) => s === 'baseline')).toEqual(extraSteps);
    expect(release.steps.verify.with?.['perf-baseline']).toBe(expected);
  });

  it('only a release that passed every gate leaves the next baseline', () => {
    expect(run().jobs.release.steps['keep-baseline'].with).toMatchObject({
      name: 'deploy-kit-production-baseline',
      overwrite: 'true',
    });
    for (const step of ['verify', 'score']) {
      expect(run({ release: { [step]: 'failure' } }).jobs.release.steps['keep-baseline'].outcome).toBe('skipped');
    }
    expect(run({ release: { verify: 'cancel' } }).jobs.release.steps['keep-baseline'].outcome).toBe('skipped');
  });
});

describe('deploy.yml: the cluster credential as an environment secret (issue 13)', () => {
  const withSecrets = (secrets: Record<string, string>, environmentSecrets: Record<string, Record<string, string>>) =>
    run({}, { secrets, environmentSecrets });

  it.each([
    ['only the environment has it', {}, 'env-kubeconfig'],
    ['the caller passes one too: the environment secret wins', { kubeconfig: 'passed-kubeconfig' }, 'env-kubeconfig'],
  ])('%s', (_n, secrets, expected) => {
    const { jobs } = withSecrets(secrets, { production: { KUBECONFIG: 'env-kubeconfig' } });
    expect(jobs.release.steps.deploy.with?.kubeconfig).toBe(expected);
  });

  it("another environment's secret never reaches the job; a passed secret does", () => {
    const { jobs } = withSecrets({ kubeconfig: 'passed-kubeconfig' }, { staging: { KUBECONFIG: 'staging-only' } });
    expect(jobs.release.steps.deploy.with?.kubeconfig).toBe('passed-kubeconfig');
  });

  it('without any, the deploy gets an empty kubeconfig and falls back to its own discovery', () => {
    expect(withSecrets({}, {}).jobs.release.steps.deploy.with?.kubeconfig).toBe('');
  });
});
