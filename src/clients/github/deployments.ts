import type { Octokit } from './octokit.js';

/**
 * GitHub Deployments as the release record: a deployment per release and environment, carrying
 * the version and image digest in its payload, moved through in_progress -> success / failure.
 * A rolled-back release stays visible as failed (with the reason) and the restored version is
 * recorded as the active deployment again. Needs only `deployments: write`, never an admin token.
 */
export interface DeploymentTarget {
  owner: string;
  repo: string;
  environment: string;
  /** Commit SHA, branch or tag the release was built from. */
  ref: string;
}

export interface ReleaseRef {
  version: string;
  digest?: string;
  description?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface StatusLinks {
  environmentUrl?: string;
  logUrl?: string;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

/** GitHub caps a status description at 140 characters. */
export const DESCRIPTION_LIMIT = 140;

export function shortDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 3)}...`;
}

/** The payload every deploy-kit deployment carries, so the record says what ran, not only which commit. */
export function deploymentPayload(release: ReleaseRef, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tool: 'deploy-kit',
    version: release.version,
    ...(release.digest ? { digest: release.digest } : {}),
    ...extra,
  };
}

export async function createDeployment(
  octokit: Octokit,
  target: DeploymentTarget,
  release: ReleaseRef,
  extraPayload: Record<string, unknown> = {},
): Promise<number> {
  const response = await octokit.rest.repos.createDeployment({
    owner: target.owner,
    repo: target.repo,
    ref: target.ref,
    environment: target.environment,
    // Deploy exactly this ref: no merge of the default branch, no wait for commit statuses.
    auto_merge: false,
    required_contexts: [],
    payload: deploymentPayload(release, extraPayload),
    description: shortDescription(release.description ?? `deploy-kit: ${release.version} to ${target.environment}`),
    production_environment: release.productionEnvironment,
    transient_environment: release.transientEnvironment ?? false,
  });
  const data = response.data as { id?: number; message?: string };
  if (typeof data.id !== 'number')
    throw new Error(`GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`);
  return data.id;
}

export async function setDeploymentStatus(
  octokit: Octokit,
  target: Pick<DeploymentTarget, 'owner' | 'repo' | 'environment'>,
  deploymentId: number,
  state: DeploymentState,
  description: string,
  links: StatusLinks = {},
): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    owner: target.owner,
    repo: target.repo,
    deployment_id: deploymentId,
    state,
    description: shortDescription(description),
    environment: target.environment,
    ...(links.environmentUrl ? { environment_url: links.environmentUrl } : {}),
    ...(links.logUrl ? { log_url: links.logUrl } : {}),
    // A successful deployment makes the earlier ones of this environment inactive.
    auto_inactive: state === 'success',
  });
}

/** Creates the deployment and marks it in_progress; returns its id for the finishing step. */
export async function startDeployment(
  octokit: Octokit,
  target: DeploymentTarget,
  release: ReleaseRef,
  links: StatusLinks = {},
): Promise<number> {
  const id = await createDeployment(octokit, target, release);
  await setDeploymentStatus(octokit, target, id, 'in_progress', `deploying ${release.version}`, links);
  return id;
}

export type ReleaseOutcome =
  | { kind: 'succeeded' }
  | { kind: 'failed'; reason: string }
  | { kind: 'rolled-back' | 'cancelled'; reason: string; restoredVersion?: string; restoredDigest?: string };

export interface FinishResult {
  deploymentId: number;
  state: DeploymentState;
  /** The deployment recording the restored version after a rollback, when one was created. */
  restoredDeploymentId?: number;
}

/** Finds the ref a version was deployed from, so the restored deployment points at the right commit. */
export async function findVersionRef(
  octokit: Octokit,
  target: Pick<DeploymentTarget, 'owner' | 'repo' | 'environment'>,
  version: string,
  excludeId?: number,
): Promise<string | undefined> {
  const { data } = await octokit.rest.repos.listDeployments({
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    per_page: 100,
  });
  const match = data.find(
    (d) => d.id !== excludeId && (d.payload as { version?: unknown } | null)?.version === version,
  );
  return match ? match.sha : undefined;
}

/**
 * Closes a release's deployment: success, or failure with the reason. After a rollback the
 * release is a failure ("rolled back: <reason>") and the restored version gets its own
 * deployment marked success, so the environment shows what really serves traffic.
 */
export async function finishDeployment(
  octokit: Octokit,
  target: DeploymentTarget,
  deploymentId: number,
  release: ReleaseRef,
  outcome: ReleaseOutcome,
  links: StatusLinks = {},
): Promise<FinishResult> {
  if (outcome.kind === 'succeeded') {
    await setDeploymentStatus(
      octokit,
      target,
      deploymentId,
      'success',
      `${release.version} deployed and verified`,
      links,
    );
    return { deploymentId, state: 'success' };
  }
  if (outcome.kind === 'failed') {
    await setDeploymentStatus(
      octokit,
      target,
      deploymentId,
      'failure',
      `${release.version} failed: ${outcome.reason}`,
      links,
    );
    return { deploymentId, state: 'failure' };
  }
  const restored = outcome.restoredVersion ? ` to ${outcome.restoredVersion}` : '';
  // A cancelled run is GitHub's `error` (it did not judge the release), a rollback its `failure`.
  const state = outcome.kind === 'cancelled' ? 'error' : 'failure';
  const what =
    outcome.kind === 'cancelled'
      ? `cancelled${outcome.restoredVersion ? `, restored${restored}` : ''}`
      : `rolled back${restored}`;
  await setDeploymentStatus(octokit, target, deploymentId, state, `${release.version} ${what}: ${outcome.reason}`, {
    logUrl: links.logUrl,
  });
  if (!outcome.restoredVersion) return { deploymentId, state };
  const ref = (await findVersionRef(octokit, target, outcome.restoredVersion, deploymentId)) ?? target.ref;
  const restoredRelease: ReleaseRef = {
    version: outcome.restoredVersion,
    digest: outcome.restoredDigest,
    productionEnvironment: release.productionEnvironment,
    description: `deploy-kit: ${outcome.restoredVersion} restored after rolling back ${release.version}`,
  };
  const restoredId = await createDeployment(octokit, { ...target, ref }, restoredRelease, {
    restoredFrom: release.version,
  });
  await setDeploymentStatus(
    octokit,
    target,
    restoredId,
    'success',
    `${outcome.restoredVersion} restored (rollback of ${release.version})`,
    links,
  );
  return { deploymentId, state, restoredDeploymentId: restoredId };
}

/** GitHub's own bot, which creates the deployment of every job that names an `environment:`. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The deployment GitHub created for this job's `environment:` (by its bot, for this commit, with a
 * status linking this run), newest first so a re-run attempt finds its own. Statuses attached to it
 * keep one record per job instead of a second series beside GitHub's.
 */
export async function findJobDeployment(
  octokit: Octokit,
  target: DeploymentTarget,
  runId: string,
): Promise<number | undefined> {
  const { data } = await octokit.rest.repos.listDeployments({
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    sha: target.ref,
    per_page: 20,
  });
  const runLink = new RegExp(`/actions/runs/${runId}(/|$)`);
  for (const deployment of data) {
    if (deployment.creator?.login !== ACTIONS_BOT) continue;
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
      owner: target.owner,
      repo: target.repo,
      deployment_id: deployment.id,
      per_page: 20,
    });
    if (statuses.some((s) => runLink.test(s.log_url ?? s.target_url ?? ''))) return deployment.id;
  }
  return undefined;
}
