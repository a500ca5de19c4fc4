import { KubeApiError } from '../kube/errors.js';
import type { ApplyOptions, KubeClient, KubeObject } from '../kube/types.js';

/** The managers named by a server-side-apply conflict (`conflict with "kubectl-set" using apps/v1`). */
export function conflictManagers(error: KubeApiError): string[] {
  const text = [error.message, ...error.causes.map((c) => c.message ?? '')].join('\n');
  return [...new Set([...text.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]))];
}

/** The field manager deploy-kit's own rollbacks use; a later deploy takes those fields back. */
export const rollbackManager = (fieldManager: string) => `${fieldManager}-rollback`;

/**
 * Server-side apply that treats a conflict with deploy-kit's own rollback (an Update by
 * `<field-manager>-rollback`) as no conflict: the release after a rollback owns the image again.
 * Conflicts with anyone else are thrown, naming the managers and fields, unless forced.
 */
export async function applyOwned(client: KubeClient, object: KubeObject, options: ApplyOptions): Promise<KubeObject> {
  try {
    return await client.apply(object, options);
  } catch (error) {
    if (!(error instanceof KubeApiError) || error.status !== 409 || options.force) throw error;
    const managers = conflictManagers(error);
    if (managers.length === 0 || managers.some((m) => m !== rollbackManager(options.fieldManager))) throw error;
    return client.apply(object, { ...options, force: true });
  }
}
