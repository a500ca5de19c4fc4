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
}

/** Reads branch, tag, PR number and default-branch status from the event, the way metadata-action does. */
export function refInfo(event: EventContext): RefInfo {
  const defaultBranch = stringAt(event.payload, 'repository', 'default_branch');
  const branch = event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
  let tag = event.ref.startsWith('refs/tags/') ? event.ref.slice('refs/tags/'.length) : undefined;
  if (!tag && event.eventName === 'release') tag = stringAt(event.payload, 'release', 'tag_name');
  const pr = event.ref.match(/^refs\/pull\/(\d+)\//);
  const prFromPayload = get(event.payload, 'pull_request', 'number') ?? get(event.payload, 'number');
  const prNumber = pr
    ? Number(pr[1])
    : typeof prFromPayload === 'number' && event.eventName.startsWith('pull_request')
      ? prFromPayload
      : undefined;
  return {
    branch,
    tag,
    prNumber,
    defaultBranch,
    isDefaultBranch: Boolean(branch && defaultBranch && branch === defaultBranch),
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
