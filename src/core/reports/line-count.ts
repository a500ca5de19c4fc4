import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { inWorkspace } from '../../shared/files.js';

/** A linter's file reference (absolute path, relative path, or file:// URI) as a local path. */
export function localPath(reference: string, cwd: string): string | undefined {
  if (reference.startsWith('file://')) {
    try { return fileURLToPath(reference); } catch { return undefined; }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference)) return undefined;
  return inWorkspace(cwd, reference);
}

async function countFile(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    for (let i = 0; i < buffer.length; i++) if (buffer[i] === 10) lines++;
    if (buffer.length) last = buffer[buffer.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}

/**
 * Lines of the linted files that exist on disk: the denominator of the lint density. Files that
 * are gone (report made on another machine) are skipped; `counted` says how many were found.
 */
export async function countLines(references: string[], cwd: string): Promise<{ lines: number; counted: number }> {
  let lines = 0;
  let counted = 0;
  for (const reference of references) {
    const path = localPath(reference, cwd);
    if (!path || !(await stat(path).catch(() => undefined))?.isFile()) continue;
    lines += await countFile(path);
    counted++;
  }
  return { lines, counted };
}
