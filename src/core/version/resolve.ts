import semver from 'semver';
import { ConfigError } from '../../shared/errors.js';
import { flagAt, refInfo, type EventContext } from './event.js';

/** Where the version came from; only the first three are releases. */
export type VersionSource = 'input' | 'release' | 'tag' | 'branch' | 'pull-request' | 'sha';

/**
 * The one version of a build: image tags, OCI labels, deploy annotations and the deploy record
 * all read this object, so they can never disagree about what was released.
 */
export interface ResolvedVersion {
  /** Normalized: a leading `v` is dropped when the rest is semver (v1.2.3 -> 1.2.3). */
  version: string;
  /** The text the version was read from (tag name, matched group or input) before normalizing. */
  raw: string;
  source: VersionSource;
  /** Parsed semver parts when the version is valid semver. */
  semver?: { major: number; minor: number; patch: number; prerelease: string };
  /** A semver prerelease (1.2.3-rc.1) or a GitHub release marked as prerelease. */
  prerelease: boolean;
  isRelease: boolean;
}

export interface VersionOptions {
  /** Explicit version (workflow_dispatch, workflow_call, release tools): wins over the event. */
  version?: string;
  /** Regex with an optional capture group applied to the tag: `app/v(.*)` reads 1.2.3 from app/v1.2.3. */
  match?: string;
}

/** Compiles the `match` input once; a bad pattern is the user's to fix. */
export function compileMatch(pattern: string | undefined, input = 'match'): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw ConfigError.single(
      input,
      `is not a valid regular expression (${(error as Error).message}); example: app/v(.*)`,
    );
  }
}

/** Parses `1.2.3` or `v1.2.3` as strict semver. */
export function parseSemver(text: string): ResolvedVersion['semver'] {
  const parsed = semver.parse(text.replace(/^v(?=\d)/i, ''));
  if (!parsed) return undefined;
  return { major: parsed.major, minor: parsed.minor, patch: parsed.patch, prerelease: parsed.prerelease.join('.') };
}

function fromText(raw: string, source: VersionSource, githubPrerelease: boolean): ResolvedVersion {
  const parts = parseSemver(raw);
  const version = parts ? raw.replace(/^v(?=\d)/i, '') : raw;
  const prerelease = githubPrerelease || Boolean(parts?.prerelease);
  return { version, raw, source, semver: parts, prerelease, isRelease: true };
}

/** Applies the match pattern to a tag: group 1 when the pattern has one, else the whole match. */
export function applyMatch(tag: string, pattern: RegExp | undefined, input = 'match'): string {
  if (!pattern) return tag;
  const found = tag.match(pattern);
  if (!found)
    throw ConfigError.single(
      input,
      `pattern '${pattern.source}' does not match the tag '${tag}'; fix the pattern or the tag (example: app/v(.*) for app/v1.2.3)`,
    );
  return found[1] ?? found[0];
}

/**
 * Resolves the release version: explicit input first, then the release or tag of the event
 * (through `match`), and for other events a non-release version from the branch, PR or commit.
 */
export function resolveVersion(event: EventContext, options: VersionOptions = {}): ResolvedVersion {
  const explicit = options.version?.trim();
  if (explicit) return fromText(explicit, 'input', false);
  const pattern = compileMatch(options.match);
  const ref = refInfo(event);
  if (ref.tag) {
    const isRelease = event.eventName === 'release';
    return fromText(
      applyMatch(ref.tag, pattern),
      isRelease ? 'release' : 'tag',
      isRelease && flagAt(event.payload, 'release', 'prerelease'),
    );
  }
  const nonRelease = (version: string, source: VersionSource): ResolvedVersion => ({
    version,
    raw: version,
    source,
    prerelease: false,
    isRelease: false,
  });
  if (ref.branch) return nonRelease(sanitizeTag(ref.branch), 'branch');
  if (ref.prNumber !== undefined) return nonRelease(`pr-${ref.prNumber}`, 'pull-request');
  if (event.sha) return nonRelease(`sha-${event.sha.slice(0, 7)}`, 'sha');
  throw ConfigError.single(
    'version',
    'no version could be resolved: the event has no tag, branch, pull request or commit; set the version input (for example 1.2.3)',
  );
}

/**
 * Docker tags allow [A-Za-z0-9_.-], start with a letter, digit or underscore, and hold at
 * most 128 characters; anything else becomes '-' so a branch like feature/x is usable.
 */
export function sanitizeTag(tag: string): string {
  return tag
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}
