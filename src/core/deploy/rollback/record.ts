import type { KubeClient, KubeObject, ObjectRef } from '../../kube/types.js';
import { imagesOf } from '../../manifests/images.js';
import { ANNOTATION } from '../../manifests/metadata.js';
import { isWorkload, type Manifest } from '../../manifests/types.js';
import type { Interruption } from '../rollout/interrupt.js';
import { currentRevision } from '../rollout/revisions.js';
import { normalizeTemplate } from '../rollout/template.js';

export { normalizeTemplate, sameTemplate } from '../rollout/template.js';

/** Versioned so a rollback step never misreads a record from another deploy-kit major. */
export const RECORD_SCHEMA = 'deploy-kit.dev/deploy-record/v1';

/** What one workload ran before the deploy: the exact rollback target. */
export interface WorkloadState {
  revision: number;
  images: Record<string, string>;
  /** The live pod template (no pod-template-hash label). */
  template: Record<string, unknown>;
  /** pod-template-hash of the ReplicaSet, or the ControllerRevision's hash. */
  templateHash?: string;
  /** Name of the ReplicaSet or ControllerRevision that holds the revision. */
  holder?: string;
  generation: number;
  /** The release version that was running (its deploy-kit.dev/version annotation), when deploy-kit deployed it. */
  version?: string;
}

export interface WorkloadRecord extends ObjectRef {
  existedBefore: boolean;
  before?: WorkloadState;
  after?: { revision?: number; images: Record<string, string>; generation?: number; status?: string; message?: string };
}

export interface ResourceRecord extends ObjectRef {
  existedBefore: boolean;
}

/**
 * The deploy record: written before anything is applied, updated after the rollout. A later
 * rollback step reads it to restore exactly what ran before this deploy, not blindly N-1.
 */
export interface DeployRecord {
  schema: typeof RECORD_SCHEMA;
  createdAt: string;
  version?: string;
  namespace: string;
  context: string;
  fieldManager: string;
  workloads: WorkloadRecord[];
  resources: ResourceRecord[];
  /** Set when the run was cancelled mid-release: the signal and the restore written before the step ended. */
  interruption?: Interruption;
}

/** The state of one live workload, with the revision and the object that holds it. */
export async function workloadState(client: KubeClient, live: KubeObject): Promise<WorkloadState> {
  const current = await currentRevision(client, live);
  return {
    revision: current?.revision ?? 0,
    images: imagesOf(live),
    template: normalizeTemplate((live.spec as Record<string, unknown>)?.template),
    templateHash: current?.podHashes.at(-1),
    holder: current?.holder?.metadata.name,
    generation: live.metadata.generation ?? 0,
    version: live.metadata.annotations?.[ANNOTATION.version],
  };
}

/** Reads what runs now for every object about to be applied. */
export async function captureRecord(
  client: KubeClient,
  manifests: Manifest[],
  meta: Pick<DeployRecord, 'version' | 'namespace' | 'context' | 'fieldManager'>,
): Promise<DeployRecord> {
  const record: DeployRecord = {
    schema: RECORD_SCHEMA,
    createdAt: new Date().toISOString(),
    ...meta,
    workloads: [],
    resources: [],
  };
  for (const { object } of manifests) {
    const ref: ObjectRef = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name ?? '',
      namespace: object.metadata.namespace,
    };
    const live = await client.get(ref);
    record.resources.push({ ...ref, existedBefore: Boolean(live) });
    if (!isWorkload(object)) continue;
    record.workloads.push({
      ...ref,
      existedBefore: Boolean(live),
      before: live ? await workloadState(client, live) : undefined,
    });
  }
  return record;
}

/** `deployment/web`, the key used in the revisions/images outputs. */
export const workloadKey = (ref: ObjectRef): string => `${ref.kind.toLowerCase()}/${ref.name}`;

/** Checks a parsed JSON value is a deploy record; returns what is wrong otherwise. */
export function recordProblem(value: unknown): string | undefined {
  const r = value as Partial<DeployRecord> | undefined;
  if (!r || typeof r !== 'object') return 'is not a JSON object';
  if (r.schema !== RECORD_SCHEMA)
    return `has schema '${String(r.schema)}', expected '${RECORD_SCHEMA}' (a record written by the deploy action)`;
  if (!Array.isArray(r.workloads) || !Array.isArray(r.resources)) return 'lacks the workloads/resources lists';
  return undefined;
}
