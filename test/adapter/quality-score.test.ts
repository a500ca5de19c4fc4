import { captureIo } from '../helpers/cli-io.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/actions/quality-score/main.js';
import { commands } from '../../src/cli/commands.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { repoRoot } from '../helpers/repo.js';

const fx = (path: string) => `test/fixtures/quality/${path}`;
const passing = {
  tests: `${fx('real/node-junit.xml')}\n${fx('hand/go-*.xml')}`,
  coverage: fx('hand/coverage-summary.json'),
  lint: `sarif:${fx('hand/semgrep.sarif')}`,
  security: fx('hand/npm-audit-clean.json'),
  performance: fx('hand/perf-gate-pass.json'),
  health: fx('hand/health-check.json'),
  comment: 'false',
};

function runtimeFor(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-score-adapter-'));
  const runtime = createMemoryRuntime(
    { report: join(dir, 'score.json'), ...inputs },
    { env: { GITHUB_WORKSPACE: repoRoot }, tempDir: dir },
  );
  return { runtime, dir };
}

describe('quality-score adapter', () => {
  it('scores a healthy release: outputs, report, summary with table and chart', async () => {
    const { runtime, dir } = runtimeFor(passing);
    expect(await run(runtime)).toBe('passed');
    // (25×100 + 15×100 + 20×88 + 20×100 + 10×96.7 + 10×100) / 100 = 97.27
    expect(runtime.outputs).toMatchObject({
      score: '97.3',
      grade: 'A',
      verdict: 'pass',
      passed: 'true',
      report: join(dir, 'score.json'),
    });
    const dimensions = JSON.parse(runtime.outputs.dimensions);
    expect(dimensions.map((d: { id: string; score: number }) => [d.id, d.score])).toEqual([
      ['tests', 100],
      ['coverage', 100],
      ['lint', 88],
      ['security', 100],
      ['performance', 96.7],
      ['health', 100],
      ['analysis', null],
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8'));
    expect(report).toMatchObject({ schema: 'deploy-kit/quality-score@1', score: 97.3, grade: 'A', verdict: 'pass' });
    expect(runtime.summaries).toContain('Quality score: 97.3 / 100 (grade A) — pass');
    expect(runtime.summaries).toContain(
      '| Code quality | 88 | 20 (20%) | 85 | ✅ pass | 100 − (10 × 1 + 2 × 1) / 1 kLOC (lines unknown) = 88 | test/fixtures/quality/hand/semgrep.sarif (sarif) |',
    );
    expect(runtime.summaries).toContain('xychart-beta');
    expect(runtime.summaries).toContain('bar [100, 100, 88, 100, 96.7, 100]');
  });

  it('writes a shields endpoint JSON and an SVG badge', async () => {
    const badges = mkdtempSync(join(tmpdir(), 'dk-badge-'));
    const { runtime } = runtimeFor({ ...passing, badge: badges });
    await run(runtime);
    expect(JSON.parse(readFileSync(join(badges, 'quality-badge.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'quality',
      message: '97.3 (A)',
      color: 'brightgreen',
    });
    const svg = readFileSync(join(badges, 'quality-badge.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>97.3 (A)</text>');
  });

  it('fails the gate naming every rule that failed (real ESLint output, npm audit v2)', async () => {
    const { runtime } = runtimeFor({
      ...passing,
      lint: fx('real/eslint.json'),
      security: fx('hand/npm-audit-v2.json'),
    });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.outputs).toMatchObject({ verdict: 'fail', passed: 'false' });
    expect(runtime.failures[0]).toMatch(/^deploy-kit\/quality-score: quality gate fail at [\d.]+ \([A-F]\): /);
    expect(runtime.failures[0]).toContain('lint 66 < minimum 85 (dimensions.lint.minimum)');
    expect(runtime.failures[0]).toContain('security 83 < minimum 85 (dimensions.security.minimum)');
    expect(runtime.summaries).toContain('### Rules that failed the gate');
  });

  it('a failing test (real vitest JUnit) vetoes and is named in the summary', async () => {
    const { runtime } = runtimeFor({ ...passing, tests: fx('real/vitest-junit.xml') });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.failures[0]).toContain('veto: 1 test failed and tests.require-all-passing is true');
    expect(runtime.summaries).toContain(
      '**Tests**:\n- math.vitest.spec.js &gt; math &gt; rounds (deliberately failing)',
    );
  });

  it('compares with a baseline report and fails a drop above max-drop', async () => {
    const first = runtimeFor(passing);
    await run(first.runtime);
    const { runtime } = runtimeFor({
      ...passing,
      performance: fx('hand/perf-gate-fail.json'),
      baseline: first.runtime.outputs.report,
      'max-drop': '2',
      'min-score': '50',
    });
    expect(await run(runtime)).toBe('failed');
    // performance 96.7 -> 50 (fail-cap): total 97.27 -> 92.6, a drop of 4.7
    expect(runtime.outputs.score).toBe('92.6');
    expect(runtime.failures[0]).toContain('score dropped 4.7 points (baseline 97.3 -> 92.6), more than max-drop 2');
    expect(runtime.summaries).toContain('Δ baseline');
    expect(runtime.summaries).toMatch(/\| Performance \| 50 \| -46\.7 \|/);
  });

  it('excludes a missing report, renormalises and says so', async () => {
    const { runtime } = runtimeFor({ ...passing, coverage: 'nowhere/lcov.info' });
    expect(await run(runtime)).toBe('passed');
    expect(
      runtime.logs.some((l) => l.level === 'warning' && l.message === 'coverage: no file matches nowhere/lcov.info'),
    ).toBe(true);
    expect(runtime.summaries).toContain('the remaining weights (sum 85) were renormalised to 100%');
  });

  it('a malformed report is a config error naming the input, file and line', async () => {
    const { runtime } = runtimeFor({ ...passing, tests: fx('bad/truncated-junit.xml') });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toMatch(
      /input 'tests' \(test\/fixtures\/quality\/bad\/truncated-junit\.xml:\d+\): not well-formed XML/,
    );
    expect(runtime.logs.find((l) => l.level === 'error')!.annotation).toMatchObject({
      file: fx('bad/truncated-junit.xml'),
    });
    expect(existsSync(runtime.outputs.report ?? '/nonexistent')).toBe(false);
  });

  it('config file errors are annotated at their lines', async () => {
    const { runtime } = runtimeFor({ ...passing, config: fx('bad/quality-bad.yml') });
    expect(await run(runtime)).toBe('config-error');
    const annotations = runtime.logs.filter((l) => l.level === 'error').map((l) => l.annotation?.startLine);
    expect(annotations).toEqual([2, 6, 8]);
    expect(runtime.failures[0]).toContain(
      "input 'config' (test/fixtures/quality/bad/quality-bad.yml:6): unknown key 'minimun' in dimensions.security",
    );
  });

  it('invalid inputs are reported together', async () => {
    const { runtime } = runtimeFor({ ...passing, 'min-score': '120', comment: 'yes' });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toContain("input 'min-score': must be a number <= 100, got 120");
    expect(runtime.failures[0]).toContain("input 'comment': must be true or false, got 'yes'");
  });

  it('min-score input overrides the config: 97.3 < 99 is marginal and fails by default', async () => {
    const { runtime } = runtimeFor({ ...passing, 'min-score': '99' });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.outputs.verdict).toBe('marginal');
    expect(runtime.failures[0]).toContain('overall 97.3 < min-score 99');
  });
});

describe('deploy-kit quality-score (CLI)', () => {
  const cli = commands.find((c) => c.name === 'quality-score')!;
  const io = () => captureIo({ ...process.env, GITHUB_WORKSPACE: repoRoot });

  it('exits 0 on a passing gate and prints the outputs', async () => {
    const { io: streams, out } = io();
    const dir = mkdtempSync(join(tmpdir(), 'dk-score-cli-'));
    const code = await cli.run(
      ['--tests', passing.tests, '--security', passing.security, '--comment', 'false', '--report', join(dir, 'r.json')],
      streams,
    );
    expect(code).toBe(0);
    expect(out()).toContain('score=100\ngrade=A\nverdict=pass\npassed=true\n');
  });

  it('exits 1 when the gate fails and 2 on a bad config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-score-cli-'));
    expect(
      await cli.run(
        ['--security', fx('hand/npm-audit-critical.json'), '--comment', 'false', '--report', join(dir, 'r.json')],
        io().io,
      ),
    ).toBe(1);
    expect(await cli.run(['--tests', passing.tests, '--config', fx('bad/quality-bad.yml')], io().io)).toBe(2);
  });
});

describe('quality-score summary limits', () => {
  it("names at most five source files per dimension and keeps the comment under GitHub's limit", async () => {
    const { renderComment, renderSummary } = await import('../../src/actions/quality-score/summary.js');
    const { computeScore } = await import('../../src/core/score/model.js');
    const { defaultScoreConfig } = await import('../../src/core/score/config.js');
    const sources = Array.from({ length: 400 }, (_, i) => ({
      path: `packages/p${i}/${'deep/'.repeat(20)}junit.xml`,
      format: 'junit' as const,
    }));
    const failures = Array.from({ length: 10 }, (_, i) => `suite ${i} > ${'long name '.repeat(30)}`);
    const result = computeScore(
      {
        tests: {
          status: 'read',
          data: { tests: 400, passed: 390, failed: 10, errors: 0, skipped: 0, failures },
          sources,
        },
      },
      defaultScoreConfig(),
    );
    const summary = renderSummary(result);
    expect(summary).toContain('... and 395 more (all in the report)');
    expect(summary).not.toContain('packages/p5/');
    expect(renderComment(result).length).toBeLessThanOrEqual(60_000);
  });
});
