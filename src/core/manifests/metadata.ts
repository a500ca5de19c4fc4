import type { Manifest } from './types.js';

/** What a release is, recorded on every object so `kubectl get -o yaml` answers "which deploy made this". */
export interface ReleaseInfo {
  version?: string;
  commit?: string;
  runUrl?: string;
  changeCause?: string;
}

/** Every annotation deploy-kit writes or reads, in one place. */
export const ANNOTATION = {
  version: 'deploy-kit.dev/version',
  commit: 'deploy-kit.dev/commit',
  runUrl: 'deploy-kit.dev/run-url',
  changeCause: 'kubernetes.io/change-cause',
  rollbackReason: 'deploy-kit.dev/rollback-reason',
  rolledBackFrom: 'deploy-kit.dev/rolled-back-from',
} as const;

/** Label values are at most 63 characters of [A-Za-z0-9._-], starting and ending alphanumeric. */
export function labelValue(value: string): string {
  return value
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

/** The default annotations and labels of a release; explicit inputs override them key by key. */
export function releaseMetadata(info: ReleaseInfo): {
  labels: Record<string, string>;
  annotations: Record<string, string>;
} {
  const annotations: Record<string, string> = {};
  const labels: Record<string, string> = { 'app.kubernetes.io/managed-by': 'deploy-kit' };
  if (info.version) {
    annotations[ANNOTATION.version] = info.version;
    const value = labelValue(info.version);
    if (value) labels['app.kubernetes.io/version'] = value;
  }
  if (info.commit) annotations[ANNOTATION.commit] = info.commit;
  if (info.runUrl) annotations[ANNOTATION.runUrl] = info.runUrl;
  const cause =
    info.changeCause ??
    [info.version && `deploy-kit ${info.version}`, info.commit && `commit ${info.commit.slice(0, 12)}`, info.runUrl]
      .filter(Boolean)
      .join(', ');
  if (cause) annotations[ANNOTATION.changeCause] = cause;
  return { labels, annotations };
}

/**
 * Adds labels and annotations to every object's metadata (never to pod templates or selectors,
 * so a new commit alone does not restart pods and selectors stay immutable-safe).
 */
export function addMetadata(
  manifests: Manifest[],
  labels: Record<string, string>,
  annotations: Record<string, string>,
): void {
  for (const { object } of manifests) {
    object.metadata.labels = { ...(object.metadata.labels ?? {}), ...labels };
    object.metadata.annotations = { ...(object.metadata.annotations ?? {}), ...annotations };
  }
}
