import { z } from 'zod';
import { PROVIDER_NAMES } from '../../core/analysis/types.js';
import { bool, duration, inputMeta, number, oneOf, pairs, text } from '../../shared/inputs.js';

/** `10%` or `0.1` -> 0.1: the allowed relative worsening of the canary. */
function fractionInput(defaultValue: string) {
  const base = text({ default: defaultValue });
  const schema = base.transform((raw, ctx): number => {
    const match = raw.match(/^(\d+(?:\.\d+)?)\s*(%?)$/);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(value >= 0 && value <= 10)) {
      ctx.addIssue({ code: 'custom', message: `must be a relative difference such as 10% or 0.1, got '${raw}'` });
      return z.NEVER;
    }
    return value;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<number, string>;
}

/** Keyed by the action.yml input names; defaults equal action.yml's (contract-tested). */
export const inputs = {
  metrics: text({ required: true }),
  mode: oneOf(['measure', 'compare'] as const, { default: 'measure' }),
  provider: oneOf(PROVIDER_NAMES, { default: 'prometheus' }),
  address: text(),
  version: text(),
  namespace: text(),
  workload: text(),
  canary: text(),
  'baseline-version': text(),
  interval: duration({ default: '1m', min: 100, max: 3_600_000 }),
  count: number({ default: '1', integer: true, min: 1, max: 1000 }),
  'initial-delay': duration({ default: '0s', min: 0, max: 6 * 3_600_000 }),
  'failure-limit': number({ default: '0', integer: true, min: 0, max: 1000 }),
  'inconclusive-limit': number({ default: '0', integer: true, min: 0, max: 1000 }),
  lookback: duration({ default: '5m', min: 1000, max: 7 * 86_400_000 }),
  step: duration({ default: '15s', min: 100, max: 3_600_000 }),
  'max-difference': fractionInput('10%'),
  'min-score': number({ default: '100', min: 0, max: 100 }),
  'fail-on-inconclusive': bool({ default: 'true' }),
  bearer: text({ secret: true }),
  username: text(),
  password: text({ secret: true }),
  headers: pairs({ separator: ':', secret: true }),
  'ca-file': text(),
  timeout: duration({ default: '10s', min: 100, max: 600_000 }),
  kubeconfig: text({ secret: true }),
  context: text(),
  report: text(),
};
