import { glob } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Whether an input line is a glob pattern rather than a plain path. */
export function isGlobPattern(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Every path a glob matches (relative patterns against `cwd`, absolute ones as they are), as
 * absolute paths without duplicates in sorted order, so reports and logs do not depend on
 * directory order. Callers decide what a match must be (file, directory) and what no match means.
 */
export async function globPaths(pattern: string, cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for await (const match of glob(pattern, { cwd })) found.add(resolve(cwd, match));
  return [...found].sort();
}
