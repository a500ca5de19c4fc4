import { KubeConfig } from '@kubernetes/client-node';
import { homedir } from 'node:os';
import { ConfigError } from '../../shared/errors.js';
import { credentialValues } from '../../shared/credentials.js';
import { configFromText, homeKubeconfig, kubeconfigFiles, mergeKubeconfigFiles } from './kubeconfig-files.js';

/** Where the cluster credentials came from; shown in logs instead of the credentials themselves. */
export type KubeConfigSource = 'input' | 'KUBECONFIG' | '~/.kube/config' | 'in-cluster';

export interface KubeAccess {
  config: KubeConfig;
  source: KubeConfigSource;
  context: string;
  server: string;
  /** Registers a credential the client learns later (an exec plugin's token or client key). */
  secret: (value: string) => void;
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
  secret: (value: string) => void;
  /** The home directory when HOME is unset (tests give their own). */
  home?: string;
}

/**
 * Every credential-bearing value of a kubeconfig, so the host masks each one even when it is
 * printed alone (a token in an error message, a base64 key in a debug dump) -- and nothing else:
 * masking ordinary words such as `cluster` or `default` would garble every later log line.
 */
export function kubeconfigSecrets(config: KubeConfig): string[] {
  const values = credentialValues(config.exportConfig());
  for (const user of config.users) values.push(user.token ?? '', user.password ?? '', user.certData ?? '');
  return [...new Set(values)].filter((value) => value.length >= 6);
}

/** Registers a secret line by line: the runner matches one log line at a time, and PEM markers are not secret. */
export function maskEachLine(value: string, secret: (value: string) => void): void {
  for (const line of value.split(/\r?\n/).map((l) => l.trim())) {
    if (line.length >= 6 && !line.startsWith('-----')) secret(line);
  }
}

function fromInput(content: string): KubeConfig {
  try {
    return configFromText(content);
  } catch (error) {
    throw ConfigError.single(
      'kubeconfig',
      `is not a valid kubeconfig (YAML with clusters, users and contexts): ${(error as Error).name}`,
    );
  }
}

function fromFiles(files: string[], source: KubeConfigSource): KubeConfig {
  try {
    return mergeKubeconfigFiles(files);
  } catch (error) {
    throw ConfigError.single(
      'kubeconfig',
      `is empty and ${source} (${files.join(':')}) is not a valid kubeconfig: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** kubectl's order: the input, then KUBECONFIG (merged list), then ~/.kube/config, then the pod's service account. */
function loadFrom(options: KubeAccessOptions): { config: KubeConfig; source: KubeConfigSource } {
  if (options.content?.trim()) {
    credentialValues(options.content).forEach((value) => maskEachLine(value, options.secret));
    return { config: fromInput(options.content), source: 'input' };
  }
  const list = options.env.KUBECONFIG;
  if (list) {
    const files = kubeconfigFiles(list);
    if (!files.length)
      throw ConfigError.single(
        'kubeconfig',
        `is empty and KUBECONFIG names no existing file ('${list}'); pass the kubeconfig content or fix KUBECONFIG`,
      );
    return { config: fromFiles(files, 'KUBECONFIG'), source: 'KUBECONFIG' };
  }
  const home = homeKubeconfig(options.env, options.home ?? homedir());
  if (home) return { config: fromFiles([home], '~/.kube/config'), source: '~/.kube/config' };
  if (options.env.KUBERNETES_SERVICE_HOST) {
    const config = new KubeConfig();
    config.loadFromCluster();
    return { config, source: 'in-cluster' };
  }
  throw ConfigError.single(
    'kubeconfig',
    'is empty, KUBECONFIG is unset, ~/.kube/config does not exist and this is not a pod: pass the kubeconfig content (e.g. ${{ secrets.KUBECONFIG }}) or log in first (aws eks update-kubeconfig, az aks get-credentials)',
  );
}

/**
 * Loads cluster access the way kubectl finds it, masks every credential in it, and selects the
 * context. Credentials an exec plugin hands out later are masked by the client through `secret`.
 */
export function loadKubeAccess(options: KubeAccessOptions): KubeAccess {
  const { config, source } = loadFrom(options);
  kubeconfigSecrets(config).forEach((value) => maskEachLine(value, options.secret));
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
  return { config, source, context: config.getCurrentContext(), server: cluster.server, secret: options.secret };
}
