import { z } from 'zod';
import { parseAssertions } from '../../core/assertions/parse.js';
import type { Assertion } from '../../core/assertions/types.js';
import { METHODS } from '../../core/http/types.js';
import { bool, duration, inputMeta, list, number, oneOf, pairs, urls } from '../../shared/inputs.js';

/** Assertion lines parsed up front, so a typo fails the step before any request is sent. */
export function assertionsInput(defaultLines: string) {
  const base = list({ default: defaultLines, newlineOnly: true });
  const schema = base.transform((lines, ctx): Assertion[] => {
    const { assertions, problems } = parseAssertions(lines);
    for (const problem of problems)
      ctx.addIssue({ code: 'custom', message: `line ${problem.index + 1}: ${problem.message}` });
    return assertions;
  });
  return schema.meta({ ...inputMeta(base) }) as unknown as z.ZodType<Assertion[], string>;
}

/** Keyed by the action.yml input names; defaults equal action.yml's (contract-tested). */
export const inputs = {
  url: urls({ required: true }),
  method: oneOf(METHODS, { default: 'GET' }),
  headers: pairs({ separator: ':', secret: true }),
  expect: assertionsInput('status 2xx'),
  timeout: duration({ default: '5m', min: 1 }),
  interval: duration({ default: '2s', min: 1 }),
  'max-interval': duration({ default: '30s', min: 1 }),
  'attempt-timeout': duration({ default: '10s', min: 1 }),
  'success-threshold': number({ default: '1', integer: true, min: 1, max: 1000 }),
  'insecure-skip-tls-verify': bool({ default: 'false' }),
  'follow-redirects': bool({ default: 'true' }),
};
