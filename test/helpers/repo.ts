import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface ActionMetadata {
  name: string;
  dir: string;
  path: string;
  text: string;
  yaml: {
    name?: string;
    description?: string;
    inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
    outputs?: Record<string, { description?: string; value?: string }>;
    runs: { using: string; main?: string; steps?: Array<Record<string, unknown>> };
  };
}

/** Every actions/<name>/action.yml of the kit. */
export function listActions(): ActionMetadata[] {
  const base = join(repoRoot, 'actions');
  return readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'action.yml')))
    .sort()
    .map((name) => {
      const path = join(base, name, 'action.yml');
      const text = readFileSync(path, 'utf8');
      return { name, dir: join(base, name), path, text, yaml: parse(text) };
    });
}

export const isJsAction = (a: ActionMetadata) => a.yaml.runs.using.startsWith('node');

/** Workflow files: the public reusable ones and this repo's CI, plus the starter workflows. */
export function listWorkflows(): string[] {
  const dirs = [join(repoRoot, '.github', 'workflows'), join(repoRoot, 'workflows')];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(dir, f))
      : [],
  );
}
