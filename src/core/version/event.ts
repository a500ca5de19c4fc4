/**
 * The workflow event as plain data. Adapters build it from GITHUB_EVENT_NAME, GITHUB_REF,
 * GITHUB_SHA and the GITHUB_EVENT_PATH payload; cores only ever see this object, so tests
 * describe an event in a few lines instead of faking the runner.
 */
export interface EventContext {
  eventName: string;
  /** Full ref such as refs/heads/main, refs/tags/v1.2.3 or refs/pull/12/merge. */
  ref: string;
  sha: string;
  /** The webhook payload (release, pull_request, repository, inputs...). */
  payload: Record<string, unknown>;
  /** Pull requests: the head branch (GITHUB_HEAD_REF). */
  headRef?: string;
  /** Pull requests: the base branch (GITHUB_BASE_REF). */
  baseRef?: string;
  /** owner/name (GITHUB_REPOSITORY). */
  repository?: string;
  /** https://github.com (GITHUB_SERVER_URL). */
  serverUrl?: string;
}

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    value,
  );

/** Builds the context from the runner's variables and the parsed event payload. */
export function eventContextFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  payload: Record<string, unknown> = {},
): EventContext {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    payload,
    headRef: env.GITHUB_HEAD_REF || undefined,
    baseRef: env.GITHUB_BASE_REF || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    serverUrl: env.GITHUB_SERVER_URL || undefined,
  };
}

/** The parts of a ref every rule asks about. */
export interface RefInfo {
  branch?: string;
  tag?: string;
  prNumber?: number;
  defaultBranch?: string;
  isDefaultBranch: boolean;
  /** {{base_ref}}: a pull request's base branch, or the branch a pushed tag points into. */
  baseRef?: string;
}

/** Events that GitHub only ever runs on the default branch's latest commit (so GITHUB_REF is the default branch). */
const DEFAULT_BRANCH_EVENTS = /^(schedule|discussion|discussion_comment|issues|issue_comment)$/;

/**
 * The ref the rules see. pull_request_target runs with the BASE branch in GITHUB_REF; like
 * metadata-action it is read as the pull request's merge ref, so a pull request can never
 * publish the default branch's tags.
 */
export function effectiveRef(event: EventContext): string {
  if (event.eventName !== 'pull_request_target') return event.ref;
  const number = get(event.payload, 'number') ?? get(event.payload, 'pull_request', 'number');
  return typeof number === 'number' ? `refs/pull/${number}/merge` : '';
}

function baseRefOf(event: EventContext, ref: string, isPull: boolean): string | undefined {
  if (ref.startsWith('refs/tags/'))
    return stringAt(event.payload, 'base_ref')?.replace(/^refs\/heads\//, '') ?? (event.baseRef || undefined);
  if (isPull) return event.baseRef || stringAt(event.payload, 'pull_request', 'base', 'ref');
  return event.baseRef || undefined;
}

/**
 * Reads branch, tag, PR number and default-branch status from the event, the way metadata-action
 * does. The default branch comes from the payload's repository; payloads without one (schedule)
 * run on the default branch by definition, so their branch is it.
 */
export function refInfo(event: EventContext): RefInfo {
  const ref = effectiveRef(event);
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  let tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  if (!tag && event.eventName === 'release') tag = stringAt(event.payload, 'release', 'tag_name');
  const pr = ref.match(/^refs\/pull\/(\d+)\//);
  const prFromPayload = get(event.payload, 'pull_request', 'number') ?? get(event.payload, 'number');
  const prNumber = pr
    ? Number(pr[1])
    : typeof prFromPayload === 'number' && event.eventName.startsWith('pull_request')
      ? prFromPayload
      : undefined;
  const onDefault = Boolean(branch && DEFAULT_BRANCH_EVENTS.test(event.eventName));
  const defaultBranch = stringAt(event.payload, 'repository', 'default_branch') ?? (onDefault ? branch : undefined);
  return {
    branch,
    tag,
    prNumber,
    defaultBranch,
    isDefaultBranch: Boolean(branch && (branch === defaultBranch || onDefault)),
    baseRef: baseRefOf(event, ref, prNumber !== undefined),
  };
}

/** A string field deep in the payload, or undefined. */
export function stringAt(payload: unknown, ...path: string[]): string | undefined {
  const value = get(payload, ...path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A boolean field deep in the payload (false when absent). */
export function flagAt(payload: unknown, ...path: string[]): boolean {
  return get(payload, ...path) === true;
}
