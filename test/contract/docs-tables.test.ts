import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listActions, repoRoot } from '../helpers/repo.js';

const script = join(repoRoot, 'scripts', 'docs-tables.mjs');

function runScript(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** The rows of the table between one pair of markers, as cell arrays (header and rule dropped). */
function tableRows(markdown: string, marker: string): string[][] {
  const start = markdown.indexOf(marker);
  expect(start, `${marker} present`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('<!-- ', start + marker.length);
  return markdown
    .slice(start + marker.length, end)
    .trim()
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.trim()),
    );
}

describe('generated input/output tables in this repository', () => {
  it('are current: every README table equals its action.yml or workflow, and none is missing', () => {
    const { status, stderr } = runScript(['--check', '--root', repoRoot]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.each(listActions().map((a) => [a.name, a] as const))(
    'actions/%s/README.md lists exactly the inputs and outputs of its action.yml, in order',
    (_name, action) => {
      const readme = readFileSync(join(action.dir, 'README.md'), 'utf8');
      const inputs = tableRows(readme, '<!-- inputs:start -->').map((cells) => cells[0]);
      const outputs = tableRows(readme, '<!-- outputs:start -->').map((cells) => cells[0]);
      expect(inputs).toEqual(Object.keys(action.yaml.inputs ?? {}).map((k) => `\`${k}\``));
      expect(outputs).toEqual(Object.keys(action.yaml.outputs ?? {}).map((k) => `\`${k}\``));
    },
  );
});

describe('docs-tables.mjs on a scratch tree', () => {
  let root = '';
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function scratch() {
    root = mkdtempSync(join(tmpdir(), 'docs-tables-'));
    write(
      'actions/echo/action.yml',
      [
        'name: echo',
        'description: test action',
        'inputs:',
        '  text:',
        '    description: "What to say | with a pipe"',
        '    required: true',
        '  times:',
        '    description: How often.',
        "    default: '2'",
        'outputs:',
        '  said:',
        '    description: What was said.',
        'runs: { using: node24, main: index.js }',
      ].join('\n'),
    );
    write(
      'actions/echo/README.md',
      '# echo\n\nHand-written intro.\n\n<!-- inputs:start -->\n| input |\n| --- |\n| `old` |\n<!-- inputs:end -->\n\nMiddle text.\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n\nHand-written end.\n',
    );
  }

  it('fails the check naming the README whose table differs from action.yml, and changes nothing', () => {
    scratch();
    const before = read('actions/echo/README.md');
    const { status, stderr } = runScript(['--check', '--root', root]);
    expect(status).toBe(1);
    expect(stderr).toContain('actions/echo/README.md: a table differs from its metadata');
    expect(read('actions/echo/README.md')).toBe(before);
  });

  it('rewrites only between the markers, after which the check passes', () => {
    scratch();
    expect(runScript(['--root', root]).status).toBe(0);
    const after = read('actions/echo/README.md');
    expect(after).toContain(
      'Hand-written intro.\n\n<!-- inputs:start -->\n| input | required | default | description |',
    );
    expect(after).toContain('| `text` | yes |  | What to say \\| with a pipe |');
    expect(after).toContain('| `times` | no | `2` | How often. |');
    expect(after).toContain('| `said` | What was said. |');
    expect(after).not.toContain('`old`');
    expect(after).toContain('Middle text.');
    expect(after.endsWith('<!-- outputs:end -->\n\nHand-written end.\n')).toBe(true);
    expect(runScript(['--check', '--root', root]).status).toBe(0);
  });

  it('reports a README without markers, and a reusable workflow missing from the catalog', () => {
    scratch();
    write('actions/echo/README.md', '# echo\n\nNo tables.\n');
    write(
      '.github/workflows/ship.yml',
      'on:\n  workflow_call:\n    inputs:\n      env: { type: string, required: true, description: Target. }\n',
    );
    const { status, stderr } = runScript(['--check', '--root', root]);
    expect(status).toBe(1);
    expect(stderr).toContain('actions/echo/README.md: missing <!-- inputs:start -->');
    expect(stderr).toContain('workflows/README.md: missing <!-- secrets:start ../.github/workflows/ship.yml -->');
  });

  it('documents a reusable workflow with typed inputs, secrets and outputs', () => {
    scratch();
    write(
      '.github/workflows/ship.yml',
      [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      env: { type: string, required: true, description: Target. }',
        '      dry: { type: boolean, default: false, description: Only pretend. }',
        '    secrets:',
        '      token: { required: true, description: Deploy token. }',
        '    outputs:',
        '      url: { description: Where it went., value: x }',
      ].join('\n'),
    );
    const marks = ['inputs', 'secrets', 'outputs']
      .map((k) => `<!-- ${k}:start ../.github/workflows/ship.yml -->\n<!-- ${k}:end -->`)
      .join('\n\n');
    write('workflows/README.md', `# catalog\n\n${marks}\n`);
    expect(runScript(['--root', root]).status).toBe(0);
    const catalog = read('workflows/README.md');
    expect(catalog).toContain('| `env` | string | yes |  | Target. |');
    expect(catalog).toContain('| `dry` | boolean | no | `false` | Only pretend. |');
    expect(catalog).toContain('| `token` | yes | Deploy token. |');
    expect(catalog).toContain('| `url` | Where it went. |');
  });
});
