import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pullRequestFromEvent, upsertComment, type CommentOutcome } from '../../clients/github/comments.js';
import { createOctokit } from '../../clients/github/octokit.js';
import type { ScoreResult } from '../../core/score/model.js';
import type { Runtime } from '../../runtime/runtime.js';
import { describeError } from '../../shared/errors.js';
import { usableToken } from '../../shared/inputs.js';
import { COMMENT_MARKER, renderComment } from './summary.js';
import { readEventPayload } from '../shared/event.js';

export type CommentResult =
  | { status: 'skipped'; reason: string }
  | (CommentOutcome & { status: 'created' | 'updated' })
  | { status: 'saved'; reason: string; bodyFile: string; metaFile: string };

async function eventPayload(runtime: Runtime): Promise<unknown> {
  const { payload, warning } = await readEventPayload(runtime.env);
  if (warning) runtime.warning(warning);
  return runtime.env.GITHUB_EVENT_PATH && !warning ? payload : undefined;
}

/**
 * Writes the comment body and the PR number next to the report, for a `workflow_run` job with a
 * write token to post: fork pull requests get a read-only token, and their workflow_run event
 * does not list the pull request, so the number must travel with the body.
 */
async function saveForLater(
  result: ScoreResult,
  reportFile: string,
  pr: { owner: string; repo: string; number: number },
  reason: string,
  runtime: Runtime,
): Promise<CommentResult> {
  const bodyFile = join(dirname(reportFile), 'quality-score-comment.md');
  const metaFile = join(dirname(reportFile), 'quality-score-comment.json');
  await writeFile(bodyFile, renderComment(result));
  await writeFile(
    metaFile,
    `${JSON.stringify({ repository: `${pr.owner}/${pr.repo}`, pullRequest: pr.number, marker: COMMENT_MARKER, bodyFile }, null, 2)}\n`,
  );
  runtime.warning(
    `could not comment on pull request #${pr.number} (${reason})` +
      (/^(403|no github-token)/.test(reason) ? '; expected on fork pull requests, whose token is read-only. ' : '. ') +
      `The comment was written to ${bodyFile} (PR number in ${metaFile}): upload both as an artifact and post the body from a ` +
      '`on: workflow_run` job with `pull-requests: write`, e.g. `gh pr comment <number> --body-file quality-score-comment.md --edit-last --create-if-none`.',
  );
  return { status: 'saved', reason, bodyFile, metaFile };
}

/** Creates or updates the one PR comment; never fails the step (the gate result is what matters). */
export async function publishComment(
  result: ScoreResult,
  reportFile: string,
  token: string | undefined,
  runtime: Runtime,
): Promise<CommentResult> {
  const pr = pullRequestFromEvent(runtime.env, await eventPayload(runtime));
  if (!pr) return { status: 'skipped', reason: 'not a pull_request event' };
  if (!usableToken(token)) return saveForLater(result, reportFile, pr, 'no github-token', runtime);
  try {
    const octokit = createOctokit(usableToken(token)!, runtime.env.GITHUB_API_URL);
    const outcome = await upsertComment(octokit, pr, COMMENT_MARKER, renderComment(result));
    if (outcome.status === 'forbidden') return saveForLater(result, reportFile, pr, `403: ${outcome.message}`, runtime);
    runtime.info(`${outcome.status} pull request comment ${outcome.url}`);
    return outcome;
  } catch (error) {
    return saveForLater(result, reportFile, pr, describeError(error), runtime);
  }
}
