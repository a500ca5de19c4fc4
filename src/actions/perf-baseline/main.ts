import { writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { findLatestArtifact, readArtifactFile, type RunArtifact } from '../../clients/github/artifacts.js';
import { createOctokit } from '../../clients/github/octokit.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError, describeError } from '../../shared/errors.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { renderSummary, type BaselineResult } from './summary.js';

type BaselineInputs = Inputs<typeof inputs>;

/** The artifact deploy.yml uploads after a successful release of an environment. */
export const baselineArtifactName = (environment: string) => `deploy-kit-${environment}-baseline`;

function repositoryOf(env: Runtime['env']) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw ConfigError.single(
      'environment',
      'needs GITHUB_REPOSITORY (owner/repo) in the environment, as the runner sets it',
    );
  return { owner, repo };
}

const runUrl = (env: Runtime['env'], runId?: number) =>
  runId && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}`
    : undefined;

async function fetchBaseline(inputs: BaselineInputs, runtime: Runtime, name: string): Promise<BaselineResult> {
  const repository = repositoryOf(runtime.env);
  const token = inputs['github-token'];
  if (!token || token.startsWith('${{'))
    throw ConfigError.single(
      'github-token',
      'is empty; give a token with actions: read (the default is the job token)',
    );
  const octokit = createOctokit(token, runtime.env.GITHUB_API_URL);
  const thisRun = Number(runtime.env.GITHUB_RUN_ID) || undefined;
  const artifact: RunArtifact | undefined = await findLatestArtifact(octokit, repository, name, thisRun);
  if (!artifact)
    return {
      artifact: name,
      note: `no earlier successful release of '${inputs.environment}' left a '${name}' artifact`,
    };
  const content = await readArtifactFile(octokit, repository, artifact.id, inputs.file);
  if (!content) return { artifact: name, from: artifact, note: `artifact ${artifact.id} has no ${inputs.file}` };
  const path = isAbsolute(inputs.path) ? inputs.path : join(runtime.cwd, inputs.path);
  JSON.parse(content.toString('utf8'));
  await writeFile(path, content);
  return { artifact: name, from: artifact, path: inputs.path, runUrl: runUrl(runtime.env, artifact.runId) };
}

/**
 * perf-baseline: the perf report of the last successful release of the same environment, from
 * the artifacts of earlier runs (REST API, actions: read). Without one the release runs without a
 * baseline and says so; a baseline is never a reason to fail a release.
 */
async function execute(inputs: BaselineInputs, runtime: Runtime): Promise<BaselineResult> {
  const name = inputs.artifact || baselineArtifactName(inputs.environment);
  let result: BaselineResult;
  try {
    result = await fetchBaseline(inputs, runtime, name);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    result = { artifact: name, note: `could not fetch the baseline: ${describeError(error)}` };
  }
  if (result.path)
    runtime.info(`baseline: ${inputs.file} of run ${result.from?.runId ?? '?'} (${result.runUrl ?? name})`);
  else runtime.warning(`running without a perf baseline: ${result.note}`);
  return result;
}

export const definition: ActionDefinition<typeof inputs, BaselineResult> = {
  name: 'perf-baseline',
  inputs: inputs,
  execute,
  outputs: (r) => ({ path: r.path ?? '', 'run-id': r.from?.runId ?? '', 'run-url': r.runUrl ?? '' }),
  summary: renderSummary,
  failure: () => undefined,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
