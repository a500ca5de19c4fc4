import { KubeApiError } from '../kube/errors.js';
import { refOf, type KubeClient, type KubeObject } from '../kube/types.js';
import { API_CONCURRENCY, mapLimit } from './concurrency.js';
import type { Manifest } from './types.js';

/** From this many objects of one kind in one namespace, one LIST is cheaper than a GET each. */
export const LIST_THRESHOLD = 5;

const groupKey = (o: KubeObject) => `${o.apiVersion}\n${o.kind}\n${o.metadata.namespace ?? ''}`;

/** One LIST of the kind in the namespace, by name; undefined when the deployer may not list it (GETs then). */
async function listByName(client: KubeClient, sample: KubeObject): Promise<Map<string, KubeObject> | undefined> {
  try {
    const { items } = await client.list(sample.apiVersion, sample.kind, sample.metadata.namespace);
    return new Map(items.map((item) => [item.metadata.name ?? '', item]));
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 403) return undefined;
    throw error;
  }
}

/**
 * The live object behind every manifest (undefined where none exists), in manifest order. Kinds
 * with many objects are read with one LIST each, the rest with concurrent GETs: a release of
 * 200 objects costs a handful of requests instead of 200.
 */
export async function readLive(
  client: KubeClient,
  manifests: Manifest[],
  signal?: AbortSignal,
): Promise<(KubeObject | undefined)[]> {
  const groups = new Map<string, KubeObject[]>();
  for (const { object } of manifests) groups.set(groupKey(object), [...(groups.get(groupKey(object)) ?? []), object]);
  const listed = new Map<string, Map<string, KubeObject>>();
  const big = [...groups.values()].filter(
    (objects) => objects.length >= LIST_THRESHOLD && objects[0].metadata.namespace,
  );
  await mapLimit(
    big,
    API_CONCURRENCY,
    async (objects) => {
      const byName = await listByName(client, objects[0]);
      if (byName) listed.set(groupKey(objects[0]), byName);
    },
    signal,
  );
  return mapLimit(
    manifests,
    API_CONCURRENCY,
    async ({ object }) => {
      const byName = listed.get(groupKey(object));
      return byName ? byName.get(object.metadata.name ?? '') : client.get(refOf(object));
    },
    signal,
  );
}
