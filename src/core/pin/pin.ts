import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findRefs, isPinned, rewriteLines, type UsesRef } from './refs.js';
import { remoteUrl, resolveRef, type LsRemote, type Resolution } from './resolve.js';

/** The files GitHub reads `uses:` from: workflows, the root action, and every action folder. */
export function pinTargets(root: string): string[] {
  const files: string[] = [];
  const yaml = (name: string) => /\.ya?ml$/.test(name);
  const workflows = join(root, '.github', 'workflows');
  if (existsSync(workflows))
    files.push(
      ...readdirSync(workflows)
        .filter(yaml)
        .sort()
        .map((f) => join(workflows, f)),
    );
  for (const name of ['action.yml', 'action.yaml']) if (existsSync(join(root, name))) files.push(join(root, name));
  const actions = join(root, 'actions');
  if (existsSync(actions)) {
    for (const dir of readdirSync(actions).sort()) {
      for (const name of ['action.yml', 'action.yaml'])
        if (existsSync(join(actions, dir, name))) files.push(join(actions, dir, name));
    }
  }
  return files;
}

export interface PinScan {
  files: string[];
  refs: UsesRef[];
  unpinned: UsesRef[];
}

export async function scan(root: string): Promise<PinScan> {
  const files = pinTargets(root);
  const refs: UsesRef[] = [];
  for (const file of files) refs.push(...findRefs(relative(root, file), await readFile(file, 'utf8')));
  return { files, refs, unpinned: refs.filter((r) => !isPinned(r)) };
}

export interface PinChange {
  ref: UsesRef;
  resolution: Resolution;
}

export interface PinResult extends PinScan {
  changed: PinChange[];
  /** References that could not be resolved (unknown tag, unreachable repository), with why. */
  problems: Array<{ ref: UsesRef; message: string }>;
}

/** One ls-remote per repository, however many files and steps use it. */
async function resolveAll(
  unpinned: UsesRef[],
  lsRemote: LsRemote,
  urlTemplate: string,
): Promise<[PinChange[], PinResult['problems']]> {
  const cache = new Map<string, ReturnType<LsRemote>>();
  const changes: PinChange[] = [];
  const problems: PinResult['problems'] = [];
  for (const ref of unpinned) {
    const url = remoteUrl(urlTemplate, ref.owner, ref.repo);
    if (!cache.has(url)) cache.set(url, lsRemote(url));
    try {
      const resolution = resolveRef(await cache.get(url)!, ref.ref);
      if (resolution) changes.push({ ref, resolution });
      else problems.push({ ref, message: `no tag or branch '${ref.ref}' in ${ref.owner}/${ref.repo}` });
    } catch (error) {
      problems.push({
        ref,
        message: `cannot list ${ref.owner}/${ref.repo}: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
  return [changes, problems];
}

/**
 * Rewrites every unpinned reference to `@<sha> # vX.Y.Z`. Files are written only when every
 * reference of that file resolved, so a failed lookup never leaves a half-pinned file.
 */
export async function pin(root: string, lsRemote: LsRemote, urlTemplate: string): Promise<PinResult> {
  const scanned = await scan(root);
  const [changes, problems] = await resolveAll(scanned.unpinned, lsRemote, urlTemplate);
  const failedFiles = new Set(problems.map((p) => p.ref.file));
  const applied = changes.filter((c) => !failedFiles.has(c.ref.file));
  for (const file of new Set(applied.map((c) => c.ref.file))) {
    const path = join(root, file);
    const lines = new Map(applied.filter((c) => c.ref.file === file).map((c) => [c.ref.line, c.resolution]));
    await writeFile(path, rewriteLines(await readFile(path, 'utf8'), lines));
  }
  return { ...scanned, changed: applied, problems };
}
