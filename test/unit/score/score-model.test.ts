import { describe, expect, it } from 'vitest';
import type { DimensionData, DimensionId } from '../../../src/core/reports/types.js';
import { applyBaseline } from '../../../src/core/score/baseline.js';
import { defaultScoreConfig, scoreConfigSchema, type ScoreConfig } from '../../../src/core/score/config.js';
import { scoreDimension } from '../../../src/core/score/formulas.js';
import { computeScore, gradeOf, type DimensionInput } from '../../../src/core/score/model.js';

const config = defaultScoreConfig();
const sec = (counts: Partial<DimensionData['security']>): DimensionData['security'] => ({
  critical: 0,
  high: 0,
  medium: 0,
  low: 0,
  info: 0,
  unknown: 0,
  ...counts,
});
const t = (tests: number, passed: number, failed: number, skipped = 0, errors = 0): DimensionData['tests'] => ({
  tests,
  passed,
  failed,
  errors,
  skipped,
  failures: [],
});
const read = <D extends DimensionId>(data: DimensionData[D]): DimensionInput => ({
  status: 'read',
  data,
  sources: [{ path: 'x', format: 'junit' }],
});

describe('dimension formulas (each expected value computed by hand)', () => {
  it.each([
    ['98 of 100 pass, 2 fail: 100×98/100 − 2×2', t(100, 98, 2), 94, 1],
    ['skipped tests are not counted: 100×8/8', t(10, 8, 0, 2), 100, 0],
    ['errors count as failures: 100×3/5 − 2×2', t(5, 3, 0, 0, 2), 56, 1],
    ['the penalty cannot go below 0', t(20, 5, 15), 0, 1],
    ['all skipped: no test executed', t(3, 0, 0, 3), 0, 1],
  ])('tests: %s', (_name, data, score, vetoes) => {
    const result = scoreDimension('tests', data, config);
    expect(result.score).toBe(score);
    expect(result.vetoes).toHaveLength(vetoes);
  });

  it.each([
    ['22/29 lines = 75.86% of a target 80%', { linesFound: 29, linesHit: 22 }, 94.8],
    ['85% beats the target: capped at 100', { linesFound: 1200, linesHit: 1020 }, 100],
    ['0% covered', { linesFound: 50, linesHit: 0 }, 0],
  ])('coverage: %s', (_name, lines, score) => {
    expect(scoreDimension('coverage', { ...lines, branchesFound: 0, branchesHit: 0 }, config).score).toBe(score);
  });

  it('coverage with zero instrumented lines has no score, so the missing policy decides', () => {
    const result = scoreDimension('coverage', { linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0 }, config);
    expect(result.score).toBeUndefined();
    expect(result.noData).toBe('the coverage report has zero instrumented lines');
  });

  it.each([
    ['3 errors, 2 warnings, lines unknown (1 kLOC floor): 100 − 34', { errors: 3, warnings: 2, lines: undefined }, 66],
    ['3 errors, 10 warnings in 12k lines: 100 − 50/12', { errors: 3, warnings: 10, lines: 12_000 }, 95.8],
    ['a 300-line project counts as 1 kLOC', { errors: 1, warnings: 0, lines: 300 }, 90],
    ['clean', { errors: 0, warnings: 0, lines: 5000 }, 100],
  ])('lint: %s', (_name, counts, score) => {
    expect(scoreDimension('lint', { ...counts, notes: 0, files: [] }, config).score).toBe(score);
  });

  it('writes the arithmetic so it can be redone by hand', () => {
    expect(
      scoreDimension('coverage', { linesFound: 29, linesHit: 22, branchesFound: 0, branchesHit: 0 }, config).formula,
    ).toBe('min(100, 100 × (22/29) / 0.8) = 94.8');
    expect(
      scoreDimension('lint', { errors: 3, warnings: 10, notes: 0, files: [], lines: 12_345 }, config).formula,
    ).toBe('100 − (10 × 3 + 2 × 10) / (12345/1000 kLOC) = 95.9');
    expect(scoreDimension('lint', { errors: 3, warnings: 2, notes: 0, files: [], lines: 33 }, config).formula).toBe(
      '100 − (10 × 3 + 2 × 2) / 1 kLOC (33 lines, floor 1) = 66',
    );
    expect(scoreDimension('security', sec({ critical: 1, medium: 3 }), config).formula).toBe(
      '100 − (25 × 1 critical + 3 × 3 medium) = 66',
    );
  });

  it('lint.lines in the config overrides the counted lines', () => {
    const withLines = scoreConfigSchema.parse({ dimensions: { lint: { lines: 5000 } } });
    expect(scoreDimension('lint', { errors: 3, warnings: 10, notes: 0, files: [], lines: 12 }, withLines).score).toBe(
      90,
    );
  });

  it.each([
    ['1 high, 2 medium, 1 low: 100 − (10 + 6 + 1)', sec({ high: 1, medium: 2, low: 1 }), 83, 0],
    ['1 critical: 100 − 25, and a veto', sec({ critical: 1 }), 75, 1],
    ['2 unknown severities count 10 each', sec({ unknown: 2 }), 80, 0],
    ['info findings cost nothing', sec({ info: 7 }), 100, 0],
    ['floored at 0', sec({ critical: 5 }), 0, 1],
  ])('security: %s', (_name, counts, score, vetoes) => {
    const result = scoreDimension('security', counts, config);
    expect(result.score).toBe(score);
    expect(result.vetoes).toHaveLength(vetoes);
  });

  it.each([
    [
      'headroom 50%, 80% (clamped) and 25% over a lower bound: mean(100, 100, 90)',
      true,
      [
        { name: 'p95', measured: 150, limit: 300, bound: 'upper' },
        { name: 'err', measured: 0.002, limit: 0.01, bound: 'upper' },
        { name: 'rps', measured: 250, limit: 200, bound: 'lower' },
      ],
      96.7,
    ],
    ['exactly at the limit: 80', true, [{ name: 'p95', measured: 300, limit: 300, bound: 'upper' }], 80],
    [
      '40% over the limit: 80 − 16, then the failed verdict caps at 50',
      false,
      [{ name: 'p95', measured: 420, limit: 300, bound: 'upper' }],
      50,
    ],
    ['no thresholds, passed: 100', true, [], 100],
    ['no thresholds, failed: fail-cap 50', false, [], 50],
  ] as const)('performance: %s', (_name, passed, thresholds, score) => {
    const data = {
      runs: [{ passed, verdict: passed ? 'pass' : 'fail' }],
      thresholds: thresholds.map((x) => ({ ...x })),
    };
    expect(scoreDimension('performance', data, config).score).toBe(score);
  });

  it('health: 9 of 10 checks pass = 90, and a veto', () => {
    const result = scoreDimension('health', { checks: 10, passed: 9, failing: ['echo'] }, config);
    expect(result).toMatchObject({ score: 90, formula: '100 × 9/10 = 90' });
    expect(result.vetoes).toEqual(['1 of 10 health/smoke checks did not pass and health.require-all-passing is true']);
  });
});

