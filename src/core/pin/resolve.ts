import semver from 'semver';

/** One line of `git ls-remote` output. */
export interface RemoteRef {
  sha: string;
  name: string;
}

export type LsRemote = (url: string) => Promise<RemoteRef[]>;

export interface Resolution {
  sha: string;
  /** The most precise version naming that commit (v4 -> v4.3.0), else the ref itself. */
  version: string;
}

export function parseLsRemote(output: string): RemoteRef[] {
  return output
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length === 2 && /^[0-9a-f]{40}$/.test(parts[0]))
    .map(([sha, name]) => ({ sha, name }));
}

/** Tag -> commit, preferring the peeled `^{}` entry of an annotated tag over the tag object itself. */
function tagCommits(refs: RemoteRef[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const { sha, name } of refs) {
    if (!name.startsWith('refs/tags/')) continue;
    const tag = name.slice('refs/tags/'.length);
    if (tag.endsWith('^{}')) tags.set(tag.slice(0, -3), sha);
    else if (!tags.has(tag)) tags.set(tag, sha);
  }
  return tags;
}

/**
 * Resolves a ref the way the runner would (tag first, then branch) and finds the full vX.Y.Z tag
 * on the same commit, so `@v4` becomes `@<sha> # v4.3.0` and dependabot can keep it current.
 */
export function resolveRef(refs: RemoteRef[], ref: string): Resolution | undefined {
  const tags = tagCommits(refs);
  const sha = tags.get(ref) ?? refs.find((r) => r.name === `refs/heads/${ref}`)?.sha;
  if (!sha) return undefined;
  const precise = [...tags]
    .filter(
      ([tag, commit]) =>
        commit === sha && semver.valid(tag.replace(/^v/, '')) && !semver.prerelease(tag.replace(/^v/, '')),
    )
    .map(([tag]) => tag)
    .sort((a, b) => semver.rcompare(a.replace(/^v/, ''), b.replace(/^v/, '')));
  return { sha, version: precise[0] ?? ref };
}

/** `{owner}` and `{repo}` placeholders; tests point it at local bare repositories (file://...). */
export function remoteUrl(template: string, owner: string, repo: string): string {
  return template.replaceAll('{owner}', owner).replaceAll('{repo}', repo);
}

export const DEFAULT_URL_TEMPLATE = 'https://github.com/{owner}/{repo}.git';
