import { describeRef, refOf, type KubeClient, type KubeObject } from '../../kube/types.js';
import { applyOwned } from '../../manifests/apply.js';
import { API_CONCURRENCY, mapLimit } from '../../manifests/concurrency.js';
import { imagesOf } from '../../manifests/images.js';
import { applyTiers } from '../../manifests/order.js';
import { ManifestError, type Manifest } from '../../manifests/types.js';
import { dryRunAll, validateManifests } from '../../manifests/validate.js';
import type { Deadline } from '../deadline.js';
import type { DeployRecord } from '../rollback/record.js';
import { currentRevision } from './revisions.js';
import type { RolloutOutcome } from './wait.js';

export interface PhaseOptions {
  namespace: string;
  fieldManager: string;
  force: boolean;
  log(message: string): void;
}

export interface AppliedResource {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  created: boolean;
}

/**
 * Client-side checks, then a server dry run of every object. Returns the objects that could not
 * be dry-run and what the server would store for the others.
 */
export async function validateAll(
  client: KubeClient,
  manifests: Manifest[],
  options: PhaseOptions,
  deadline: Deadline,
): Promise<{ notDryRun: string[]; dryRun: Map<Manifest, KubeObject> }> {
  const problems = await deadline.race(validateManifests(manifests, client, options.namespace));
  if (problems.length) throw new ManifestError(problems);
  const namespaces = manifests.filter((m) => m.object.kind === 'Namespace').map((m) => m.object);
  const exists = await deadline.race(Promise.all(namespaces.map((ns) => client.get(refOf(ns)))));
  const newNamespaces = new Set(namespaces.filter((_, i) => !exists[i]).map((ns) => ns.metadata.name ?? ''));
  const { skipped, responses } = await deadline.race(
    dryRunAll(
      manifests,
      client,
      { fieldManager: options.fieldManager, force: options.force },
      newNamespaces,
      deadline.signal,
    ),
  );
  return { notDryRun: skipped.map((m) => describeRef(refOf(m.object))), dryRun: responses };
}

/**
 * Server-side apply tier by tier (what others reference first), objects within a tier
 * concurrently. The apply response is the object as stored: nothing is read back. When the
 * deadline passes, no further apply starts and `onApplied` has seen every one that did.
 */
export async function applyAll(
  client: KubeClient,
  manifests: Manifest[],
  record: DeployRecord,
  options: PhaseOptions,
  deadline: Deadline,
  onApplied: (resource: AppliedResource, result: KubeObject) => void,
): Promise<void> {
  const existed = new Set(record.resources.filter((r) => r.existedBefore).map((r) => describeRef(r)));
  for (const tier of applyTiers(manifests)) {
    deadline.check();
    await mapLimit(
      tier,
      API_CONCURRENCY,
      async ({ object }) => {
        const result = await applyOwned(client, object, { fieldManager: options.fieldManager, force: options.force });
        const ref = refOf(object);
        const created = !existed.has(describeRef(ref));
        const generation =
          result.metadata.generation === undefined ? '' : ` (generation ${result.metadata.generation})`;
        options.log(`${describeRef(ref)} ${created ? 'created' : 'applied'}${generation}`);
        onApplied({ ...ref, created }, result);
      },
      deadline.signal,
    );
  }
}

/**
 * What each workload runs after the release (or its rollback). Without a rollout wait the apply
 * responses answer it (`applied`): the revision is known only where the controller had already
 * observed the generation, as for an unchanged workload. Otherwise the workloads are re-read.
 */
export async function recordAfter(
  client: KubeClient,
  record: DeployRecord,
  outcomes: RolloutOutcome[],
  applied?: Map<string, KubeObject>,
): Promise<void> {
  await mapLimit(record.workloads, API_CONCURRENCY, async (w) => {
    const response = applied?.get(describeRef(w));
    const live = response ?? (await client.get(w).catch(() => undefined));
    const outcome = outcomes.find((o) => o.ref.kind === w.kind && o.ref.name === w.name);
    w.after = {
      revision: response ? observedRevision(response) : await revisionOf(client, live),
      images: live ? imagesOf(live) : {},
      generation: live?.metadata.generation,
      status: outcome?.state,
      message: outcome?.message,
    };
  });
}

async function revisionOf(client: KubeClient, live: KubeObject | undefined): Promise<number | undefined> {
  return live ? (await currentRevision(client, live).catch(() => undefined))?.revision : undefined;
}

/** The Deployment's revision when its controller has seen this generation; unknown (not yet decided) otherwise. */
function observedRevision(object: KubeObject): number | undefined {
  const observed = (object.status as { observedGeneration?: number } | undefined)?.observedGeneration ?? -1;
  const revision = Number(object.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  return object.kind === 'Deployment' && observed >= (object.metadata.generation ?? 0) && revision
    ? revision
    : undefined;
}
