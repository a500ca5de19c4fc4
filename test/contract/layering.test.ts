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

/** Every relative import of src/ as [importer, imported], both relative to src/ with .ts suffixes. */
const edges = files.flatMap((f) =>
  importsOf(f)
    .filter((i) => i.startsWith('.'))
    .map((i) => [relative(src, f), relative(src, resolve(dirname(f), i.replace(/\.js$/, '.ts')))] as const),
);

/**
 * The folder a src/ file counts under for cycles: its concern under core/, clients/ and actions/
 * (`core/deploy/rollout/wait.ts` -> `core/deploy`, whose rollout and rollback call each other by
 * design), else its layer (`simulator/controllers/kubelet.ts` -> `simulator`, `shared/errors.ts` -> `shared`).
 */
function folderOf(path: string): string {
  const parts = dirname(path).split('/');
  return /^(core|clients|actions)$/.test(parts[0]) && parts.length > 1 ? parts.slice(0, 2).join('/') : parts[0];
}

/** The action folder a src/ path belongs to (`actions/deploy/main.ts` -> `deploy`); shared and harness are none. */
const actionOf = (path: string) => path.match(/^actions\/(?!shared\/)([^/]+)\//)?.[1];

/** Imports of one action's internals from another action or from the CLI: none (shared pieces live in actions/shared). */
const KNOWN_CROSS_ACTION_IMPORTS: string[] = [];

/** Cycles in a directed graph, each as its path of nodes (the first node repeated at the end). */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
      return;
    }
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}

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

  it('has no import cycles between files', () => {
    const graph = new Map<string, Set<string>>(files.map((f) => [relative(src, f), new Set<string>()]));
    for (const [from, to] of edges) graph.get(from)?.add(to);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('has no import cycles between folders (a layer, or a concern under core/, clients/ or actions/)', () => {
    const graph = new Map<string, Set<string>>();
    for (const [from, to] of edges) {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (!graph.has(a)) graph.set(a, new Set());
      if (a !== b) graph.get(a)!.add(b);
    }
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("keeps every action's internals to itself: no action imports another, the CLI and pipeline only main.ts", () => {
    const crossing = edges
      .filter(([from, to]) => {
        const target = actionOf(to);
        if (!target || actionOf(from) === target) return false;
        return actionOf(from) !== undefined || !to.endsWith('/main.ts');
      })
      .map(([from, to]) => `${from} -> ${to}`)
      .sort();
    expect(crossing).toEqual(KNOWN_CROSS_ACTION_IMPORTS);
  });
});
