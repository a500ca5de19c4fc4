import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputMeta } from '../../src/shared/inputs.js';
import type { ActionDefinition, InputShape } from '../../src/actions/harness.js';
import { isJsAction, listActions, repoRoot } from '../helpers/repo.js';

const actions = listActions();
const jsActions = actions.filter(isJsAction);
const compositeActions = actions.filter((a) => a.yaml.runs.using === 'composite');
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

async function definitionOf(name: string): Promise<ActionDefinition<InputShape, unknown>> {
  const module = await import(join(repoRoot, 'src', 'actions', name, 'main.ts'));
  return module.definition;
}

describe.each(actions.map((a) => [a.name, a] as const))('actions/%s/action.yml', (name, action) => {
  it('has a name, a description, and described kebab-case inputs and outputs', () => {
    expect(action.yaml.name).toBeTruthy();
    expect(action.yaml.description).toBeTruthy();
    for (const [input, spec] of Object.entries(action.yaml.inputs ?? {})) {
      expect(input, `input ${input}`).toMatch(kebab);
      expect(spec.description, `input ${input} needs a description`).toBeTruthy();
      if (/token$/.test(input)) expect(spec.default, `${input} defaults to the job token`).toBe('${{ github.token }}');
    }
    for (const [output, spec] of Object.entries(action.yaml.outputs ?? {})) {
      expect(output, `output ${output}`).toMatch(kebab);
      expect(spec.description, `output ${output} needs a description`).toBeTruthy();
    }
  });

  it('is in the README catalog and has its own README', () => {
    expect(readme).toContain(`actions/${name}`);
    expect(existsSync(join(action.dir, 'README.md'))).toBe(true);
  });
});

describe.skipIf(jsActions.length === 0).each(jsActions.map((a) => [a.name, a] as const))(
  'JS action %s',
  (name, action) => {
    it('runs on node24 from its committed bundle', () => {
      expect(action.yaml.runs.using).toBe('node24');
      expect(action.yaml.runs.main).toBe(`../../dist/${name}/index.js`);
      expect(existsSync(join(action.dir, action.yaml.runs.main!))).toBe(true);
    });

    it('declares exactly the inputs of its zod schema, with equal defaults and required flags', async () => {
      const definition = await definitionOf(name);
      expect(definition.name).toBe(name);
      const declared = action.yaml.inputs ?? {};
      expect(Object.keys(definition.inputs).sort()).toEqual(Object.keys(declared).sort());
      for (const [input, schema] of Object.entries(definition.inputs)) {
        const meta = inputMeta(schema);
        const yamlDefault = declared[input].default;
        expect(meta.inputDefault, `default of ${input}`).toBe(
          yamlDefault === undefined ? undefined : String(yamlDefault),
        );
        expect(Boolean(meta.required), `required of ${input}`).toBe(Boolean(declared[input].required));
      }
    });
  },
);

describe.skipIf(compositeActions.length === 0).each(compositeActions.map((a) => [a.name, a] as const))(
  'composite action %s',
  (_name, action) => {
    it('runs every script step in bash and never splices an expression into a script', () => {
      for (const step of action.yaml.runs.steps ?? []) {
        if (step.run === undefined) continue;
        expect(step.shell, `step ${String(step.name ?? step.id)} needs shell: bash`).toBe('bash');
        expect(String(step.run), `step ${String(step.name ?? step.id)} must pass inputs through env:`).not.toContain(
          '${{',
        );
      }
    });
  },
);

describe('action discovery', () => {
  it('every adapter under src/actions has its actions/<name>/action.yml, and vice versa for JS actions', () => {
    const adapters = readdirSync(join(repoRoot, 'src', 'actions'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'src', 'actions', entry.name, 'index.ts')))
      .map((entry) => entry.name)
      .sort();
    expect(adapters).toEqual(jsActions.map((a) => a.name));
  });
});
