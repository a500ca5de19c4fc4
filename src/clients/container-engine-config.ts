import { copyFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Environment for the builder CLI plus the cleanup that removes the stored credentials. */
export interface PrivateConfig {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/**
 * A per-run credential store: `docker login` writes to $DOCKER_CONFIG/config.json and podman or
 * buildah to $REGISTRY_AUTH_FILE, so a private temp dir keeps the password off the shared home
 * and stops parallel jobs on one runner from logging each other out mid-push. Plugins (buildx),
 * buildx builder instances and contexts of the usual config are linked in, its config copied.
 */
export async function createPrivateConfig(
  env: Readonly<Record<string, string | undefined>>,
  tempDir: string,
): Promise<PrivateConfig> {
  const base = env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker');
  const dir = await mkdtemp(join(tempDir, 'dk-docker-config-'));
  if (existsSync(join(base, 'config.json'))) await copyFile(join(base, 'config.json'), join(dir, 'config.json'));
  for (const entry of ['cli-plugins', 'buildx', 'contexts']) {
    if (existsSync(join(base, entry))) await symlink(join(base, entry), join(dir, entry));
  }
  return {
    env: { DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: join(dir, 'auth.json') },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
