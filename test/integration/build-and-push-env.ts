import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';

/** The registries .ci/services.d/20-docker.sh starts, or why the docker tests cannot run here. */
export interface DockerEnv {
  available: boolean;
  reason: string;
  registry: string;
  authRegistry: string;
  user: string;
  password: string;
}

export function dockerEnv(): DockerEnv {
  const env = process.env;
  const base = {
    registry: env.DK_REGISTRY ?? '',
    authRegistry: env.DK_AUTH_REGISTRY ?? '',
    user: env.DK_REGISTRY_USER ?? '',
    password: env.DK_REGISTRY_PASSWORD ?? '',
  };
  const docker = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' });
  if (docker.error || docker.status !== 0)
    return {
      ...base,
      available: false,
      reason: `docker engine not available (${docker.error?.message ?? docker.stderr.trim().split('\n').at(-1)}); source .ci/services.d/20-docker.sh`,
    };
  if (!base.registry || !base.authRegistry || !base.user || !base.password)
    return {
      ...base,
      available: false,
      reason:
        'DK_REGISTRY/DK_AUTH_REGISTRY/DK_REGISTRY_USER/DK_REGISTRY_PASSWORD unset; source .ci/services.d/20-docker.sh',
    };
  if (!existsSync('/bin/busybox'))
    return { ...base, available: false, reason: '/bin/busybox (busybox-static) missing' };
  return { ...base, available: true, reason: '' };
}

/** Copies a fixture under test/fixtures/images to a temp dir and adds the static busybox it copies in. */
export function fixtureContext(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dk-image-${name}-`));
  cpSync(join(repoRoot, 'test', 'fixtures', 'images', name), dir, { recursive: true });
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  return dir;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/**
 * Talks to the registry HTTP API directly (not through deploy-kit's client), so a test checks
 * the action against the registry itself.
 */
export async function registryApi(
  registry: string,
  path: string,
  auth?: { user: string; password: string },
  method = 'GET',
): Promise<Response> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
  return fetch(`http://${registry}/v2/${path}`, { method, headers });
}

export async function tagDigest(
  registry: string,
  repository: string,
  tag: string,
  auth?: { user: string; password: string },
): Promise<string | null> {
  const response = await registryApi(registry, `${repository}/manifests/${tag}`, auth, 'HEAD');
  return response.ok ? response.headers.get('docker-content-digest') : `HTTP ${response.status}`;
}

/** The image config's Labels for a tag: manifest -> config blob. */
export async function imageLabels(
  registry: string,
  repository: string,
  tag: string,
  auth?: { user: string; password: string },
): Promise<Record<string, string>> {
  const manifest = (await (await registryApi(registry, `${repository}/manifests/${tag}`, auth)).json()) as {
    config: { digest: string };
  };
  const config = (await (
    await registryApi(registry, `${repository}/blobs/${manifest.config.digest}`, auth)
  ).json()) as { config: { Labels?: Record<string, string> } };
  return config.config.Labels ?? {};
}

export const randomName = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
