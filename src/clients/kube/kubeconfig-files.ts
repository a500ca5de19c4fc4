import { KubeConfig, type Cluster, type Context, type User } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The `users[].user.exec` block client-node passes to its exec authenticator. */
interface ExecConfig {
  command: string;
  args?: string[];
  env?: { name: string; value: string }[];
  apiVersion?: string;
}

/** The entries a kubeconfig is made of; each list keeps the first entry of a name, as kubectl merges. */
interface Entries {
  clusters: Cluster[];
  users: User[];
  contexts: Context[];
  currentContext?: string;
}

function addFirst<T extends { name: string }>(into: T[], from: readonly T[]): void {
  for (const item of from) if (!into.some((known) => known.name === item.name)) into.push(item);
}

/**
 * kubectl resolves a relative exec command that contains a path separator against the directory
 * of the kubeconfig naming it, and tells the plugin it runs non-interactively.
 */
function prepareExec(user: User, baseDir: string | undefined): User {
  if (!user.exec) return user;
  const exec = { ...(user.exec as ExecConfig) };
  if (baseDir && exec.command.includes('/') && !isAbsolute(exec.command)) exec.command = resolve(baseDir, exec.command);
  const env = exec.env ?? [];
  if (!env.some((entry) => entry.name === 'KUBERNETES_EXEC_INFO')) {
    const info = { apiVersion: exec.apiVersion, kind: 'ExecCredential', spec: { interactive: false } };
    exec.env = [...env, { name: 'KUBERNETES_EXEC_INFO', value: JSON.stringify(info) }];
  }
  return { ...user, exec };
}

function entriesOf(config: KubeConfig, baseDir?: string): Entries {
  return {
    clusters: [...config.clusters],
    users: config.users.map((user) => prepareExec(user, baseDir)),
    contexts: [...config.contexts],
    currentContext: config.getCurrentContext() || undefined,
  };
}

/** A kubeconfig from the content of the `kubeconfig` input. */
export function configFromText(text: string, cwd?: string): KubeConfig {
  const config = new KubeConfig();
  config.loadFromString(text);
  return toConfig(entriesOf(config, cwd));
}

function toConfig(entries: Entries): KubeConfig {
  const config = new KubeConfig();
  config.loadFromOptions({ ...entries, currentContext: entries.currentContext ?? '' });
  return config;
}

/** The existing files of a KUBECONFIG value (colon-separated like PATH; missing files are skipped, as kubectl does). */
export function kubeconfigFiles(value: string): string[] {
  return value.split(':').filter((path) => path && existsSync(path));
}

/**
 * Loads and merges kubeconfig files the way kubectl merges a KUBECONFIG list: the first file to
 * name a cluster, user or context wins, and the first `current-context` set wins. Relative file
 * and command paths are resolved against the file that holds them.
 */
export function mergeKubeconfigFiles(files: readonly string[]): KubeConfig {
  const merged: Entries = { clusters: [], users: [], contexts: [] };
  for (const file of files) {
    const one = new KubeConfig();
    one.loadFromFile(file);
    const entries = entriesOf(one, dirname(file));
    addFirst(merged.clusters, entries.clusters);
    addFirst(merged.users, entries.users);
    addFirst(merged.contexts, entries.contexts);
    merged.currentContext ??= entries.currentContext;
  }
  return toConfig(merged);
}

/** `~/.kube/config`, where `aws eks update-kubeconfig`, `az aks get-credentials` and kind write. */
export function homeKubeconfig(env: Readonly<Record<string, string | undefined>>, home: string): string | undefined {
  const path = join(env.HOME || home, '.kube', 'config');
  return existsSync(path) ? path : undefined;
}
