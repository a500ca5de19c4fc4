/**
 * The JSONPath subset metric endpoints need: `$.data.value`, `$.items[0].count`, `$['p95-ms']`.
 * Returns the path's segments, or a problem message naming what is not understood.
 */
export function parseJsonPath(path: string): (string | number)[] | string {
  if (!path.startsWith('$')) return `JSONPath '${path}' must start with $ (e.g. $.data.value)`;
  const segments: (string | number)[] = [];
  const token = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[['"]([^'"]+)['"]\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const match = token.exec(path);
    if (!match)
      return `JSONPath '${path}' is not understood at '${path.slice(at)}' (supported: .key, [index], ['key'])`;
    segments.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3]));
  }
  return segments;
}

/** Walks the segments; undefined when any step is missing. */
export function readJsonPath(value: unknown, segments: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
