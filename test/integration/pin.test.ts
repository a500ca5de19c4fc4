import { captureIo } from '../helpers/cli-io.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { pinCommand } from '../../src/cli/pin-command.js';
import { findRefs } from '../../src/core/pin/refs.js';
import { parseLsRemote, resolveRef } from '../../src/core/pin/resolve.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();

let base: string;
const shas: Record<string, string> = {};

/** A real repository published as a bare repo at <base>/<owner>/<repo>.git, with the given tags. */
function makeRemote(owner: string, repo: string, commits: Array<{ tags: string[]; annotated?: boolean }>): string[] {
  const work = join(base, 'work', owner, repo);
  mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');
  const made: string[] = [];
  commits.forEach((c, i) => {
    writeFileSync(join(work, 'file.txt'), `${repo} ${i}\n`);
    git(work, 'add', 'file.txt');
    git(work, 'commit', '-q', '-m', `c${i}`);
    for (const tag of c.tags) git(work, 'tag', '-f', ...(c.annotated ? ['-a', '-m', tag] : []), tag);
    made.push(git(work, 'rev-parse', 'HEAD'));
  });
  mkdirSync(join(base, owner), { recursive: true });
  git(base, 'clone', '-q', '--bare', work, join(base, owner, `${repo}.git`));
  return made;
}

async function cli(...argv: string[]) {
  const captured = captureIo();
  const code = await main(['pin', ...argv], [pinCommand], captured.io);
  return { code, out: captured.out(), err: captured.err() };
}

const WORKFLOW = (pinnedSha: string) => `name: ci
on: push
permissions: {}
jobs:
  call:
    uses: acme/shared/.github/workflows/deploy.yml@main
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: "actions/checkout@v4.2.0"
      - uses: actions/checkout@${pinnedSha} # v4.3.0
      - uses: ./actions/local
      - uses: docker://alpine:3.20
      - uses: $/actions/deploy
      - uses: docker/login-action@v3 # old comment
`;

let repo: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dk-pin-'));
  [shas.c420, shas.c430] = makeRemote('actions', 'checkout', [
    { tags: ['v4.2.0'] },
    { tags: ['v4.3.0', 'v4'], annotated: true },
  ]);
  [shas.login] = makeRemote('docker', 'login-action', [{ tags: ['v3'] }]);
  [shas.shared] = makeRemote('acme', 'shared', [{ tags: [] }]);
  repo = join(base, 'repo');
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
  mkdirSync(join(repo, 'actions', 'verify'), { recursive: true });
  writeFileSync(join(repo, '.github', 'workflows', 'ci.yml'), WORKFLOW(shas.c430));
  writeFileSync(
    join(repo, 'actions', 'verify', 'action.yml'),
    'name: v\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4.2.0\n    - uses: $/actions/health-check\n',
  );
  writeFileSync(
    join(repo, '.github', 'workflows', 'broken.yml'),
    'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@v9.9.9\n',
  );
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('deploy-kit pin', () => {
  it('--check lists every unpinned reference with file and line, and exits 1', async () => {
    const { code, out } = await cli('--check', '--dir', repo);
    expect(code).toBe(1);
    expect(out).toContain('.github/workflows/ci.yml:6: acme/shared/.github/workflows/deploy.yml@main is not pinned');
    expect(out).toContain('.github/workflows/ci.yml:10: actions/checkout@v4 is not pinned');
    expect(out).toContain('actions/verify/action.yml:5: actions/checkout@v4.2.0 is not pinned');
    expect(out).not.toMatch(/local|alpine|\$\/actions/);
    expect(out).toContain('8 references in 3 files, 7 unpinned');
  });

  it('pins tags (annotated tags peeled), branches and job-level workflow calls with the precise version comment', async () => {
    const { code, out, err } = await cli('--dir', repo, '--url-template', `file://${base}/{owner}/{repo}.git`);
    const text = readFileSync(join(repo, '.github', 'workflows', 'ci.yml'), 'utf8');
    expect(text).toContain(`    uses: acme/shared/.github/workflows/deploy.yml@${shas.shared} # main`);
    expect(text).toContain(
      `      - uses: actions/checkout@${shas.c430} # v4.3.0\n      - uses: "actions/checkout@${shas.c420}" # v4.2.0`,
    );
    expect(text).toContain(`      - uses: docker/login-action@${shas.login} # v3\n`);
    expect(text).toContain(
      '      - uses: ./actions/local\n      - uses: docker://alpine:3.20\n      - uses: $/actions/deploy\n',
    );
    expect(readFileSync(join(repo, 'actions', 'verify', 'action.yml'), 'utf8')).toContain(
      `- uses: actions/checkout@${shas.c420} # v4.2.0`,
    );
    // broken.yml has an unknown tag: reported, and that file is left entirely unchanged.
    expect(err).toContain(
      ".github/workflows/broken.yml:6: actions/checkout@v9.9.9: no tag or branch 'v9.9.9' in actions/checkout",
    );
    expect(readFileSync(join(repo, '.github', 'workflows', 'broken.yml'), 'utf8')).toContain(
      '- uses: actions/checkout@v4\n',
    );
    expect(out).toContain('5 pinned, 1 already pinned, 1 unresolved');
    expect(code).toBe(1);
    rmSync(join(repo, '.github', 'workflows', 'broken.yml'));
    expect((await cli('--check', '--dir', repo)).code).toBe(0);
  });

  it('reports an unreachable repository and rejects a template without placeholders', async () => {
    writeFileSync(
      join(repo, '.github', 'workflows', 'other.yml'),
      'on: push\njobs:\n  a:\n    steps:\n      - uses: nobody/missing@v1\n',
    );
    const { code, err } = await cli('--dir', repo, '--url-template', `file://${base}/{owner}/{repo}.git`);
    expect(code).toBe(1);
    expect(err).toMatch(/other\.yml:5: nobody\/missing@v1: cannot list nobody\/missing/);
    expect((await cli('--url-template', 'https://example.com/x.git')).code).toBe(2);
  });

  it('parses ls-remote output and prefers the peeled commit of an annotated tag', () => {
    const refs = parseLsRemote(
      `${'1'.repeat(40)}\trefs/tags/v2\n${'2'.repeat(40)}\trefs/tags/v2^{}\n${'2'.repeat(40)}\trefs/tags/v2.0.1\n${'2'.repeat(40)}\trefs/tags/v2.1.0-rc.1\n`,
    );
    expect(resolveRef(refs, 'v2')).toEqual({ sha: '2'.repeat(40), version: 'v2.0.1' });
    expect(findRefs('f', "  - uses: 'a/b@v1'  # c\n").map((r) => [r.owner, r.repo, r.ref, r.comment])).toEqual([
      ['a', 'b', 'v1', 'c'],
    ]);
  });
});
