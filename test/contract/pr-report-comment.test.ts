import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/repo.js';

interface Step {
  name?: string;
  run?: string;
}
const workflow = parse(readFileSync(join(repoRoot, 'workflows/pr-report-comment.yml'), 'utf8')) as {
  jobs: { comment: { steps: Step[] } };
};
const step = (name: string) => workflow.jobs.comment.steps.find((s) => s.name?.startsWith(name))!.run!;

const HEAD_SHA = 'a'.repeat(40);

/**
 * Runs one step's script with bash as the runner would, with `gh` replaced by a script that
 * answers the pulls query the way the REST API does and records every other call.
 */
function runStep(script: string, env: Record<string, string>, files: Record<string, string>, pulls: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-prcomment-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'reports'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'reports', name), content);
  writeFileSync(join(dir, 'pulls.json'), JSON.stringify(pulls));
  const gh = `#!/usr/bin/env bash
echo "$*" >> "${dir}/gh-calls"
if [ "$1" = api ]; then
  jqexpr=""; while [ $# -gt 0 ]; do if [ "$1" = --jq ]; then jqexpr="$2"; fi; shift; done
  jq -r "$jqexpr" "${dir}/pulls.json"
fi`;
  writeFileSync(join(dir, 'bin', 'gh'), gh);
  chmodSync(join(dir, 'bin', 'gh'), 0o755);
  writeFileSync(join(dir, 'output'), '');
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd: dir,
    env: { PATH: `${dir}/bin:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, 'output'), ...env },
    encoding: 'utf8',
  });
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return '';
    }
  };
  return { ...result, output: read('output'), calls: read('gh-calls'), comment: read('comment.md') };
}

const eventEnv = {
  REPO: 'org/app',
  HEAD_SHA,
  HEAD_OWNER: 'forker',
  HEAD_BRANCH: 'feature',
  EVENT_PRS: '[]', // what GitHub sends for a pull request from a fork
};
const openPull = { number: 42, head: { sha: HEAD_SHA } };

describe('pr-report-comment: the pull request comes from the event, the artifact only has to agree', () => {
  it('finds the fork pull request by head repository, branch and commit', () => {
    const result = runStep(step('Find the pull request'), eventEnv, { 'pr-number.txt': '42\n' }, [openPull]);
    expect(result.status).toBe(0);
    expect(result.output).toBe('number=42\n');
    expect(result.calls).toContain('head=forker:feature');
  });

  it('refuses an artifact that claims another pull request', () => {
    const result = runStep(step('Find the pull request'), eventEnv, { 'pr-number.txt': '7' }, [openPull]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::the artifact claims pull request '7' but the run belongs to #42");
    expect(result.output).toBe('');
  });

  it('refuses when no open pull request has the run head commit', () => {
    const moved = { number: 42, head: { sha: 'b'.repeat(40) } };
    const result = runStep(step('Find the pull request'), eventEnv, { 'pr-number.txt': '42' }, [moved]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::no open pull request has head forker:feature');
  });

  it('takes a same-repository pull request straight from workflow_run.pull_requests', () => {
    const env = { ...eventEnv, EVENT_PRS: JSON.stringify([{ number: 9, head: { sha: HEAD_SHA } }]) };
    const result = runStep(step('Find the pull request'), env, { 'pr-number.txt': '9' }, []);
    expect(result.output).toBe('number=9\n');
    expect(result.calls).toBe('');
  });

  it('prints only typed report fields, so a fork cannot write the comment text', () => {
    const reports = {
      'score.json': JSON.stringify({ schema: 'deploy-kit/quality-score@1', score: 87, grade: 'B', verdict: 'pass' }),
      'evil.json': JSON.stringify({
        schema: 'deploy-kit/quality-score@1',
        score: 100,
        grade: 'A) [click here](https://phish.example)',
        verdict: 'pass',
      }),
      'perf.json': JSON.stringify({
        schema: 'deploy-kit/perf-gate@1',
        verdict: 'pass',
        figures: { latency: { p95: 12.5 }, rps: 800, errorRate: 0 },
      }),
    };
    const env = { REPO: 'org/app', PR: '42', CONCLUSION: 'success' };
    const result = runStep(step('Comment the perf'), env, reports, []);
    expect(result.status).toBe(0);
    expect(result.comment).toContain('- quality score **87** (B): pass');
    expect(result.comment).toContain('- perf gate **pass**: p95 12.5 ms, 800 req/s, error rate 0');
    expect(result.comment).not.toContain('phish');
    expect(result.calls).toContain('pr comment 42 --repo org/app');
  });
});
