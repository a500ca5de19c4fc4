import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionDefinition, Inputs } from '../harness.js';
import { runAction } from '../harness.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import { planImage, type ImagePlan } from '../../core/tags/plan.js';
import { selectEngine, unsupportedOptions, type BuildRequest } from '../../clients/container-engine.js';
import { withRetry } from '../../clients/container-engine-errors.js';
import { parseReference } from '../../clients/registry.js';
import { createPrivateConfig } from '../../clients/container-engine-config.js';
import { inputs } from './inputs.js';
import { readEventContext } from '../shared/event.js';
import { usableToken } from '../../shared/inputs.js';
import { pushRefs, readBack, type PushContext } from './publish.js';
import { renderSummary } from './summary.js';
import type { BuildAndPushDeps, BuildAndPushResult } from './result.js';
import { inWorkspace } from '../../shared/files.js';

export type { BuildAndPushDeps, BuildAndPushResult } from './result.js';

type In = Inputs<typeof inputs>;

function locate(i: In, cwd: string): { context: string; file: string } {
  const remote = /^(https?|git):\/\//.test(i.context);
  const context = remote ? i.context : inWorkspace(cwd, i.context);
  if (!remote && !(existsSync(context) && statSync(context).isDirectory())) {
    throw ConfigError.single(
      'context',
      `directory ${context} does not exist; set context to the folder holding the build files`,
    );
  }
  const file = i.file ? inWorkspace(cwd, i.file) : remote ? 'Dockerfile' : join(context, 'Dockerfile');
  if (!remote && !existsSync(file)) {
    throw ConfigError.single(
      'file',
      `no Dockerfile at ${file}; set file to its path (relative to the workspace) or add one to the context`,
    );
  }
  return { context, file };
}

function loginOf(i: In, plan: ImagePlan, env: Runtime['env']): PushContext['login'] {
  if (Boolean(i.username) !== Boolean(i.password)) {
    throw ConfigError.single(
      i.username ? 'password' : 'username',
      'username and password go together; set both (password from a secret) or neither',
    );
  }
  const registry = i.registry?.split('/')[0] || parseReference(`${plan.images[0]}:x`).registry;
  if (i.username && i.password) return { registry, credentials: { username: i.username, password: i.password } };
  return ghcrJobTokenLogin(registry, i['github-token'], env);
}

/**
 * ghcr.io accepts the job's GITHUB_TOKEN with the run's actor, as docker/login-action users
 * write by hand: with no credentials given, use them rather than push unauthenticated.
 */
function ghcrJobTokenLogin(registry: string, token: string | undefined, env: Runtime['env']): PushContext['login'] {
  const usable = usableToken(token);
  if (registry !== 'ghcr.io' || !usable) return undefined;
  return { registry, credentials: { username: env.GITHUB_ACTOR || 'github-actions', password: usable } };
}

function request(i: In, plan: ImagePlan, where: { context: string; file: string }): BuildRequest {
  return {
    ...where,
    tags: plan.refs,
    labels: plan.labels,
    buildArgs: i['build-args'] ?? [],
    target: i.target || undefined,
    platforms: i.platforms ?? [],
    cacheFrom: i['cache-from'] ?? [],
    cacheTo: i['cache-to'] ?? [],
    provenance: i.provenance || undefined,
    sbom: i.sbom || undefined,
    noCache: i['no-cache'],
    pull: i.pull,
    push: i.push,
  };
}

async function execute(i: In, runtime: Runtime, deps: BuildAndPushDeps): Promise<BuildAndPushResult> {
  const { event, warning } = await readEventContext(runtime.env);
  if (warning) runtime.warning(warning);
  const plan = planImage({
    event,
    now: deps.now?.() ?? new Date(),
    images: i.images,
    registry: i.registry,
    tags: i.tags,
    flavor: i.flavor,
    labels: i.labels,
    version: i.version,
    match: i.match,
  });
  plan.skipped.forEach((line) => runtime.debug(`tag rule skipped: ${line}`));
  if (plan.tags.length === 0) {
    throw ConfigError.single(
      'tags',
      `no rule produces a tag on this ${event.eventName || 'event'} (${plan.skipped.join('; ')}); add one that always applies, such as type=sha`,
    );
  }
  const build = request(i, plan, locate(i, runtime.cwd));
  const login = loginOf(i, plan, runtime.env);
  const config = login ? await createPrivateConfig(runtime.env, runtime.tempDir) : undefined;
  try {
    const engine = await selectEngine(i.builder, {
      run: deps.run,
      log: (line) => runtime.info(line),
      env: config?.env ?? {},
    });
    const unsupported = unsupportedOptions(engine.name, build);
    if (unsupported.length) throw new ConfigError(unsupported);
    runtime.info(
      `version ${plan.version.version} (${plan.version.source}); builder ${engine.name}; tags ${plan.refs.join(', ')}`,
    );
    return await buildAndPush(
      i,
      runtime,
      deps,
      { engine, runtime, images: plan.images, refs: plan.refs, login, retry: deps.retry, fetch: deps.fetch },
      plan,
      build,
    );
  } finally {
    await config?.cleanup();
  }
}

async function buildAndPush(
  i: In,
  runtime: Runtime,
  deps: BuildAndPushDeps,
  ctx: PushContext,
  plan: ImagePlan,
  build: BuildRequest,
): Promise<BuildAndPushResult> {
  const { engine, login } = ctx;
  if (login)
    await withRetry(
      () => engine.login(login.registry, login.credentials.username, login.credentials.password),
      deps.retry,
    );
  try {
    const started = Date.now();
    const { imageId } = await runtime.group(`build ${build.file}`, () => engine.build(build));
    const buildMs = Date.now() - started;
    const base = { plan, builder: engine.name, pushed: i.push, buildMs, resolved: {} };
    if (!i.push) return { ...base, digest: imageId, imageRef: '', pushMs: 0 };
    const pushMs = await pushRefs(ctx);
    const back = await readBack(ctx);
    return { ...base, ...back, imageRef: `${plan.images[0]}@${back.digest}`, pushMs };
  } finally {
    if (login) await engine.logout(login.registry).catch(() => undefined);
  }
}

function outputs(r: BuildAndPushResult): Record<string, string> {
  const metadata = {
    images: r.plan.images,
    version: r.plan.version.version,
    prerelease: r.plan.version.prerelease,
    versionSource: r.plan.version.source,
    tags: r.plan.refs,
    digest: r.digest,
    imageRef: r.imageRef,
    pushed: r.pushed,
    builder: r.builder,
    sizeBytes: r.sizeBytes ?? null,
    buildMs: r.buildMs,
    pushMs: r.pushMs,
    labels: r.plan.labels,
  };
  return {
    digest: r.digest,
    'image-ref': r.imageRef,
    tags: r.plan.refs.join('\n'),
    labels: Object.entries(r.plan.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    version: r.plan.version.version,
    metadata: JSON.stringify(metadata),
  };
}

/** The action with injectable collaborators; `definition` below is the production one. */
export function createDefinition(deps: BuildAndPushDeps = {}): ActionDefinition<typeof inputs, BuildAndPushResult> {
  return {
    name: 'build-and-push',
    inputs,
    execute: (i, runtime) => execute(i, runtime, deps),
    outputs,
    summary: renderSummary,
    failure: () => undefined,
  };
}

export const definition = createDefinition();

export const run = (runtime: Runtime) => runAction(definition, runtime);
