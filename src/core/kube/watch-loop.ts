import { KubeApiError, isRetryable } from './errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KubeClient, KubeObject, ListOptions } from './types.js';

export interface ObserveTarget {
  apiVersion: string;
  kind: string;
  namespace?: string;
  options?: ListOptions;
}

export interface ObserveHooks<T> {
  /** The full current set after a (re)list; replaces whatever the caller had. */
  onSnapshot(items: T[]): void;
  onEvent(type: 'ADDED' | 'MODIFIED' | 'DELETED', object: T): void;
  /** A dropped watch or a transient API error, before the loop resumes. */
  onResume?(reason: string): void;
}

/**
 * List-then-watch that survives: a dropped stream resumes from the last resourceVersion seen,
 * 410 Gone relists, 429/5xx back off and retry. Ends only when the signal aborts or a
 * non-retryable error (Forbidden, NotFound kind) is thrown.
 */
export async function observe<T extends KubeObject>(
  client: KubeClient,
  target: ObserveTarget,
  hooks: ObserveHooks<T>,
  signal: AbortSignal,
): Promise<void> {
  let resourceVersion = '';
  let failures = 0;
  while (!signal.aborted) {
    try {
      if (!resourceVersion) {
        const list = await client.list<T>(target.apiVersion, target.kind, target.namespace, target.options);
        resourceVersion = list.resourceVersion;
        hooks.onSnapshot(list.items);
      }
      await client.watch<T>(
        target.apiVersion,
        target.kind,
        target.namespace,
        { ...target.options, resourceVersion },
        (event) => {
          failures = 0;
          if (event.object?.metadata?.resourceVersion) resourceVersion = event.object.metadata.resourceVersion;
          if (event.type !== 'BOOKMARK' && event.type !== 'ERROR') hooks.onEvent(event.type, event.object);
        },
        signal,
      );
      if (!signal.aborted) hooks.onResume?.('watch closed by the server; resuming');
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof KubeApiError && error.status === 410) {
        resourceVersion = '';
        hooks.onResume?.('watch history expired (410 Gone); relisting');
        continue;
      }
      if (!isRetryable(error)) throw error;
      failures++;
      hooks.onResume?.(`${(error as Error).message}; retrying`);
      await sleep(Math.min(5000, 100 * 2 ** Math.min(failures, 6)));
    }
  }
}
