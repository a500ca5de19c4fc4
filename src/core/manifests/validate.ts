import { KubeApiError } from '../kube/errors.js';
import type { ApplyOptions, KubeClient, KubeObject } from '../kube/types.js';
import { applyOwned } from './apply.js';
import { API_CONCURRENCY, mapLimit } from './concurrency.js';
import { ManifestError, type Manifest, type ManifestProblem } from './types.js';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function nameProblem(name: string, kind: string): string | undefined {
  const rule = kind === 'Namespace' || kind === 'Service' ? LABEL : SUBDOMAIN;
  const max = rule === LABEL ? 63 : 253;
  if (name.length > max || !rule.test(name)) {
    return `'${name}' is not a valid ${kind} name (lower-case letters, digits and '-'${rule === SUBDOMAIN ? " or '.'" : ''}, at most ${max} characters)`;
  }
  return undefined;
}

/**
 * Client-side checks against discovery: the kind is served, names are valid, namespaced objects
 * get the target namespace (a different explicit one is an error, as with kubectl -n), cluster
 * objects lose a stray namespace, and no object appears twice. Mutates namespaces in place.
 */
export async function validateManifests(
  manifests: Manifest[],
  client: KubeClient,
  namespace: string,
): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  const seen = new Map<string, Manifest>();
  // One discovery request per group/version, all at once; the loop below then reads the cache.
  const kinds = new Map(manifests.map(({ object }) => [`${object.apiVersion}/${object.kind}`, object]));
  await Promise.all([...kinds.values()].map((o) => client.resource(o.apiVersion, o.kind)));
  for (const manifest of manifests) {
    const { object, source } = manifest;
    const info = await client.resource(object.apiVersion, object.kind);
    if (!info) {
      problems.push({
        source,
        field: 'kind',
        message: `kind ${object.kind} (apiVersion ${object.apiVersion}) is not served by the cluster`,
      });
      continue;
    }
    const name = object.metadata.name ?? '';
    const bad = nameProblem(name, object.kind);
    if (bad) problems.push({ source, field: 'metadata.name', message: bad });
    if (info.namespaced) {
      const given = object.metadata.namespace;
      if (given && given !== namespace) {
        problems.push({
          source,
          field: 'metadata.namespace',
          message: `is '${given}' but the deploy targets namespace '${namespace}'; remove it or deploy to '${given}'`,
        });
      }
      object.metadata.namespace = namespace;
    } else {
      delete object.metadata.namespace;
    }
    const key = `${object.apiVersion}/${object.kind}/${object.metadata.namespace ?? ''}/${name}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        source,
        field: 'metadata.name',
        message: `${object.kind} '${name}' is also defined in ${first.source.file} document ${first.source.document}`,
      });
    else seen.set(key, manifest);
  }
  return problems;
}

/** The API server's own words for a rejected object, each cause with its field. */
function dryRunProblems(manifest: Manifest, error: unknown): ManifestProblem[] {
  if (!(error instanceof KubeApiError)) return [{ source: manifest.source, message: (error as Error).message }];
  const hint =
    error.status === 409
      ? ' (another field manager owns this field: set force-conflicts to take it over, or find out who changed it)'
      : '';
  if (error.causes.length === 0)
    return [{ source: manifest.source, message: `${error.reason}: ${error.message}${hint}` }];
  return error.causes.map((cause) => ({
    source: manifest.source,
    field: cause.field,
    message: `${cause.reason ?? error.reason}: ${cause.message ?? error.message}${hint}`,
  }));
}

/**
 * Server-side dry run (dryRun=All) of every object: admission, schema and immutable-field checks
 * without persisting. Objects in a namespace this release creates cannot be dry-run before it
 * exists; they are listed in `skipped`. `responses` holds what the server would store. Retryable API faults are retried by the client. Runs with
 * bounded concurrency and starts no further request once `signal` aborts.
 */
export async function dryRunAll(
  manifests: Manifest[],
  client: KubeClient,
  options: Omit<ApplyOptions, 'dryRun'>,
  newNamespaces: Set<string>,
  signal?: AbortSignal,
): Promise<{ skipped: Manifest[]; responses: Map<Manifest, KubeObject> }> {
  const responses = new Map<Manifest, KubeObject>();
  const inNewNamespace = (m: Manifest) => newNamespaces.has(m.object.metadata.namespace ?? '');
  const found = await mapLimit(
    manifests.filter((m) => !inNewNamespace(m)),
    API_CONCURRENCY,
    async (manifest) => {
      try {
        responses.set(manifest, await applyOwned(client, manifest.object, { ...options, dryRun: true }));
        return [];
      } catch (error) {
        if (error instanceof KubeApiError && error.status === 0) throw error;
        return dryRunProblems(manifest, error);
      }
    },
    signal,
  );
  const problems = found.flat();
  if (problems.length) throw new ManifestError(problems);
  return { skipped: manifests.filter(inNewNamespace), responses };
}
