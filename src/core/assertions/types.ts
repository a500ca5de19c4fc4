import type { CompiledPath } from './jsonpath.js';

/** What an assertion looks at in a response. */
export type Subject =
  | { kind: 'status' }
  | { kind: 'header'; name: string }
  | { kind: 'body' }
  | { kind: 'jsonpath'; path: CompiledPath }
  | { kind: 'duration' }
  | { kind: 'tls-days' };

export type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type Operator = Comparison | 'in' | 'is' | 'contains' | 'matches' | 'exists' | 'type' | 'count';

/**
 * One parsed line of the assertion grammar. The value stays raw text so `{{placeholders}}` can be
 * filled in at evaluation time (captures exist only then); it was validated up front when it had none.
 */
export interface Assertion {
  source: string;
  subject: Subject;
  operator: Operator;
  /** `not contains`, `not exists`, `not matches`. */
  negate: boolean;
  /** For `count`: the comparison applied to the count. */
  countComparison?: Comparison;
  value: string;
}

/** The verdict of one assertion with what was measured, for logs, summaries and reports. */
export interface AssertionOutcome {
  assertion: string;
  passed: boolean;
  /** The measured value as displayed (`503`, `'text/html'`, `512ms`, `(absent)`). */
  actual: string;
  /** One line: `status 2xx: got 503`. Present when failed. */
  message?: string;
}
