import type { Octokit } from './octokit.js';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome =
  { status: 'created' | 'updated'; id: number; url: string } | { status: 'forbidden'; message: string };

/** HTTP status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Creates or updates the one comment of a pull request that carries `marker` (a hidden HTML
 * comment), so reruns edit their comment instead of piling up new ones. A read-only token (fork
 * pull requests) answers 403: returned as `forbidden`, not thrown, because the caller falls back.
 */
export async function upsertComment(
  octokit: Octokit,
  target: PullRequestTarget,
  marker: string,
  body: string,
): Promise<CommentOutcome> {
  const fullBody = body.includes(marker) ? body : `${marker}\n${body}`;
  const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fullBody,
      });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body: fullBody });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 403) return { status: 'forbidden', message: (error as Error).message };
    throw error;
  }
}

/**
 * The pull request a workflow run is about, from the event payload: pull_request and
 * pull_request_target events carry it; any other event has none (no comment then).
 */
export function pullRequestFromEvent(
  env: Readonly<Record<string, string | undefined>>,
  event: unknown,
): PullRequestTarget | undefined {
  const pr = (event as { pull_request?: { number?: unknown } } | undefined)?.pull_request;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!pr || typeof pr.number !== 'number' || !owner || !repo) return undefined;
  return { owner, repo, number: pr.number };
}
