/**
 * `uses:` references in workflow and action files, and which of them are pinned. A reference is
 * pinned when its ref is a full 40-hex commit SHA: tags and branches can be moved to other code.
 */
export interface UsesRef {
  file: string;
  /** 1-based line number. */
  line: number;
  /** The whole value, e.g. `actions/checkout@v4`. */
  value: string;
  owner: string;
  repo: string;
  /** Sub-path inside the repository (`/actions/x`), or ''. */
  path: string;
  ref: string;
  /** The `# ...` comment after it, without the hash. */
  comment?: string;
}

export const SHA_PATTERN = /^[0-9a-f]{40}$/;

/** One `uses:` line: indentation and list dash, optional quote, value, optional comment. */
const USES_LINE = /^(\s*(?:-\s+)?uses:\s*)(['"]?)([^'"\s#]+)\2(\s*#\s*(.*))?\s*$/;

/** Local paths, docker images and GitHub's self-repository syntax run code of this commit: nothing to pin. */
export function isExempt(value: string): boolean {
  return value.startsWith('./') || value.startsWith('../') || value.startsWith('docker://') || value.startsWith('$/');
}

export function parseUses(value: string): Pick<UsesRef, 'owner' | 'repo' | 'path' | 'ref'> | undefined {
  const match = value.match(/^([\w.-]+)\/([\w.-]+)((?:\/[^@]+)?)@(.+)$/);
  if (!match) return undefined;
  return { owner: match[1], repo: match[2], path: match[3], ref: match[4] };
}

/** Every remote `uses:` reference of a file (exempt ones left out). */
export function findRefs(file: string, text: string): UsesRef[] {
  const refs: UsesRef[] = [];
  text.split('\n').forEach((line, index) => {
    const match = line.match(USES_LINE);
    if (!match || isExempt(match[3])) return;
    const parsed = parseUses(match[3]);
    if (parsed) refs.push({ file, line: index + 1, value: match[3], ...parsed, comment: match[5]?.trim() });
  });
  return refs;
}

export const isPinned = (ref: UsesRef) => SHA_PATTERN.test(ref.ref);

/** Rewrites the given lines to `owner/repo/path@sha # version`, keeping indentation and quotes. */
export function rewriteLines(text: string, replacements: Map<number, { sha: string; version: string }>): string {
  return text
    .split('\n')
    .map((line, index) => {
      const next = replacements.get(index + 1);
      const match = next && line.match(USES_LINE);
      if (!next || !match) return line;
      const parsed = parseUses(match[3])!;
      return `${match[1]}${match[2]}${parsed.owner}/${parsed.repo}${parsed.path}@${next.sha}${match[2]} # ${next.version}`;
    })
    .join('\n');
}
