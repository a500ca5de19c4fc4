import { probe } from '../../clients/http/probe.js';
import { autocannonGenerator } from '../../clients/load-generator.js';
import { progressiveRelease, type ProgressiveResult } from '../../core/deploy/progressive/index.js';
import { parseSteps, DEFAULT_CANARY_STEPS, type Step } from '../../core/deploy/progressive/steps.js';
import { captureRecord, type DeployRecord } from '../../core/deploy/rollback/record.js';
import { release, type ReleaseResult } from '../../core/deploy/rollout/release.js';
import type { KubeClient, ObjectRef } from '../../core/kube/types.js';
import { applyOwned } from '../../core/manifests/apply.js';
import { orderForApply } from '../../core/manifests/order.js';
import { ManifestError, type Manifest } from '../../core/manifests/types.js';
import { dryRunAll, validateManifests } from '../../core/manifests/validate.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import { checkUrl } from '../../shared/inputs.js';
import type { Inputs } from '../harness.js';
import type { inputs as deployInputs } from './inputs.js';
import { analysesFrom } from './progressive-analysis.js';

type DeployInputs = Inputs<typeof deployInputs>;

/** The deploy result of a canary or blue-green release: the promotion's release, or the record of what kept running. */
export type ProgressiveReleaseResult = ReleaseResult & { progressive?: ProgressiveResult };

/** Where the embedded simulator publishes each Service's 127.0.0.1 URL (no template needed there). */
const SIMULATOR_URL_ANNOTATION = 'sim.deploy-kit.dev/url';

export interface ReleaseContext {
  client: KubeClient;
  namespace: string;
  context: string;
  saveRecord: (record: DeployRecord) => Promise<string>;
  signal?: AbortSignal;
}

function stepsFrom(inputs: DeployInputs): Step[] {
  const blueGreen = inputs.strategy === 'blue-green';
  const text = inputs.steps?.trim() ? inputs.steps : blueGreen ? '- analysis\n- 100%\n' : DEFAULT_CANARY_STEPS;
  const { steps, problems } = parseSteps(text);
  const weights = blueGreen ? steps.filter((s) => s.kind === 'weight' && s.weight !== 100) : [];
  for (const step of weights)
    problems.push({
      line: step.line,
      message: 'blue-green takes no weights: only pause, analysis and the final 100% (the switch)',
    });
  if (problems.length)
    throw new ConfigError(problems.map((p) => ({ input: 'steps', message: `line ${p.line}: ${p.message}` })));
  return steps;
}

function targetOf(manifests: Manifest[]): Manifest {
  const workloads = manifests.filter((m) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(m.object.kind));
  if (workloads.length === 1 && workloads[0].object.kind === 'Deployment') return workloads[0];
  throw ConfigError.single(
    'manifests',
    `a canary or blue-green release takes exactly one Deployment; found ${workloads.map((w) => `${w.object.kind.toLowerCase()}/${w.object.metadata.name}`).join(', ') || 'none'}`,
  );
}

function urlResolver(inputs: DeployInputs, client: KubeClient) {
  const template = inputs['service-url'];
  return async (ref: ObjectRef): Promise<string | undefined> => {
    if (template && ref.kind === 'Service')
      return template.replaceAll('{service}', ref.name).replaceAll('{namespace}', ref.namespace ?? '');
    const live = await client.get(ref).catch(() => undefined);
    return live?.metadata.annotations?.[SIMULATOR_URL_ANNOTATION];
  };
}

async function checkManifests(manifests: Manifest[], ctx: ReleaseContext, inputs: DeployInputs): Promise<void> {
  const problems = await validateManifests(manifests, ctx.client, ctx.namespace);
  if (problems.length) throw new ManifestError(problems);
  await dryRunAll(
    manifests,
    ctx.client,
    { fieldManager: inputs['field-manager'], force: inputs['force-conflicts'] },
    new Set(),
  );
}

