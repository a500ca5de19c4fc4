import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError } from './errors.js';
import { inWorkspace } from './files.js';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? '';

/** Why a path cannot hold a report, in words, with the fix. */
function cannotWrite(path: string, error: unknown): string {
  const reasons: Record<string, string> = {
    EISDIR: 'it is a directory; give a file path inside it',
    ENOTDIR: 'a part of the path is a file, not a directory',
    EACCES: 'permission denied; choose a path under the workspace or RUNNER_TEMP',
    EPERM: 'permission denied; choose a path under the workspace or RUNNER_TEMP',
    EROFS: 'the file system is read-only; choose a path under the workspace or RUNNER_TEMP',
    ENOENT: 'the directory cannot be created there; choose a path under the workspace or RUNNER_TEMP',
  };
  return `cannot write '${path}': ${reasons[code(error)] ?? (error as Error).message}`;
}

/**
 * mkdir -p without Node's recursive mkdir, which never returns under /proc: walk up to the first
 * existing directory, then create each missing level (a refusal comes back at once).
 */
async function ensureDirectory(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
    throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
  } catch (error) {
    if (code(error) !== 'ENOENT' || dirname(dir) === dir) throw error;
  }
  await ensureDirectory(dirname(dir));
  await mkdir(dir).catch((error: unknown) => {
    if (code(error) !== 'EEXIST') throw error;
  });
}

/**
 * Checks that a report (or record, or badge) can be written at `path` before any work is done:
 * the directory exists or can be created, the path is not a directory, and it is writable.
 */
export async function checkReportTarget(path: string, input: string): Promise<void> {
  try {
    await ensureDirectory(dirname(path));
    const existing = await stat(path).catch((error: unknown) => {
      if (code(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    await access(existing ? path : dirname(path), constants.W_OK);
  } catch (error) {
    throw ConfigError.single(input, cannotWrite(path, error));
  }
}

/**
 * Writes a report atomically (temp file + rename) so a reader never sees half a report and a
 * failed write never destroys the previous one; a failure removes the temp file and names `input`.
 */
export async function writeReportText(path: string, text: string, input = 'report'): Promise<string> {
  await checkReportTarget(path, input);
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
    return path;
  } catch (error) {
    await rm(temp, { force: true });
    throw ConfigError.single(input, cannotWrite(path, error));
  }
}

export async function writeJsonReport(path: string, data: unknown, input = 'report'): Promise<string> {
  return writeReportText(path, `${JSON.stringify(data, null, 2)}\n`, input);
}

/** Where a report goes: the input when given (relative to the workspace), else a default file in the temp dir. */
export function reportPath(input: string | undefined, workspace: string, tempDir: string, defaultName: string): string {
  if (input) return inWorkspace(workspace, input);
  return join(tempDir, 'deploy-kit', defaultName);
}