/** The README's worked example, every number computed by hand there. */
const worked: Partial<Record<DimensionId, DimensionInput>> = {
  tests: read<'tests'>(t(200, 196, 0, 4)),
  coverage: read<'coverage'>({ linesFound: 2000, linesHit: 1500, branchesFound: 0, branchesHit: 0 }),
  lint: read<'lint'>({ errors: 2, warnings: 15, notes: 0, files: [], lines: 8000 }),
  security: read<'security'>(sec({ high: 1, medium: 2 })),
  performance: read<'performance'>({
    runs: [{ passed: true, verdict: 'pass' }],
    thresholds: [
      { name: 'p95', measured: 180, limit: 300, bound: 'upper' },
      { name: 'rps', measured: 230, limit: 200, bound: 'lower' },
    ],
  }),
  health: read<'health'>({ checks: 10, passed: 10, failing: [] }),
};

describe('the weighted total, minimums, vetoes and verdicts', () => {
  it('computes the README worked example: 93.7 (A) but fails on security 84 < 85', () => {
    const result = computeScore(worked, config);
    expect(result.dimensions.map((d) => [d.id, d.score, d.effectiveWeight])).toEqual([
      ['tests', 100, 25],
      ['coverage', 93.8, 15],
      ['lint', 93.8, 20],
      ['security', 84, 20],
      ['performance', 91, 10],
      ['health', 100, 10],
      ['analysis', undefined, 0],
    ]);
    expect(result).toMatchObject({ score: 93.7, grade: 'A', verdict: 'fail', passed: false });
    expect(result.failedRules).toEqual([
      { kind: 'minimum', dimension: 'security', message: 'security 84 < minimum 85 (dimensions.security.minimum)' },
    ]);
  });

  it('renormalises the weights when reports are missing and says so (missing: exclude)', () => {
    const result = computeScore(
      { ...worked, performance: { status: 'missing', reason: 'no file matches perf.json' }, health: undefined },
      config,
    );
    // (25×100 + 15×93.8 + 20×93.8 + 20×84) / 80 = 93.2875
    expect(result.score).toBe(93.3);
    expect(result.dimensions.find((d) => d.id === 'tests')!.effectiveWeight).toBe(31.3);
    expect(result.dimensions.find((d) => d.id === 'health')!.status).toBe('not-configured');
    expect(result.notes).toEqual([
      'excluded performance (no file matches perf.json); the remaining weights (sum 80) were renormalised to 100%',
    ]);
  });

  it('fails on a missing report when missing is fail', () => {
    const strict = scoreConfigSchema.parse({ missing: 'fail' });
    const result = computeScore({ tests: { status: 'missing', reason: 'no file matches junit.xml' } }, strict);
    expect(result.verdict).toBe('fail');
    expect(result.failedRules.map((r) => r.message)).toContain(
      "tests report missing (no file matches junit.xml) and missing is 'fail'",
    );
  });

  it('a critical vulnerability vetoes a release whatever the total', () => {
    const result = computeScore(
      { ...worked, security: read<'security'>(sec({ critical: 1 })) },
      scoreConfigSchema.parse({ dimensions: { security: { minimum: null } } }),
    );
    expect(result.score).toBeGreaterThan(80);
    expect(result.verdict).toBe('fail');
    expect(result.failedRules).toEqual([
      {
        kind: 'veto',
        dimension: 'security',
        message: 'veto: 1 critical vulnerability and security.veto-critical is true',
      },
    ]);
  });

  it('one failed test vetoes by default, and not when require-all-passing is false', () => {
    const failing = { ...worked, security: read<'security'>(sec({})), tests: read<'tests'>(t(200, 195, 1, 4)) };
    expect(computeScore(failing, config).failedRules.map((r) => r.kind)).toEqual(['veto']);
    const lenient = scoreConfigSchema.parse({ dimensions: { tests: { 'require-all-passing': false } } });
    expect(computeScore(failing, lenient)).toMatchObject({ verdict: 'pass', passed: true });
  });

  it.each([
    [85, 'pass', true, true],
    [75, 'marginal', false, true],
    [65, 'fail', false, false],
  ] as const)(
    'overall %s is %s (passed %s; %s when fail-on-marginal is false)',
    (score, verdict, passed, lenientPassed) => {
      const inputs = { health: read<'health'>({ checks: 100, passed: score, failing: [] }) };
      const lenientHealth = { dimensions: { health: { 'require-all-passing': false } } };
      expect(computeScore(inputs, scoreConfigSchema.parse(lenientHealth))).toMatchObject({ score, verdict, passed });
      expect(
        computeScore(inputs, scoreConfigSchema.parse({ ...lenientHealth, 'fail-on-marginal': false })).passed,
      ).toBe(lenientPassed);
    },
  );

  it('nothing to score is a failure that says what to do', () => {
    expect(computeScore({}, config).failedRules[0].message).toBe(
      'no dimension could be scored: give at least one report input',
    );
  });

  it.each([
    [90, 'A'],
    [89.9, 'B'],
    [80, 'B'],
    [70, 'C'],
    [60, 'D'],
    [59.9, 'F'],
    [0, 'F'],
  ] as const)('grade of %s is %s', (score, grade) => {
    expect(gradeOf(score, config.grades)).toBe(grade);
  });
});

