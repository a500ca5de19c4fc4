import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryError, classifyRegistryFailure, registryMessage } from './container-engine-errors.js';
import { CliEngine, buildFailure, commonBuildArgs } from './container-engine-cli.js';
import type { BuildRequest, EngineDeps } from './container-engine-types.js';

/** docker buildx (BuildKit): multi-platform, cache export, provenance and SBOM; pushes while it builds. */
export class BuildxEngine extends CliEngine {
  override readonly pushesDuringBuild = true;

  constructor(deps: EngineDeps) {
    super('buildx', deps);
  }

  override async build(request: BuildRequest): Promise<{ imageId: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'dk-buildx-'));
    const metadataFile = join(dir, 'metadata.json');
    const args = [
      'buildx',
      'build',
      ...commonBuildArgs(request),
      '--metadata-file',
      metadataFile,
      '--progress',
      'plain',
    ];
    if (request.platforms.length) args.push('--platform', request.platforms.join(','));
    for (const cache of request.cacheTo) args.push('--cache-to', cache);
    if (request.provenance) args.push(`--provenance=${request.provenance}`);
    if (request.sbom) args.push(`--sbom=${request.sbom}`);
    if (request.push) args.push('--push');
    else if (request.platforms.length <= 1) args.push('--load');
    args.push(request.context);
    try {
      const result = await this.deps.run('docker', args, { env: this.deps.env, onLine: this.deps.log });
      if (result.code !== 0) {
        const failure = classifyRegistryFailure(result.combined);
        const registry = request.tags[0]?.split('/')[0] ?? '';
        if (request.push && /failed to push|pushing|push access denied/i.test(result.combined) && failure !== 'other') {
          throw new RegistryError(registryMessage('push', registry, failure, result.combined), failure, { registry });
        }
        throw buildFailure('buildx', request.file, result);
      }
      const metadata = JSON.parse(await readFile(metadataFile, 'utf8').catch(() => '{}')) as Record<string, string>;
      return { imageId: metadata['containerimage.config.digest'] ?? metadata['containerimage.digest'] ?? '' };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
