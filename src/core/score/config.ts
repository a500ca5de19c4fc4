import { z } from 'zod';

/*
 * The scoring configuration: every knob has a default, so an empty file (or none) gives the
 * documented model: overall >= 80, security >= 85, code quality >= 85, performance >= 80, all
 * tests passing. Keys are kebab-case like the action inputs.
 */
const score = () => z.number().min(0).max(100);
const minimum = (value: number | null) => score().nullable().default(value);
const weight = (value: number) => z.number().min(0).max(1000).default(value);

const tests = z.strictObject({
  weight: weight(25),
  minimum: minimum(null),
  'require-all-passing': z.boolean().default(true),
  'min-tests': z.number().int().min(0).default(1),
  'failure-penalty': z.number().min(0).default(2),
});
const coverage = z.strictObject({
  weight: weight(15),
  minimum: minimum(null),
  target: z.number().gt(0).max(100).default(80),
});
const lint = z.strictObject({
  weight: weight(20),
  minimum: minimum(85),
  'error-weight': z.number().min(0).default(10),
  'warning-weight': z.number().min(0).default(2),
  lines: z.number().int().min(1).nullable().default(null),
});
const deductions = z.strictObject({
  critical: z.number().min(0).default(25),
  high: z.number().min(0).default(10),
  medium: z.number().min(0).default(3),
  low: z.number().min(0).default(1),
  info: z.number().min(0).default(0),
  unknown: z.number().min(0).default(10),
});
const security = z.strictObject({
  weight: weight(20),
  minimum: minimum(85),
  'veto-critical': z.boolean().default(true),
  deductions: deductions.prefault({}),
});
const performance = z.strictObject({ weight: weight(10), minimum: minimum(80), 'fail-cap': score().default(50) });
const health = z.strictObject({
  weight: weight(10),
  minimum: minimum(null),
  'require-all-passing': z.boolean().default(true),
});

// Weight 0 by default keeps every documented total unchanged; a failed analysis still vetoes.
const analysis = z.strictObject({ weight: weight(0), minimum: minimum(null), 'veto-fail': z.boolean().default(true) });

const grades = z
  .strictObject({ A: score().default(90), B: score().default(80), C: score().default(70), D: score().default(60) })
  .refine((g) => g.A >= g.B && g.B >= g.C && g.C >= g.D, { message: 'grade bands must satisfy A >= B >= C >= D' });

export const scoreConfigSchema = z
  .strictObject({
    'min-score': score().default(80),
    'marginal-score': score().default(70),
    'fail-on-marginal': z.boolean().default(true),
    missing: z.enum(['exclude', 'fail']).default('exclude'),
    'max-drop': z.number().min(0).nullable().default(null),
    grades: grades.prefault({}),
    dimensions: z
      .strictObject({
        tests: tests.prefault({}),
        coverage: coverage.prefault({}),
        lint: lint.prefault({}),
        security: security.prefault({}),
        performance: performance.prefault({}),
        health: health.prefault({}),
        analysis: analysis.prefault({}),
      })
      .prefault({}),
  })
  .refine((c) => c['marginal-score'] <= c['min-score'], {
    message: 'marginal-score must not be above min-score',
    path: ['marginal-score'],
  });

export type ScoreConfig = z.output<typeof scoreConfigSchema>;

/** The documented defaults, for callers that have no config file. */
export const defaultScoreConfig = (): ScoreConfig => scoreConfigSchema.parse({});
