import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDimension, readReport } from '../../../src/core/reports/read.js';
import { ReportError, type DimensionId } from '../../../src/core/reports/types.js';
import { repoRoot } from '../../helpers/repo.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'quality');
const options = { cwd: fixtures };
const read = (dimension: DimensionId, file: string) => readReport(dimension, join(fixtures, file), undefined, options);

describe('JUnit reader (real vitest and node --test output, hand-made jest/pytest/go/Surefire shapes)', () => {
  it.each([
    ['real/vitest-junit.xml', { tests: 6, passed: 4, failed: 1, errors: 0, skipped: 1 }],
    ['real/node-junit.xml', { tests: 3, passed: 3, failed: 0, errors: 0, skipped: 0 }],
    ['hand/jest-junit.xml', { tests: 3, passed: 2, failed: 1, errors: 0, skipped: 0 }],
    ['hand/pytest-junit.xml', { tests: 4, passed: 2, failed: 1, errors: 0, skipped: 1 }],
    ['hand/go-junit-report.xml', { tests: 3, passed: 3, failed: 0, errors: 0, skipped: 0 }],
    // Surefire: a flakyFailure passed on rerun, an <error>, a <skipped>.
    ['hand/surefire-TEST-com.example.AppTest.xml', { tests: 5, passed: 3, failed: 0, errors: 1, skipped: 1 }],
    ['hand/empty-testsuites.xml', { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }],
    ['hand/empty-testsuite.xml', { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }],
  ])('%s', async (file, expected) => {
    const { format, data } = await read('tests', file);
    expect(format).toBe('junit');
    expect(data).toMatchObject(expected);
  });

  it('names the failing tests', async () => {
    const { data } = await read('tests', 'real/vitest-junit.xml');
    expect((data as { failures: string[] }).failures).toEqual([
      'math.vitest.spec.js > math > rounds (deliberately failing)',
    ]);
  });
});

describe('coverage readers', () => {
  it.each([
    // node --test lcov: math.js LF 22 / LH 15 plus the spec file LF 7 / LH 7.
    ['real/node-lcov.info', 'lcov', { linesFound: 29, linesHit: 22, branchesFound: 10, branchesHit: 8 }],
    // Cobertura: the <method> copy of line 3 is not counted twice.
    ['hand/cobertura.xml', 'cobertura', { linesFound: 10, linesHit: 8, branchesFound: 2, branchesHit: 1 }],
    // c8 (istanbul reporters) over the same module: 15 of 22 lines, 4 of 6 branches; Cobertura with a DOCTYPE.
    [
      'real/c8-coverage-summary.json',
      'istanbul-summary',
      { linesFound: 22, linesHit: 15, branchesFound: 6, branchesHit: 4 },
    ],
    ['real/c8-cobertura.xml', 'cobertura', { linesFound: 22, linesHit: 15 }],
    [
      'hand/coverage-summary.json',
      'istanbul-summary',
      { linesFound: 1200, linesHit: 1020, branchesFound: 400, branchesHit: 300 },
    ],
    ['hand/zero-lines.info', 'lcov', { linesFound: 0, linesHit: 0 }],
    ['hand/zero-lines-summary.json', 'istanbul-summary', { linesFound: 0, linesHit: 0 }],
  ])('%s is %s', async (file, format, expected) => {
    const result = await read('coverage', file);
    expect(result.format).toBe(format);
    expect(result.data).toMatchObject(expected);
  });
});

describe('lint and security readers', () => {
  it('counts real ESLint JSON errors and warnings per file', async () => {
    const { format, data } = await read('lint', 'real/eslint.json');
    expect(format).toBe('eslint');
    // lint-target.js: no-var, eqeqeq, no-debugger are errors; no-unused-vars and semi warnings.
    expect(data).toMatchObject({ errors: 3, warnings: 2 });
    expect((data as { files: string[] }).files).toEqual(
      expect.arrayContaining(['test/fixtures/quality/sample-project/lint-target.js']),
    );
  });

  it.each([
    ['hand/npm-audit-v2.json', 'npm-audit', { critical: 0, high: 1, medium: 2, low: 1, info: 0, unknown: 0 }],
    ['hand/npm-audit-critical.json', 'npm-audit', { critical: 1, high: 0 }],
    ['hand/npm-audit-clean.json', 'npm-audit', { critical: 0, high: 0, medium: 0, low: 0 }],
    ['hand/npm-audit-unknown-severity.json', 'npm-audit', { unknown: 1 }],
    // Trivy: security-severity 7.5 / 9.8 / 5.9 on the rules.
    ['hand/trivy.sarif', 'sarif', { critical: 1, high: 1, medium: 1 }],
    // CodeQL: rules live in an extension, referenced through rule.toolComponent.
    ['hand/codeql.sarif', 'sarif', { critical: 0, high: 1, medium: 1 }],
    // Semgrep OSS: no security-severity, so the level decides (error high, warning medium, note low).
    ['hand/semgrep.sarif', 'sarif', { high: 1, medium: 1, low: 1 }],
    ['hand/unknown-severity.sarif', 'sarif', { unknown: 2 }],
  ])('%s', async (file, format, expected) => {
    const result = await read('security', file);
    expect(result.format).toBe(format);
    expect(result.data).toMatchObject(expected);
  });

  it('reads the same SARIF as code quality by level', async () => {
    const { data } = await read('lint', 'hand/semgrep.sarif');
    expect(data).toMatchObject({ errors: 1, warnings: 1, notes: 1, files: ['src/exec.js', 'src/crypto.js'] });
  });
});

