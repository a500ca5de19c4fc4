import type { Octokit } from './octokit.js';
import { readZipEntry } from './zip.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** An artifact of an earlier run, and the run it came from (for the summary's "baseline from run #..."). */
export interface RunArtifact {
  id: number;
  name: string;
  runId?: number;
  createdAt?: string;
  headSha?: string;
}

/**
 * The newest unexpired artifact of this name from another run. deploy.yml uploads the baseline
 * artifact only when a release succeeded, so the newest one is the last successful release's.
 */
export async function findLatestArtifact(
  octokit: Octokit,
  repository: RepositoryRef,
  name: string,
  excludeRunId?: number,
): Promise<RunArtifact | undefined> {
  const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 50 });
  const candidates = data.artifacts
    .filter((a) => a.name === name && !a.expired && a.workflow_run?.id !== excludeRunId)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
  const hit = candidates[0];
  return hit
    ? {
        id: hit.id,
        name: hit.name,
        runId: hit.workflow_run?.id,
        createdAt: hit.created_at ?? undefined,
        headSha: hit.workflow_run?.head_sha,
      }
    : undefined;
}

/** Downloads an artifact's zip (GitHub answers with a redirect to storage) and returns one file of it. */
export async function readArtifactFile(
  octokit: Octokit,
  repository: RepositoryRef,
  artifactId: number,
  file: string,
): Promise<Buffer | undefined> {
  const response = await octokit.rest.actions.downloadArtifact({
    ...repository,
    artifact_id: artifactId,
    archive_format: 'zip',
  });
  return readZipEntry(Buffer.from(response.data as ArrayBuffer), file);
}
