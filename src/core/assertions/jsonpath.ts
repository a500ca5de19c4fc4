/**
 * A deliberately small JSONPath: `$`, `.key`, `['key']`, `["key"]`, `[n]` (negative counts from
 * the end), `[*]` / `.*`, and a trailing `.length`. Enough for API checks, small enough to
 * explain in one README table, and no dependency with a grammar of its own to learn.
 */
export type PathSegment =
  { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'wildcard' } | { kind: 'length' };

export interface CompiledPath {
  source: string;
  segments: PathSegment[];
  /** True when the path can match several nodes (a wildcard), so results are a list. */
  multiple: boolean;
}

const TOKEN =
  /\.([A-Za-z_$][\w$-]*)|\.\*|\[\s*\*\s*\]|\[\s*(-?\d+)\s*\]|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]/y;

/** Compiles a path or returns the reason it is not one of the supported forms. */
export function compilePath(source: string): CompiledPath | string {
  const text = source.trim();
  if (!text.startsWith('$')) return `JSONPath must start with '$' (e.g. $.items[0].id), got '${text}'`;
  const segments: PathSegment[] = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m)
      return `unsupported JSONPath syntax at '${text.slice(at)}' in '${text}' (supported: $.a.b, [0], [-1], [*], .*, ['key'], .length)`;
    if (m[1] !== undefined) segments.push({ kind: 'key', key: m[1] });
    else if (m[2] !== undefined) segments.push({ kind: 'index', index: Number(m[2]) });
    else if (m[3] !== undefined || m[4] !== undefined)
      segments.push({ kind: 'key', key: (m[3] ?? m[4]).replace(/\\(.)/g, '$1') });
    else segments.push({ kind: 'wildcard' });
  }
  const last = segments.at(-1);
  if (last?.kind === 'key' && last.key === 'length') segments[segments.length - 1] = { kind: 'length' };
  return { source: text, segments, multiple: segments.some((s) => s.kind === 'wildcard') };
}

function step(node: unknown, segment: PathSegment): unknown[] {
  if (segment.kind === 'wildcard') {
    if (Array.isArray(node)) return node;
    return node !== null && typeof node === 'object' ? Object.values(node) : [];
  }
  if (segment.kind === 'index') {
    if (!Array.isArray(node)) return [];
    const index = segment.index < 0 ? node.length + segment.index : segment.index;
    return index >= 0 && index < node.length ? [node[index]] : [];
  }
  if (segment.kind === 'length') {
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, 'length')) {
      return [(node as Record<string, unknown>).length];
    }
    if (Array.isArray(node) || typeof node === 'string') return [node.length];
    return node !== null && typeof node === 'object' ? [Object.keys(node).length] : [];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, segment.key)) {
    return [(node as Record<string, unknown>)[segment.key]];
  }
  return [];
}

/** Every node the path selects, in document order; empty when nothing matches. */
export function queryPath(path: CompiledPath, document: unknown): unknown[] {
  let nodes: unknown[] = [document];
  for (const segment of path.segments) nodes = nodes.flatMap((node) => step(node, segment));
  return nodes;
}