describe('baseline comparison', () => {
  const withDrop = (maxDrop: number | null): ScoreConfig =>
    scoreConfigSchema.parse({ 'max-drop': maxDrop, dimensions: { security: { minimum: null } } });
  const baseline = { path: 'base.json', score: 95, dimensions: { tests: 100, coverage: 97.5, security: 90 } };

  it('shows per-dimension deltas and fails a drop larger than max-drop', () => {
    const result = applyBaseline(computeScore(worked, withDrop(1)), baseline, withDrop(1));
    expect(result.dimensions.map((d) => d.delta)).toEqual([0, -3.7, undefined, -6, undefined, undefined, undefined]);
    expect(result.baseline).toEqual({ path: 'base.json', score: 95, drop: 1.3 });
    expect(result.verdict).toBe('fail');
    expect(result.failedRules.at(-1)!.message).toBe(
      'score dropped 1.3 points (baseline 95 -> 93.7), more than max-drop 1',
    );
  });

  it('a drop within max-drop (or no max-drop) passes', () => {
    expect(applyBaseline(computeScore(worked, withDrop(1.3)), baseline, withDrop(1.3)).verdict).toBe('pass');
    expect(applyBaseline(computeScore(worked, withDrop(null)), baseline, withDrop(null)).verdict).toBe('pass');
  });
});
