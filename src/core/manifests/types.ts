import type { KubeObject } from '../kube/types.js';

/** Where one object came from, so every problem can name the file, the document and the line. */
export interface ManifestSource {
  file: string;
  /** 0-based index of the YAML document in its file (items of a List share it). */
  document: number;
  /** 1-based line of the document start. */
  line: number;
}

export interface Manifest {
  object: KubeObject;
  source: ManifestSource;
}

export interface ManifestProblem {
  source?: ManifestSource;
  /** A field path into the object (`spec.template.spec.containers[0].image`). */
  field?: string;
  message: string;
}

/** `deploy.yaml document 2 (line 14), field spec.replicas: ...`. */
export function formatProblem(problem: ManifestProblem): string {
  const where = problem.source
    ? `${problem.source.file} document ${problem.source.document} (line ${problem.source.line})`
    : 'manifests';
  return `${where}${problem.field ? `, field ${problem.field}` : ''}: ${problem.message}`;
}

/** Problems found before anything was changed; the deploy stops and applies nothing. */
export class ManifestError extends Error {
  readonly problems: ManifestProblem[];

  constructor(problems: ManifestProblem[]) {
    super(
      problems.length === 1
        ? `invalid manifest, nothing was applied: ${formatProblem(problems[0])}`
        : `${problems.length} manifest problems, nothing was applied:\n  - ${problems.map(formatProblem).join('\n  - ')}`,
    );
    this.name = 'ManifestError';
    this.problems = problems;
  }
}

/** The kinds with a rollout to wait for and a revision history to roll back to. */
export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;

/** apps/v1 Deployment, StatefulSet or DaemonSet. */
export function isWorkload(object: KubeObject): boolean {
  return object.apiVersion === 'apps/v1' && (WORKLOAD_KINDS as readonly string[]).includes(object.kind);
}