describe('perf-gate and health readers', () => {
  it('reads a perf-gate report (src/core/perf PerfReport shape): thresholds with their bound from the operator', async () => {
    const { data } = await read('performance', 'hand/perf-gate-pass.json');
    expect(data).toEqual({
      runs: [{ passed: true, verdict: 'pass' }],
      thresholds: [
        { name: 'p(95) < 300ms', measured: 150, limit: 300, bound: 'upper' },
        { name: 'error_rate < 0.01', measured: 0.002, limit: 0.01, bound: 'upper' },
        { name: 'rps > 200', measured: 250, limit: 200, bound: 'lower' },
        // status_5xx == 0 has no headroom: left out
      ],
    });
  });

  it('merges a health-check (per target) and a smoke-test report', async () => {
    const result = await readDimension('health', ['hand/health-check.json', 'hand/smoke-test.json'], options);
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    expect(result.sources.map((s) => s.format)).toEqual(['health-check', 'smoke-test']);
    // health-check: 2 healthy targets; smoke-test: 9 checks, 1 failed, 1 skipped (not a pass).
    expect(result.data).toEqual({ checks: 11, passed: 9, failing: ['echo rejects text/plain'] });
  });
});

describe('globs, explicit formats and missing files', () => {
  it('expands a glob, sorted, and merges the files', async () => {
    const result = await readDimension('tests', ['hand/*-junit*.xml', 'real/*junit.xml'], options);
    if (result.status !== 'read') throw new Error('expected read');
    expect(result.sources.map((s) => s.path.slice(fixtures.length + 1))).toEqual([
      'hand/go-junit-report.xml',
      'hand/jest-junit.xml',
      'hand/pytest-junit.xml',
      'real/node-junit.xml',
      'real/vitest-junit.xml',
    ]);
    expect(result.data).toMatchObject({ tests: 19, passed: 14, failed: 3, skipped: 2 });
  });

  it('takes an explicit format prefix and refuses one that does not fit the dimension', async () => {
    const explicit = await readDimension('security', ['sarif:hand/semgrep.sarif'], options);
    expect(explicit.status).toBe('read');
    await expect(readDimension('tests', ['lcov:real/node-lcov.info'], options)).rejects.toThrow(
      /format 'lcov' is not a tests report; tests accepts junit/,
    );
  });

  it('reports a pattern that matches nothing as missing, not as an error', async () => {
    const result = await readDimension('coverage', ['nowhere/*.info', 'missing.xml'], options);
    expect(result).toEqual({
      dimension: 'coverage',
      status: 'missing',
      patterns: ['nowhere/*.info', 'missing.xml'],
      reason: 'no file matches nowhere/*.info, missing.xml',
    });
  });
});

describe('malformed reports name the file and what is wrong', () => {
  it.each([
    ['tests', 'bad/truncated-junit.xml', /truncated-junit\.xml:\d+: not well-formed XML: Unexpected close tag/],
    ['tests', 'bad/html.xml', /html\.xml: could not recognise the tests report format; expected junit/],
    ['tests', 'bad/empty.xml', /empty\.xml: could not recognise the tests report format/],
    ['coverage', 'bad/garbage.info', /garbage\.info:4: not an lcov line: 'this is not lcov'/],
    ['coverage', 'bad/invalid.json', /invalid\.json: not valid JSON/],
    [
      'lint',
      'bad/eslint-object.json',
      /eslint-object\.json: JSON with an unrecognised shape for lint; expected eslint, sarif/,
    ],
    ['security', 'bad/sarif-bad-runs.sarif', /sarif-bad-runs\.sarif: JSON with an unrecognised shape for security/],
    ['coverage', 'real/vitest-junit.xml', /looks like junit, which is not a coverage report/],
  ] as const)('%s %s', async (dimension, file, message) => {
    const error = await read(dimension, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message).toMatch(message);
    expect((error as ReportError).file).toBe(join(fixtures, file));
  });

  it('an explicit format surfaces the reader error', async () => {
    await expect(readReport('tests', join(fixtures, 'bad/html.xml'), 'junit', options)).rejects.toThrow(
      /html\.xml:2: root element is <html>, expected <testsuites> or <testsuite>/,
    );
    await expect(readReport('security', join(fixtures, 'bad/sarif-bad-runs.sarif'), 'sarif', options)).rejects.toThrow(
      /SARIF needs a top-level `runs` array/,
    );
  });

  it('refuses JSON over the size guard instead of loading it', async () => {
    await expect(
      readReport('coverage', join(fixtures, 'hand/coverage-summary.json'), undefined, {
        cwd: fixtures,
        jsonLimitBytes: 100,
      }),
    ).rejects.toThrow(/bytes, over the 100-byte limit for JSON reports/);
  });
});
