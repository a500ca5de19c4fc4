import { z } from 'zod';
import {
  parseRegressionRule,
  parseThresholds,
  type RegressionRule,
  type Threshold,
} from '../../core/perf/thresholds.js';
import { METHODS } from '../../core/http/types.js';
import { VALID_FORMS } from '../../core/perf/thresholds.js';
import type { RateStage } from '../../core/perf/arrivals.js';
import { parseDuration } from '../../shared/duration.js';
import { bool, duration, inputMeta, list, number, oneOf, pairs, text } from '../../shared/inputs.js';

export const DEFAULT_THRESHOLDS = 'p(95) < 2s\nerror_rate == 0';

/** Threshold lines parsed up front: a typo fails the step before any load is sent. */
export function thresholdsInput(defaultLines: string) {
  const base = list({ default: defaultLines, newlineOnly: true });
  const schema = base.transform((lines, ctx): Threshold[] => {
    const { thresholds, problems } = parseThresholds(lines);
    for (const problem of problems)
      ctx.addIssue({ code: 'custom', message: `${problem.message}; valid forms: ${VALID_FORMS.join(', ')}` });
    return thresholds;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<Threshold[], string>;
}

/** `max-regression` lines (`p(95): 10%`), newline- or comma-separated. */
export function regressionInput() {
  const base = list({ default: '' });
  const schema = base.transform((lines, ctx): RegressionRule[] => {
    const rules: RegressionRule[] = [];
    for (const line of lines) {
      const parsed = parseRegressionRule(line);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      else rules.push(parsed);
    }
    return rules;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<RegressionRule[], string>;
}

/** `10%` or `0.1` -> 0.1; the band below (or above) a limit where a pass is flagged as warn. */
export function marginInput(defaultValue: string) {
  const base = text({ default: defaultValue });
  const schema = base.transform((raw, ctx): number => {
    const match = raw.match(/^(\d+(?:\.\d+)?)\s*(%?)$/);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(value >= 0 && value < 1)) {
      ctx.addIssue({ code: 'custom', message: `must be a margin such as 10% or 0.1 (0 disables warn), got '${raw}'` });
      return z.NEVER;
    }
    return value;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<number, string>;
}

const STAGE = /^(.+?)\s*:\s*(\d+(?:\.\d+)?)\s*(?:\/s)?$/;

/** `stages` lines (`30s: 200`: reach 200 req/s linearly over 30s), newline- or comma-separated. */
export function stagesInput() {
  const base = list({ default: '' });
  const schema = base.transform((lines, ctx): RateStage[] => {
    const stages: RateStage[] = [];
    for (const line of lines) {
      const match = line.match(STAGE);
      const durationMs = match ? parseDuration(match[1]) : undefined;
      if (!match || !durationMs || durationMs <= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `'${line}' must look like '30s: 200' (reach 200 req/s linearly over 30s), one stage per line`,
        });
        continue;
      }
      stages.push({ durationMs, rate: Number(match[2]) });
    }
    return stages;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<RateStage[], string>;
}

/** Keyed by the action.yml input names; defaults equal action.yml's (contract-tested). */
export const inputs = {
  mode: oneOf(['run', 'merge'] as const, { default: 'run' }),
  url: text({ secret: 'url' }),
  method: oneOf(METHODS, { default: 'GET' }),
  headers: pairs({ separator: ':', secret: true }),
  body: text(),
  connections: number({ default: '10', integer: true, min: 1, max: 10_000 }),
  rate: number({ integer: true, min: 1, max: 10_000_000 }),
  stages: stagesInput(),
  duration: duration({ default: '30s', min: 100, max: 6 * 3_600_000 }),
  warmup: duration({ default: '5s', min: 0, max: 3_600_000 }),
  runs: number({ default: '1', integer: true, min: 1, max: 50 }),
  timeout: duration({ default: '10s', min: 1000, max: 600_000 }),
  thresholds: thresholdsInput(DEFAULT_THRESHOLDS),
  'warn-margin': marginInput('10%'),
  baseline: text(),
  'max-regression': regressionInput(),
  'abort-on-fail': bool({ default: 'false' }),
  report: text(),
  shard: number({ default: '1', integer: true, min: 1, max: 1000 }),
  shards: number({ default: '1', integer: true, min: 1, max: 1000 }),
  reports: list({ newlineOnly: true }),
};
