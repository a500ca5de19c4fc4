import { describe, expect, it } from 'vitest';
import { models } from './models.js';
import type { Ending } from './steps.js';
import { runComposite, runWorkflow } from './workflow.js';

const root = (endings: Record<string, Ending> = {}) =>
  runComposite('action.yml', { manifests: 'k8s/', url: 'https://shop.example.com' }, { models: models(), endings });

describe('the root action (composite) as the runner runs it', () => {
  it.each([
    ['none', ['deploy', 'verify', 'score'], 'succeeded', 'false'],
    ['deploy', ['deploy'], 'rolled-back', 'true'],
    // A gate failing after a good rollout: deploy said succeeded, the rollback step rolled it back.
    ['verify', ['deploy', 'verify', 'score', 'rollback'], 'rolled-back', 'true'],
    ['score', ['deploy', 'verify', 'score', 'rollback'], 'rolled-back', 'true'],
  ])('failure at %s: steps %j, status %s, rolled-back %s', (step, ran, status, rolledBack) => {
    const run = root(step === 'none' ? {} : { [step]: 'failure' });
    expect(run.ran).toEqual(ran);
    expect(run.outputs.status).toBe(status);
    expect(run.outputs['rolled-back']).toBe(rolledBack);
  });

  it.each([
    ['deploy', ['deploy', 'rollback']],
    ['verify', ['deploy', 'verify', 'rollback']],
  ])('cancelled during %s: the rollback step waits for the restore, bounded at 4m', (step, ran) => {
    const run = root({ [step]: 'cancel' });
    expect(run.result).toBe('cancelled');
    expect(run.ran).toEqual(ran);
    expect(run.steps.rollback.with).toMatchObject({
      timeout: '4m',
      reason: 'the run was cancelled during the release',
    });
  });
});

describe('actions/verify (composite)', () => {
  const verify = (endings: Record<string, Ending> = {}, inputs: Record<string, string> = {}) =>
    runComposite(
      'actions/verify/action.yml',
      { url: 'https://x.example', 'smoke-spec': 'smoke.yml', ...inputs },
      {
        models: models(),
        endings,
      },
    );

  it.each([
    ['none', ['health', 'smoke', 'perf'], 'success', 'pass'],
    ['health', ['health'], 'failure', ''],
    ['smoke', ['health', 'smoke'], 'failure', ''],
    ['perf', ['health', 'smoke', 'perf'], 'failure', 'fail'],
  ])('failure at %s: steps %j, result %s, verdict %j', (step, ran, result, verdict) => {
    const run = verify(step === 'none' ? {} : { [step]: 'failure' });
    expect(run.ran).toEqual(ran);
    expect(run.result).toBe(result);
    expect(run.outputs.verdict).toBe(verdict);
    expect(run.outputs['health-report']).toBe('health-report.json');
  });

  it.each([
    ['health', ['health']],
    ['smoke', ['health', 'smoke']],
    ['perf', ['health', 'smoke', 'perf']],
  ])('cancelled during %s: nothing after it runs', (step, ran) => {
    const run = verify({ [step]: 'cancel' });
    expect(run.result).toBe('cancelled');
    expect(run.ran).toEqual(ran);
  });

  it('skips smoke and perf when they are not asked for, and passes the URL joined with its paths', () => {
    const run = verify({}, { 'smoke-spec': '', perf: 'false', 'health-path': '/ready' });
    expect(run.ran).toEqual(['health']);
    expect(run.steps.health.with?.url).toBe('https://x.example/ready');
  });
});

describe('verify.yml (reusable)', () => {
  const run = (endings: Record<string, Ending> = {}, attempt = 1) =>
    runWorkflow('.github/workflows/verify.yml', {
      inputs: { url: 'https://pr-7.preview.example' },
      models: models(),
      endings: { verify: endings },
      attempt,
    });

  it.each([
    ['none', ['checkout', 'verify', 'score', 'upload-artifact'], 'success'],
    ['verify', ['checkout', 'verify', 'score', 'upload-artifact'], 'failure'],
    ['score', ['checkout', 'verify', 'score', 'upload-artifact'], 'failure'],
    ['checkout', ['checkout', 'upload-artifact'], 'failure'],
  ])('failure at %s: steps %j; the reports are uploaded (overwrite on re-runs)', (step, ran, result) => {
    const job = run(step === 'none' ? {} : { [step]: 'failure' }).jobs.verify;
    expect(job.ran).toEqual(ran);
    expect(job.result).toBe(result);
    expect(job.steps['upload-artifact'].with?.overwrite).toBe('true');
  });

  it.each(['checkout', 'verify', 'score'])('cancelled during %s: the reports still upload', (step) => {
    const job = run({ [step]: 'cancel' }).jobs.verify;
    expect(job.result).toBe('cancelled');
    expect(job.ran.at(-1)).toBe('upload-artifact');
  });
});
