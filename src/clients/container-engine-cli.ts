import { stripVTControlCharacters } from 'node:util';
import { DeployKitError } from '../shared/errors.js';
import type { ProcessResult } from './container-engine-exec.js';
import { RegistryError, classifyRegistryFailure, registryMessage } from './container-engine-errors.js';
import {
  CAPABILITIES,
  type BuildRequest,
  type BuilderName,
  type Capabilities,
  type ContainerEngine,
  type EngineDeps,
} from './container-engine-types.js';

export type { EngineDeps };

const BINARY: Record<BuilderName, string> = {
  docker: 'docker',
  buildx: 'docker',
  podman: 'podman',
  buildah: 'buildah',
};

/** Registries on loopback speak plain HTTP; podman and buildah must be told so. */
export const isLoopback = (registry: string) => /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(registry);

/** The flags every builder shares: file, tags, labels, build args, target, cache, no-cache, pull. */
export function commonBuildArgs(request: BuildRequest): string[] {
  const args = ['--file', request.file];
  for (const tag of request.tags) args.push('--tag', tag);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  for (const [key, value] of request.buildArgs) args.push('--build-arg', `${key}=${value}`);
  if (request.target) args.push('--target', request.target);
  for (const cache of request.cacheFrom) args.push('--cache-from', cache);
  if (request.noCache) args.push('--no-cache');
  if (request.pull) args.push('--pull');
  return args;
}

/**
 * The output of the step that failed: from the last step header (classic `Step 3/4 :`,
 * BuildKit `#7 [3/4] RUN`, podman/buildah `STEP 3/4:`) to the end, capped to 40 lines.
 */
export function failingStep(output: string): { step?: string; excerpt: string } {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '');
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--)
    if (/^(Step \d+\/\d+ :|STEP \d+\/\d+:|#\d+ \[[^\]]*\d+\/\d+\])/.test(lines[i])) at = i;
  const from = at >= 0 ? lines.slice(at) : lines.slice(-20);
  return { step: at >= 0 ? lines[at].replace(/^#\d+\s+/, '') : undefined, excerpt: from.slice(-40).join('\n') };
}

/** Turns a failed build into an error a user can act on: which step, and what it printed. */
export function buildFailure(name: string, file: string, result: ProcessResult): DeployKitError {
  const text = stripVTControlCharacters(result.combined);
  if (/cannot connect to the docker daemon|is the docker daemon running/i.test(text)) {
    return new DeployKitError(`${name}: the docker daemon is not reachable: ${text.trim().split('\n').at(-1)}`);
  }
  const { step, excerpt } = failingStep(text);
  const where = step ? ` at '${step}'` : '';
  return new DeployKitError(`${name} build of ${file} failed${where} (exit ${result.code}):\n${excerpt}`, {
    step,
    exitCode: result.code,
  });
}

/** docker (classic builder), podman and buildah: build, then push every tag. */
export class CliEngine implements ContainerEngine {
  readonly capabilities: Capabilities;
  readonly pushesDuringBuild: boolean = false;
  protected readonly binary: string;

  constructor(
    readonly name: BuilderName,
    protected readonly deps: EngineDeps,
  ) {
    this.capabilities = CAPABILITIES[name];
    this.binary = BINARY[name];
  }

  protected tlsFlags(registry: string): string[] {
    return this.binary !== 'docker' && isLoopback(registry) ? ['--tls-verify=false'] : [];
  }

  async login(registry: string, username: string, password: string): Promise<void> {
    const args = ['login', ...this.tlsFlags(registry), '--username', username, '--password-stdin', registry];
    const result = await this.deps.run(this.binary, args, { stdin: password, env: this.deps.env });
    if (result.code === 0) return;
    const failure = classifyRegistryFailure(result.combined);
    throw new RegistryError(registryMessage(`login as ${username}`, registry, failure, result.combined), failure, {
      registry,
    });
  }

  async logout(registry: string): Promise<void> {
    await this.deps.run(this.binary, ['logout', registry], { env: this.deps.env });
  }

  async build(request: BuildRequest): Promise<{ imageId: string }> {
    const verb = this.name === 'buildah' ? ['bud'] : ['build'];
    const args = [
      ...verb,
      ...commonBuildArgs(request),
      ...request.cacheTo.flatMap((c) => ['--cache-to', c]),
      request.context,
    ];
    // The classic builder prints `Step N/M :` headers, which is how a failing step is found.
    const env = this.name === 'docker' ? { ...this.deps.env, DOCKER_BUILDKIT: '0' } : this.deps.env;
    const result = await this.deps.run(this.binary, args, { env, onLine: this.deps.log });
    if (result.code !== 0) throw buildFailure(this.name, request.file, result);
    const inspect =
      this.name === 'buildah'
        ? ['inspect', '--type', 'image', '--format', '{{.FromImageID}}']
        : ['image', 'inspect', '--format', '{{.Id}}'];
    const id = await this.deps.run(this.binary, [...inspect, request.tags[0]], { env: this.deps.env });
    return { imageId: id.code === 0 ? id.stdout.trim() : '' };
  }

  async push(ref: string): Promise<void> {
    const registry = ref.split('/')[0];
    const result = await this.deps.run(this.binary, ['push', ...this.tlsFlags(registry), ref], {
      env: this.deps.env,
      onLine: this.deps.log,
    });
    if (result.code === 0) return;
    const failure = classifyRegistryFailure(result.combined);
    throw new RegistryError(registryMessage(`push of ${ref}`, registry, failure, result.combined), failure, { ref });
  }
}
