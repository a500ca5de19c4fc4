import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inWorkspace } from './files.js';

/**
 * Writes a JSON report atomically (temp file + rename) so a reader never sees half a report,
 * and a failed write never destroys the previous one.
 */
export async function writeJsonReport(path: string, data: unknown): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(temp, path);
  return path;
}

/** Where a report goes: the input when given (relative to the workspace), else a default file in the temp dir. */
export function reportPath(input: string | undefined, workspace: string, tempDir: string, defaultName: string): string {
  if (input) return inWorkspace(workspace, input);
  return join(tempDir, 'deploy-kit', defaultName);
}
