import { createOctokit } from '../../clients/github/octokit.js';
import {
  createDeployment,
  findJobDeployment,
  finishDeployment,
  setDeploymentStatus,
  startDeployment,
  type FinishResult,
  type ReleaseOutcome,
} from '../../clients/github/deployments.js';
import type { ReleaseMessage } from '../../core/notify/message.js';
import { ConfigError } from '../../shared/errors.js';
import { usableToken } from '../../shared/inputs.js';

export interface DeploymentContext {
  token: string;
  apiUrl?: string;
  repository?: string;
  sha?: string;
  deploymentId?: number;
  /** GITHUB_RUN_ID: set on Actions, where a job with `environment:` already has GitHub's deployment. */
  runId?: string;
  production: boolean;
}

/** Where the deployment is recorded: the repository and commit of this run, as the runner names them. */
export function deploymentContext(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  deploymentId: number | undefined,
  production: boolean,
): DeploymentContext {
  const usable = usableToken(token);
  if (!usable)
    throw ConfigError.single(
      'github-token',
      'is empty; give a token with deployments: write (the default is the job token) or set github-deployment: false',
    );
  if (!env.GITHUB_REPOSITORY?.includes('/'))
    throw ConfigError.single(
      'github-deployment',
      'needs GITHUB_REPOSITORY (owner/repo) in the environment, as the runner sets it',
    );
  return {
    token: usable,
    apiUrl: env.GITHUB_API_URL,
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    deploymentId,
    runId: env.GITHUB_RUN_ID,
    production,
  };
}

function outcomeOf(m: ReleaseMessage): ReleaseOutcome {
  if (m.status === 'succeeded') return { kind: 'succeeded' };
  if (m.status === 'failed') return { kind: 'failed', reason: m.reason || 'the release failed' };
  const cancelled = m.status === 'cancelled';
  return {
    kind: cancelled ? 'cancelled' : 'rolled-back',
    reason: m.reason || (cancelled ? 'the run was cancelled or timed out' : 'a gate failed after the deploy'),
    restoredVersion: m.restoredVersion || undefined,
  };
}

/** Starts (status started) or finishes the GitHub Deployment of this release. */
export async function recordDeployment(ctx: DeploymentContext, m: ReleaseMessage): Promise<FinishResult> {
  const octokit = createOctokit(ctx.token, ctx.apiUrl);
  const [owner, repo] = ctx.repository!.split('/');
  const target = { owner, repo, environment: m.environment, ref: ctx.sha || m.version };
  const release = { version: m.version, digest: m.digest || undefined, productionEnvironment: ctx.production };
  const links = { environmentUrl: m.environmentUrl, logUrl: m.logUrl };
  // Where GitHub already made this job's deployment, statuses go to it; one is created only elsewhere.
  const jobDeployment =
    ctx.deploymentId ?? (ctx.runId ? await findJobDeployment(octokit, target, ctx.runId) : undefined);
  if (m.status === 'started') {
    if (!jobDeployment)
      return { deploymentId: await startDeployment(octokit, target, release, links), state: 'in_progress' };
    await setDeploymentStatus(octokit, target, jobDeployment, 'in_progress', `deploying ${m.version}`, links);
    return { deploymentId: jobDeployment, state: 'in_progress' };
  }
  const id = jobDeployment ?? (await createDeployment(octokit, target, release));
  return finishDeployment(octokit, target, id, release, outcomeOf(m), links);
}
