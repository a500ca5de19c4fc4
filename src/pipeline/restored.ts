import { readFile } from 'node:fs/promises';
import type { DeployRecord } from '../core/deploy/rollback/record.js';

/** The tag or digest of an image reference: `reg:5000/app:v1` -> `v1`, `app@sha256:ab..` -> `sha256:ab..`. */
export function imageVersion(ref: string): string {
  const at = ref.indexOf('@');
  if (at >= 0) return ref.slice(at + 1);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > slash ? ref.slice(colon + 1) : 'latest';
}

/**
 * What runs again after a rollback, read from the deploy record: the release version deploy-kit
 * recorded on the previous revision, else its app.kubernetes.io/version label, else the image
 * tag. Undefined for a first deploy, which has nothing to restore.
 */
export async function restoredVersionOf(recordPath: string | undefined): Promise<string | undefined> {
  if (!recordPath) return undefined;
  try {
    const record = JSON.parse(await readFile(recordPath, 'utf8')) as Partial<DeployRecord>;
    const before = record.workloads?.find((w) => w.existedBefore && w.before)?.before;
    if (before?.version) return before.version;
    const metadata = before?.template?.metadata as { labels?: Record<string, string> } | undefined;
    const label = metadata?.labels?.['app.kubernetes.io/version'];
    if (label) return label;
    const image = Object.values(before?.images ?? {})[0];
    return image ? imageVersion(image) : undefined;
  } catch {
    return undefined;
  }
}
