import type { KubeObject } from '../kube/types.js';
import type { Manifest, ManifestProblem } from './types.js';

/** `repo[:tag][@digest]` split; the repository is what an `images` line matches on. */
export function parseImageRef(ref: string): { repository: string; tag?: string; digest?: string } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  return { repository: hasTag ? rest.slice(0, colon) : rest, tag: hasTag ? rest.slice(colon + 1) : undefined, digest };
}

/** docker.io/library/nginx, docker.io/nginx and nginx are the same repository. */
function normalize(repository: string): string {
  return repository.replace(/^docker\.io\/(library\/)?/, '').replace(/^index\.docker\.io\/(library\/)?/, '');
}

/**
 * The `images` lines as a map, one entry per name; when a name is given twice the ref with a
 * digest wins (a digest pins exactly what was built and tested).
 */
export function imageMap(pairs: [string, string][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, ref] of pairs) {
    const current = map.get(name);
    if (!current || (!parseImageRef(current).digest && parseImageRef(ref).digest)) map.set(name, ref);
  }
  return map;
}

interface Container {
  name: string;
  image?: string;
}

/** The pod template of a workload-like object (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod). */
export function podSpecOf(object: KubeObject): { containers?: Container[]; initContainers?: Container[] } | undefined {
  const spec = object.spec as Record<string, any> | undefined;
  if (!spec) return undefined;
  if (object.kind === 'Pod') return spec;
  if (object.kind === 'CronJob') return spec.jobTemplate?.spec?.template?.spec;
  return spec.template?.spec;
}

/**
 * Substitutes `name=ref` into every container and init container whose image repository (or,
 * failing that, container name) is `name`. Names that match nothing are problems: a typo would
 * otherwise deploy the old image silently.
 */
export function substituteImages(manifests: Manifest[], images: Map<string, string>): ManifestProblem[] {
  const used = new Set<string>();
  for (const { object } of manifests) {
    const pod = podSpecOf(object);
    for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      const repository = normalize(parseImageRef(container.image ?? '').repository);
      for (const [name, ref] of images) {
        if (normalize(name) === repository || container.name === name) {
          container.image = ref;
          used.add(name);
          break;
        }
      }
    }
  }
  return [...images.keys()]
    .filter((name) => !used.has(name))
    .map((name) => ({
      field: 'images',
      message: `'${name}' matches no container image or container name in the manifests`,
    }));
}

/** container name -> image of a pod template, init containers prefixed `init:`. */
export function imagesOf(object: KubeObject): Record<string, string> {
  const pod = podSpecOf(object);
  const images: Record<string, string> = {};
  for (const c of pod?.initContainers ?? []) images[`init:${c.name}`] = c.image ?? '';
  for (const c of pod?.containers ?? []) images[c.name] = c.image ?? '';
  return images;
}
