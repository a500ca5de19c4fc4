import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path an input gives, resolved against the workspace (the runner's checkout, or the working
 * directory of the CLI) unless it is absolute.
 */
export function inWorkspace(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}

/** A path as the user knows it: relative to the workspace when inside it, else absolute. */
export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Why a file could not be read, phrased to follow its name: `'x.yml' does not exist`. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'is not readable (permission denied)';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/**
 * Reads a text file the user named; a failure becomes the error `toError` builds from the reason,
 * so each caller names its own input (a ConfigError) or its own domain error.
 */
export async function readTextFile(path: string, toError: (reason: string) => Error): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw toError(unreadableReason(error));
  }
}
