import { refOf, type KubeClient, type KubeObject, type ObjectRef } from '../../kube/types.js';
import { API_CONCURRENCY, mapLimit } from '../../manifests/concurrency.js';
import { readLive } from '../../manifests/live.js';
import { imagesOf } from '../../manifests/images.js';
import { ANNOTATION } from '../../manifests/metadata.js';
import { isWorkload, type Manifest } from '../../manifests/types.js';
import type { Interruption } from '../rollout/interrupt.js';
import { currentRevision } from '../rollout/revisions.js';
import { restorable, type ConfigRecord } from '../snapshot/kinds.js';
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
  /** The whole workload as it was (no status), to create it again should it be deleted. */
  object?: KubeObject;
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
  /** Snapshots of the configuration objects the release changes (absent in records of older versions). */
  configs?: ConfigRecord[];
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
    object: restorable(live),
  };
}

/** Reads what runs now for every object about to be applied (concurrently, results in manifest order). */
export async function captureRecord(
  client: KubeClient,
  manifests: Manifest[],
  meta: Pick<DeployRecord, 'version' | 'namespace' | 'context' | 'fieldManager'>,
  signal?: AbortSignal,
): Promise<{ record: DeployRecord; live: (KubeObject | undefined)[] }> {
  const record: DeployRecord = {
    schema: RECORD_SCHEMA,
    createdAt: new Date().toISOString(),
    ...meta,
    workloads: [],
    resources: [],
  };
  const lives = await readLive(client, manifests, signal);
  const read = await mapLimit(
    manifests,
    API_CONCURRENCY,
    async ({ object }, index) => {
      const ref = refOf(object);
      const live = lives[index];
      const workload = isWorkload(object)
        ? { ...ref, existedBefore: Boolean(live), before: live ? await workloadState(client, live) : undefined }
        : undefined;
      return { ref, live, workload };
    },
    signal,
  );
  for (const { ref, live, workload } of read) {
    record.resources.push({ ...ref, existedBefore: Boolean(live) });
    if (workload) record.workloads.push(workload);
  }
  return { record, live: read.map((r) => r.live) };
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
