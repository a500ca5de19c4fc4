/** The few metadata fields deploy-kit reads; everything else passes through untouched. */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  generation?: number;
  resourceVersion?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion?: string; kind: string; name: string; uid: string; controller?: boolean }[];
  [key: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** A kind as discovery describes it: how to address it and whether it lives in a namespace. */
export interface ResourceInfo {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

export interface WatchEvent<T = KubeObject> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: T;
}

export interface ApplyOptions {
  fieldManager: string;
  force: boolean;
  dryRun?: boolean;
}

export type PatchType = 'json' | 'merge' | 'strategic';

/**
 * The small surface of the Kubernetes API that deploy-kit's cores use. Kept this narrow so the
 * cores are testable against an in-memory fake and the real client stays in one place.
 */
export interface KubeClient {
  /** The kind as served by this cluster, or undefined when discovery does not know it. */
  resource(apiVersion: string, kind: string): Promise<ResourceInfo | undefined>;
  get<T extends KubeObject = KubeObject>(ref: ObjectRef): Promise<T | undefined>;
  list<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    options?: ListOptions,
  ): Promise<{ items: T[]; resourceVersion: string }>;
  /** Streams events from resourceVersion until the server closes the watch or the signal aborts. */
  watch<T extends KubeObject = KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    options: ListOptions & { resourceVersion: string },
    onEvent: (event: WatchEvent<T>) => void,
    signal: AbortSignal,
  ): Promise<void>;
  apply(object: KubeObject, options: ApplyOptions): Promise<KubeObject>;
  patch(ref: ObjectRef, body: unknown, type: PatchType, fieldManager: string): Promise<KubeObject>;
  /** False when the object was already gone. */
  delete(ref: ObjectRef): Promise<boolean>;
}

/** The address of an object, for get/patch/delete and for messages. */
export const refOf = (object: KubeObject): ObjectRef => ({
  apiVersion: object.apiVersion,
  kind: object.kind,
  name: object.metadata.name ?? '',
  namespace: object.metadata.namespace,
});

/** `deployment/web` or `deployment/web -n shop`: the way kubectl users name an object. */
export function describeRef(ref: ObjectRef): string {
  return `${ref.kind.toLowerCase()}/${ref.name}${ref.namespace ? ` (namespace ${ref.namespace})` : ''}`;
}
