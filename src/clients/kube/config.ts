import { KubeConfig } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { ConfigError } from '../../shared/errors.js';

/** Where the cluster credentials came from; shown in logs instead of the credentials themselves. */
export type KubeConfigSource = 'input' | 'KUBECONFIG' | 'in-cluster' | 'default';

export interface KubeAccess {
  config: KubeConfig;
  source: KubeConfigSource;
  context: string;
  server: string;
}

/** kubectl's rule for the target namespace: the one given, else the context's, else `default`. */
export function namespaceOf(access: Pick<KubeAccess, 'config' | 'context'>, given?: string): string {
  return given || access.config.getContextObject(access.context)?.namespace || 'default';
}

export interface KubeAccessOptions {
  /** The kubeconfig content from the `kubeconfig` input (not a path). */
  content?: string;
  context?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Registers a secret with the host the moment it is known. */
  secret(value: string): void;
}

/**
 * Every credential-bearing value of a kubeconfig, so the host masks each one even when it is
 * printed alone (a token in an error message, a base64 key in a debug dump).
 */
export function kubeconfigSecrets(config: KubeConfig): string[] {
  const values: string[] = [];
  for (const user of config.users) {
    values.push(user.token ?? '', user.password ?? '', user.certData ?? '', user.keyData ?? '');
  }
  for (const cluster of config.clusters) values.push(cluster.caData ?? '');
  return values.filter((value) => value.length >= 6);
}

function loadFrom(options: KubeAccessOptions): { config: KubeConfig; source: KubeConfigSource } {
  const config = new KubeConfig();
  if (options.content && options.content.trim()) {
    options.secret(options.content);
    try {
      config.loadFromString(options.content);
    } catch (error) {
      throw ConfigError.single(
        'kubeconfig',
        `is not a valid kubeconfig (YAML with clusters, users and contexts): ${(error as Error).name}`,
      );
    }
    return { config, source: 'input' };
  }
  const path = options.env.KUBECONFIG;
  if (path) {
    const first = path.split(':').find((p) => p && existsSync(p));
    if (!first)
      throw ConfigError.single(
        'kubeconfig',
        `is empty and KUBECONFIG names no existing file ('${path}'); pass the kubeconfig content or set KUBECONFIG`,
      );
    config.loadFromFile(first);
    return { config, source: 'KUBECONFIG' };
  }
  if (options.env.KUBERNETES_SERVICE_HOST) {
    config.loadFromCluster();
    return { config, source: 'in-cluster' };
  }
  throw ConfigError.single(
    'kubeconfig',
    'is empty, KUBECONFIG is unset and this is not a pod: pass the kubeconfig content (e.g. ${{ secrets.KUBECONFIG }})',
  );
}

/**
 * Loads cluster access from the input content, KUBECONFIG or the in-cluster service account,
 * masks every credential in it, and selects the context.
 */
export function loadKubeAccess(options: KubeAccessOptions): KubeAccess {
  const { config, source } = loadFrom(options);
  kubeconfigSecrets(config).forEach((value) => options.secret(value));
  if (options.context) {
    if (!config.getContextObject(options.context)) {
      const known = config.contexts.map((c) => c.name).join(', ') || 'none';
      throw ConfigError.single('context', `names no context of the kubeconfig (known: ${known})`);
    }
    config.setCurrentContext(options.context);
  }
  const cluster = config.getCurrentCluster();
  if (!cluster)
    throw ConfigError.single(
      'kubeconfig',
      'has no current context with a cluster; set current-context or the context input',
    );
  return { config, source, context: config.getCurrentContext(), server: cluster.server };
}
