import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { globPaths, isGlobPattern } from '../../shared/glob.js';
import { join, relative } from 'node:path';
import { parseManifestText } from './parse.js';
import { ManifestError, type Manifest, type ManifestProblem } from './types.js';
import { inWorkspace } from '../../shared/files.js';

const YAML_FILE = /\.(ya?ml|json)$/i;
type Parsed = { manifests: Manifest[]; problems: ManifestProblem[] };
const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface LoadOptions {
  cwd: string;
  /** Renders a kustomization directory to YAML (the adapter passes `kubectl kustomize`). */
  kustomize(dir: string): Promise<string>;
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const path = inWorkspace(cwd, pattern);
  if (existsSync(path)) return [path];
  return isGlobPattern(pattern) ? globPaths(pattern, cwd) : [];
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** One path: a kustomization directory, a directory of YAML files, or a file. */
async function loadPath(path: string, options: LoadOptions, display: string): Promise<Parsed> {
  if (statSync(path).isDirectory()) {
    if (KUSTOMIZATION.some((name) => existsSync(join(path, name)))) {
      try {
        return parseManifestText(await options.kustomize(path), `${display} (kustomize)`);
      } catch (error) {
        return { manifests: [], problems: [{ message: (error as Error).message }] };
      }
    }
    const results = await Promise.all(
      (await filesOf(path)).map((file) => loadPath(file, options, relative(options.cwd, file) || file)),
    );
    return { manifests: results.flatMap((r) => r.manifests), problems: results.flatMap((r) => r.problems) };
  }
  return parseManifestText(await readFile(path, 'utf8'), display);
}

/**
 * Reads every manifest the `manifests` input names (files, directories, globs, kustomizations)
 * and throws one ManifestError listing every problem when anything is unreadable or invalid.
 */
export async function loadManifests(patterns: string[], options: LoadOptions): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  const problems: ManifestProblem[] = [];
  for (const pattern of patterns) {
    const paths = await expand(pattern, options.cwd);
    if (paths.length === 0)
      problems.push({ message: `'${pattern}' matches no file or directory (relative to ${options.cwd})` });
    for (const path of paths) {
      const result = await loadPath(path, options, relative(options.cwd, path) || path);
      manifests.push(...result.manifests);
      problems.push(...result.problems);
    }
  }
  if (!problems.length && !manifests.length) problems.push({ message: 'the manifests contain no Kubernetes object' });
  if (problems.length) throw new ManifestError(problems);
  return manifests;
}
