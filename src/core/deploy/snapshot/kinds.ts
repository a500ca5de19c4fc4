import type { KubeObject, ObjectRef } from '../../kube/types.js';

/** The configuration kinds a release snapshots before it changes them, so a rollback restores them too. */
export const CONFIG_KINDS = [
  'ConfigMap',
  'Secret',
  'Service',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'Ingress',
] as const;

export const isConfigKind = (object: { kind: string }): boolean =>
  (CONFIG_KINDS as readonly string[]).includes(object.kind);

/** ConfigMaps and Secrets are backed up as objects in the cluster; the others are small and secret-free. */
export const backedUpInCluster = (object: { kind: string }): boolean =>
  object.kind === 'ConfigMap' || object.kind === 'Secret';

/**
 * What the record keeps of one configuration object the release changes. Secret data never
 * appears here: a ConfigMap or Secret is referenced by its backup object's name; the prior
 * content of the other kinds (`object`) is kept inline.
 */
export interface ConfigRecord extends ObjectRef {
  existedBefore: boolean;
  /** Name of the backup object (same kind and namespace) holding the prior content. */
  backup?: string;
  /** The prior object without status or server-managed metadata (Service, HPA, PDB, Ingress). */
  object?: KubeObject;
}

/** The fields whose change makes a configuration object worth a snapshot (metadata-only changes are not). */
export function contentOf(object: KubeObject): unknown {
  const { data, binaryData, type, immutable, spec } = object as Record<string, unknown>;
  return { data: data ?? {}, binaryData: binaryData ?? {}, type, immutable, spec };
}

const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];

/** The object as a user would apply it again: no status, no server-managed metadata. */
export function restorable(object: KubeObject): KubeObject {
  const metadata = { ...object.metadata };
  for (const key of SERVER_METADATA) delete metadata[key];
  const copy: KubeObject = { ...object, metadata };
  delete copy.status;
  return copy;
}

/** Same content, compared as canonical JSON (key order does not matter). */
export function sameContent(a: KubeObject, b: KubeObject): boolean {
  return canonical(contentOf(a)) === canonical(contentOf(b));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