function checkInputs(inputs: DeployInputs): void {
  for (const name of ['traffic-url'] as const) {
    const problem = inputs[name] ? checkUrl(inputs[name]) : undefined;
    if (problem) throw ConfigError.single(name, problem);
  }
  const template = inputs['service-url'];
  if (template && checkUrl(template.replaceAll('{service}', 'x').replaceAll('{namespace}', 'y')))
    throw ConfigError.single(
      'service-url',
      `must be a URL template such as http://{service}.{namespace}.svc:8080, got '${template}'`,
    );
}

/**
 * deploy with strategy canary or blue-green: inputs checked, manifests validated and dry-run,
 * the before-state recorded, then the core walks the steps; promotion is a normal release of
 * the Deployment. Undefined when the Deployment does not exist yet (the caller deploys normally).
 */
export async function executeProgressive(
  inputs: DeployInputs,
  runtime: Runtime,
  manifests: Manifest[],
  ctx: ReleaseContext,
): Promise<ProgressiveReleaseResult | undefined> {
  checkInputs(inputs);
  const steps = stepsFrom(inputs);
  const target = targetOf(manifests);
  const { analyses, path } = await analysesFrom(inputs.analysis, {
    cwd: runtime.cwd,
    http: { probe },
    generate: autocannonGenerator,
  });
  await runtime.group('Validate and dry-run', () => checkManifests(manifests, ctx, inputs));
  const { record } = await captureRecord(ctx.client, [target], {
    version: inputs.version,
    namespace: ctx.namespace,
    context: ctx.context,
    fieldManager: inputs['field-manager'],
  });
  if (!record.workloads[0]?.existedBefore) return undefined;
  const recordPath = await ctx.saveRecord(record);
  let promoted: ReleaseResult | undefined;
  const others = orderForApply(manifests.filter((m) => m !== target));
  const log = (line: string) => runtime.info(line);
  const result = await progressiveRelease(ctx.client, {
    strategy: inputs.strategy as 'canary' | 'blue-green',
    namespace: ctx.namespace,
    deployment: target.object,
    steps,
    traffic: {
      mode: inputs['traffic-mode'],
      service: inputs.service,
      route: inputs['http-route'],
      ingress: inputs.ingress,
    },
    fieldManager: inputs['field-manager'],
    timeoutMs: inputs.timeout,
    graceMs: inputs['fail-fast-grace'],
    scaleDownDelayMs: inputs['scale-down-delay'],
    version: inputs.version,
    analyses,
    urlOf: urlResolver(inputs, ctx.client),
    trafficUrl: inputs['traffic-url'] || undefined,
    trafficPath: path,
    probe,
    signal: ctx.signal,
    log,
    phase: (title, fn) => runtime.group(title, fn),
    beforeStart: async () => {
      for (const { object } of others)
        await applyOwned(ctx.client, object, {
          fieldManager: inputs['field-manager'],
          force: inputs['force-conflicts'],
        });
    },
    promote: async () => {
      promoted = await release(ctx.client, [target], {
        namespace: ctx.namespace,
        fieldManager: inputs['field-manager'],
        force: inputs['force-conflicts'],
        wait: true,
        timeoutMs: inputs.timeout,
        graceMs: inputs['fail-fast-grace'],
        rollbackOnFailure: inputs['rollback-on-failure'],
        version: inputs.version,
        context: ctx.context,
        saveRecord: ctx.saveRecord,
        log,
        phase: (title, fn) => runtime.group(title, fn),
      });
      return { ok: promoted.status === 'succeeded', message: promoted.message };
    },
  });
  if (!result) return undefined;
  if (promoted && result.status === 'promoted') return { ...promoted, progressive: result };
  return {
    status: 'rolled-back',
    record,
    recordPath,
    applied: [],
    outcomes: promoted?.outcomes ?? [],
    rollback: promoted?.rollback,
    message: result.message,
    notDryRun: [],
    progressive: result,
  };
}
