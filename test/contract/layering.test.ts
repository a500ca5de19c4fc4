import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const src = join(repoRoot, 'src');
const files = sourceFiles(src);
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('layering', () => {
  it('keeps @actions/* out of src/core and src/shared', () => {
    const offenders = files
      .filter((f) => /src\/(core|shared)\//.test(f))
      .filter((f) => importsOf(f).some((i) => i.startsWith('@actions/')))
      .map((f) => relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });

  it('keeps src/core pure: no imports from clients, runtime, actions, pipeline or cli', () => {
    const offenders = files
      .filter((f) => /src\/core\//.test(f))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('.'))
          .map((i) => relative(src, resolve(dirname(f), i)))
          .filter((target) => /^(clients|runtime|actions|pipeline|cli)\//.test(target))
          .map((target) => `${relative(repoRoot, f)} -> ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('uses console only in the CLI and its runtime', () => {
    const offenders = files
      .filter((f) => !/src\/(cli|runtime\/cli)/.test(f) && !/src\/demo-app\//.test(f))
      .filter((f) => /\bconsole\.(log|error|warn|info|debug)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .filter((i) => i.startsWith('.'))
          .map((i) => resolve(dirname(f), i.replace(/\.js$/, '.ts'))),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
