import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { NotifyResult } from './result.js';
import { titleOf, type ReleaseMessage } from '../../core/notify/message.js';
import { deliverAll, type Channel } from '../../core/notify/send.js';
import { checkUrl } from '../../shared/inputs.js';
import { ConfigError, describeError, type InputProblem } from '../../shared/errors.js';
import { inputs } from './inputs.js';
import { deploymentContext, recordDeployment } from './deployment.js';
import { factsFromRecord, withRecordFacts } from './record.js';
import { renderSummary } from './summary.js';

type NotifyInputs = Inputs<typeof inputs>;

export type { NotifyResult };

const CHANNEL_INPUTS = [
  ['webhook', 'webhook-url'],
  ['slack', 'slack-webhook-url'],
  ['teams', 'teams-webhook-url'],
  ['dingtalk', 'dingtalk-webhook-url'],
  ['wecom', 'wecom-webhook-url'],
] as const;

/** Channels from the URL inputs; a malformed URL is a ConfigError that never repeats the (secret) value. */
export function channelsOf(inputs: NotifyInputs): Channel[] {
  const problems: InputProblem[] = [];
  const channels: Channel[] = [];
  for (const [kind, input] of CHANNEL_INPUTS) {
    const url = inputs[input];
    if (!url) continue;
    if (checkUrl(url))
      problems.push({ input, message: 'must be an http:// or https:// URL (value not shown: it is a secret)' });
    else
      channels.push({
        kind,
        url,
        signingSecret: kind === 'dingtalk' ? inputs['dingtalk-secret'] || undefined : undefined,
      });
  }
  for (const input of ['environment-url', 'log-url'] as const) {
    const problem = inputs[input] ? checkUrl(inputs[input]) : undefined;
    if (problem) problems.push({ input, message: problem });
  }
  if (problems.length) throw new ConfigError(problems);
  return channels;
}

/** This run's log page, as the runner names it, when log-url is not given. */
function runUrl(env: Runtime['env']): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

export function messageOf(inputs: NotifyInputs, env: Runtime['env']): ReleaseMessage {
  const opt = (v: string) => v || undefined;
  return {
    status: inputs.status,
    version: inputs.version,
    environment: inputs.environment,
    repository: env.GITHUB_REPOSITORY,
    digest: opt(inputs.digest),
    verdict: opt(inputs.verdict),
    score: opt(inputs.score),
    reason: opt(inputs.reason),
    restoredVersion: opt(inputs['restored-version']),
    environmentUrl: opt(inputs['environment-url']),
    logUrl: opt(inputs['log-url']) ?? runUrl(env),
  };
}

async function execute(inputs: NotifyInputs, runtime: Runtime): Promise<NotifyResult> {
  const channels = channelsOf(inputs);
  const facts = inputs.record ? await factsFromRecord(inputs.record, runtime.cwd) : {};
  if (facts.problem) runtime.warning(facts.problem);
  const message = withRecordFacts(messageOf(inputs, runtime.env), facts);
  const result: NotifyResult = { message, deliveries: [] };
  runtime.info(titleOf(message));
  if (inputs['github-deployment']) {
    const ctx = deploymentContext(runtime.env, inputs['github-token'], inputs['deployment-id'], inputs.production);
    try {
      result.deployment = await recordDeployment(ctx, message);
      runtime.info(`GitHub Deployment #${result.deployment.deploymentId} is ${result.deployment.state}`);
    } catch (error) {
      result.deploymentError = describeError(error).split(ctx.token).join('***');
      runtime.warning(`could not record the GitHub Deployment: ${result.deploymentError}`);
    }
  }
  result.deliveries = await deliverAll(channels, message, {
    timeoutMs: inputs.timeout,
    teamsFormat: inputs['teams-format'],
  });
  for (const d of result.deliveries) {
    if (d.ok) runtime.info(`notified ${d.kind} (HTTP ${d.status}, ${d.elapsedMs}ms)`);
    else runtime.warning(`could not notify ${d.kind}: ${d.error} (the release is not failed for this)`);
  }
  return result;
}

/** The notify action: posts the outcome and records the deployment; it warns on failures and never fails the job. */
export const definition: ActionDefinition<typeof inputs, NotifyResult> = {
  name: 'notify',
  inputs,
  execute,
  outputs: (r) => ({
    sent: r.deliveries.filter((d) => d.ok).length,
    failed: r.deliveries.filter((d) => !d.ok).length + (r.deploymentError ? 1 : 0),
    'deployment-id': r.deployment?.deploymentId ?? '',
    'deployment-state': r.deployment?.state ?? '',
  }),
  summary: renderSummary,
  failure: () => undefined,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
