import type { KubeClient, KubeObject, ObjectRef } from '../../kube/types.js';
import { waitForRollout, type RolloutOutcome } from '../rollout/wait.js';
import { deploymentRef, serviceRef, trackName, trackSelector, type Track } from './objects.js';

/** The field manager of everything a progressive release writes besides the stable template. */
export const progressiveManager = (fieldManager: string) => `${fieldManager}-progressive`;

/** A sleep that ends early (resolving false) when the signal aborts. */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `work` unless the signal aborts first; `undefined` means it was aborted. */
export async function unlessAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
  if (!signal) return work;
  if (signal.aborted) return undefined;
  let onAbort!: () => void;
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Server-side apply of an object this release owns outright (canary Deployment, Services, canary Ingress). */
export const applyOwnedObject = (client: KubeClient, object: KubeObject, fieldManager: string) =>
  client.apply(object, { fieldManager: progressiveManager(fieldManager), force: true });

/** Waits for the canary/preview Deployment to be ready, failing fast like a rolling deploy does. */
export async function waitReady(
  client: KubeClient,
  workload: ObjectRef,
  options: { timeoutMs: number; graceMs: number; log: (message: string) => void; signal?: AbortSignal },
): Promise<RolloutOutcome> {
  const live = await client.get(workload);
  if (!live) throw new Error(`${workload.kind.toLowerCase()}/${workload.name} is gone`);
  return waitForRollout(client, live, {
    timeoutMs: options.timeoutMs,
    graceMs: options.graceMs,
    log: (message) => options.log(message),
    cancel: options.signal,
    tickMs: 250,
  });
}

/**
 * Removes a track's Deployment and Service: scaled to 0 first, so its pods leave the shared
 * Service at once, then deleted. Returns what existed.
 */
export async function removeTrack(
  client: KubeClient,
  namespace: string,
  stable: string,
  track: Track,
  fieldManager: string,
): Promise<string[]> {
  const name = trackName(stable, track);
  const deployment = deploymentRef(namespace, name);
  const removed: string[] = [];
  if (await client.get(deployment)) {
    await client.patch(deployment, { spec: { replicas: 0 } }, 'merge', progressiveManager(fieldManager));
    await client.delete(deployment);
    removed.push(`deployment/${name}`);
  }
  if (await client.delete(serviceRef(namespace, name))) removed.push(`service/${name}`);
  // Pods of a deleted ReplicaSet linger for a moment; delete them too so no request reaches them.
  const { items } = await client.list('v1', 'Pod', namespace, {
    labelSelector: Object.entries(trackSelector(stable, track))
      .map(([k, v]) => `${k}=${v}`)
      .join(','),
  });
  for (const pod of items)
    await client.delete({ apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name ?? '', namespace });
  return removed;
}
