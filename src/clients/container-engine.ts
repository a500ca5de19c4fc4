import { DeployKitError, type InputProblem } from '../shared/errors.js';
import { runProcess, type ProcessRunner } from './container-engine-exec.js';
import { CliEngine } from './container-engine-cli.js';
import { BuildxEngine } from './container-engine-buildx.js';
import {
  CAPABILITIES,
  type BuilderChoice,
  type BuilderName,
  type BuildRequest,
  type Capabilities,
  type ContainerEngine,
  type EngineDeps,
} from './container-engine-types.js';

export * from './container-engine-types.js';

const isSet = (value: string | undefined) => Boolean(value && value !== 'false');

/** The inputs a builder cannot honour, phrased with the fix. */
export function unsupportedOptions(name: BuilderName, request: BuildRequest): InputProblem[] {
  const caps = CAPABILITIES[name];
  const asked: [keyof Capabilities, string, boolean][] = [
    ['platforms', 'platforms', request.platforms.length > 0],
    ['cacheFrom', 'cache-from', request.cacheFrom.length > 0],
    ['cacheTo', 'cache-to', request.cacheTo.length > 0],
    ['provenance', 'provenance', isSet(request.provenance)],
    ['sbom', 'sbom', isSet(request.sbom)],
  ];
  return asked
    .filter(([cap, , wanted]) => wanted && !caps[cap])
    .map(([, input]) => ({
      input,
      message: `the ${name} builder cannot honour it; use builder: buildx (install the docker buildx plugin, e.g. with docker/setup-buildx-action) or remove ${input}`,
    }));
}

function create(name: BuilderName, deps: EngineDeps): ContainerEngine {
  return name === 'buildx' ? new BuildxEngine(deps) : new CliEngine(name, deps);
}

async function available(name: BuilderName, run: ProcessRunner): Promise<{ ok: boolean; why: string }> {
  const probe: Record<BuilderName, [string, string[]]> = {
    buildx: ['docker', ['buildx', 'version']],
    docker: ['docker', ['version', '--format', '{{.Server.Version}}']],
    podman: ['podman', ['--version']],
    buildah: ['buildah', ['--version']],
  };
  const [command, args] = probe[name];
  const result = await run(command, args);
  if (result.code === 0) return { ok: true, why: '' };
  const why =
    result.code === 127
      ? `${command} is not installed`
      : (result.combined.trim().split('\n').at(-1) ?? `exit ${result.code}`);
  return { ok: false, why };
}

/**
 * Picks the builder: an explicit choice must be usable; `auto` takes buildx when the plugin is
 * present, then the classic docker builder, then podman, then buildah.
 */
export async function selectEngine(choice: BuilderChoice, deps: Partial<EngineDeps> = {}): Promise<ContainerEngine> {
  const full: EngineDeps = { run: deps.run ?? runProcess, log: deps.log ?? (() => undefined), env: deps.env ?? {} };
  const order: BuilderName[] = choice === 'auto' ? ['buildx', 'docker', 'podman', 'buildah'] : [choice];
  const reasons: string[] = [];
  for (const name of order) {
    const probe = await available(name, full.run);
    if (probe.ok) return create(name, full);
    reasons.push(`${name}: ${probe.why}`);
  }
  throw new DeployKitError(
    `no usable container builder (${reasons.join('; ')}); install docker (optionally with buildx), podman or buildah, or pick another builder`,
    { reasons },
  );
}
