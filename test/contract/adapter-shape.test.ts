import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const actionsDir = join(repoRoot, 'src', 'actions');
const adapters = readdirSync(actionsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(actionsDir, entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .sort();
const INDEX = [
  "import { createActionsRuntime } from '../../runtime/actions-runtime.js';",
  "import { run } from './main.js';",
  '',
  'await run(createActionsRuntime());',
  '',
].join('\n');

describe('action adapters', () => {
  it('are found', () => {
    expect(adapters.length).toBeGreaterThan(0);
  });

  it.each(adapters)(
    '%s has index.ts, main.ts, inputs.ts and summary.ts with the same exports as every adapter',
    async (name) => {
      const dir = join(actionsDir, name);
      for (const file of ['index.ts', 'main.ts', 'inputs.ts', 'summary.ts'])
        expect(existsSync(join(dir, file)), `${name}/${file}`).toBe(true);
      expect(readFileSync(join(dir, 'index.ts'), 'utf8'), `${name}/index.ts only calls run()`).toBe(INDEX);
      const main = (await import(join(dir, 'main.ts'))) as Record<string, unknown>;
      const inputs = (await import(join(dir, 'inputs.ts'))) as Record<string, unknown>;
      const summary = (await import(join(dir, 'summary.ts'))) as Record<string, unknown>;
      const definition = main.definition as { name: string; inputs: unknown; summary?: unknown };
      expect(definition.name).toBe(name);
      expect(typeof main.run).toBe('function');
      expect(definition.inputs, `${name}: definition.inputs is inputs.ts's inputs`).toBe(inputs.inputs);
      expect(typeof summary.renderSummary, `${name}/summary.ts exports renderSummary`).toBe('function');
      expect(typeof definition.summary).toBe('function');
    },
  );
});
