import { isDeepStrictEqual } from 'node:util';
import type { ProbeResponse } from '../http/types.js';
import { interpolate, type Scope } from './interpolate.js';
import { queryPath } from './jsonpath.js';
import type { Assertion, AssertionOutcome, Comparison } from './types.js';
import { coerceValue, type Expected } from './values.js';

/** What an assertion measured: the raw value(s) and how to show them. */
interface Measured {
  value: unknown;
  /** For JSONPath: every matched node (exists/count/wildcards). */
  nodes?: unknown[];
  display: string;
  /** Set when nothing could be measured (no TLS, body not JSON): the assertion fails with it. */
  missing?: string;
}

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}...` : text);
const show = (value: unknown) =>
  clip(typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? 'undefined'));

function measure(assertion: Assertion, response: ProbeResponse): Measured {
  const { subject } = assertion;
  switch (subject.kind) {
    case 'status':
      return { value: response.status, display: String(response.status) };
    case 'header': {
      const value = response.headers[subject.name];
      return { value, display: value === undefined ? '(absent)' : show(value) };
    }
    case 'body':
      return { value: response.body, display: response.body ? show(response.body) : '(empty body)' };
    case 'duration':
      return { value: response.timings.totalMs, display: `${Math.round(response.timings.totalMs)}ms` };
    case 'tls-days': {
      const days = response.tls?.daysRemaining;
      return days === undefined
        ? { value: undefined, display: '(no TLS)', missing: 'no TLS certificate (plain HTTP)' }
        : { value: days, display: `${days} days` };
    }
    case 'jsonpath': {
      let document: unknown;
      try {
        document = JSON.parse(response.body);
      } catch {
        return {
          value: undefined,
          display: show(response.body),
          missing: `body is not JSON (${response.headers['content-type'] ?? 'no content-type'})`,
        };
      }
      const nodes = queryPath(subject.path, document);
      const value = subject.path.multiple ? nodes : nodes[0];
      return { value, nodes, display: nodes.length === 0 ? '(no match)' : show(value) };
    }
  }
}

function compare(op: Comparison, actual: unknown, expected: number): boolean {
  const n =
    typeof actual === 'number' ? actual : typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : NaN;
  if (op === '==') return n === expected;
  if (op === '!=') return n !== expected;
  if (Number.isNaN(n)) return false;
  return op === '<' ? n < expected : op === '<=' ? n <= expected : op === '>' ? n > expected : n >= expected;
}

function statusMatches(token: string, status: number): boolean {
  if (token.endsWith('xx')) return Math.floor(status / 100) === Number(token[0]);
  const [low, high] = token.split('..').map(Number);
  return high === undefined ? status === low : status >= low && status <= high;
}

function equalsValue(actual: unknown, expected: Expected, raw: string): boolean {
  if (expected.kind === 'number') return actual === expected.value;
  if (expected.kind === 'json') return isDeepStrictEqual(actual, expected.value) || actual === raw;
  return expected.kind === 'text' && String(actual ?? '') === expected.value;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function countOf(m: Measured, multiple: boolean): number {
  if (multiple) return m.nodes?.length ?? 0;
  const v = m.value;
  if (Array.isArray(v) || typeof v === 'string') return v.length;
  return v !== null && typeof v === 'object' ? Object.keys(v).length : 0;
}

function contains(actual: unknown, text: string): boolean {
  if (Array.isArray(actual))
    return actual.some((item) => item === text || JSON.stringify(item) === text || String(item) === text);
  return typeof actual === 'string' ? actual.includes(text) : JSON.stringify(actual ?? '').includes(text);
}

function check(a: Assertion, m: Measured, expected: Expected, raw: string): boolean {
  const multiple = a.subject.kind === 'jsonpath' && a.subject.path.multiple;
  switch (a.operator) {
    case 'exists':
      return a.subject.kind === 'jsonpath' ? (m.nodes?.length ?? 0) > 0 : m.value !== undefined;
    case 'is':
    case 'in':
      if (expected.kind === 'status-set') return expected.tokens.some((t) => statusMatches(t, Number(m.value)));
      return (
        expected.kind === 'json' &&
        Array.isArray(expected.value) &&
        expected.value.some((v) => isDeepStrictEqual(v, m.value))
      );
    case 'contains':
      return contains(m.value, expected.kind === 'text' ? expected.value : raw);
    case 'matches':
      return (
        expected.kind === 'regex' &&
        expected.value.test(typeof m.value === 'string' ? m.value : JSON.stringify(m.value ?? ''))
      );
    case 'type':
      return expected.kind === 'type' && typeOf(m.value) === expected.value;
    case 'count':
      return expected.kind === 'number' && compare(a.countComparison ?? '==', countOf(m, multiple), expected.value);
    case '==':
      return equalsValue(m.value, expected, raw);
    case '!=':
      return !equalsValue(m.value, expected, raw);
    default:
      return expected.kind === 'number' && compare(a.operator, m.value, expected.value);
  }
}

/**
 * Evaluates one assertion against a response, filling `{{placeholders}}` from the scope first.
 * Never throws: an unknown variable, an invalid value after interpolation or a body that is not
 * JSON is a failed assertion whose message says so.
 */
export function evaluateAssertion(assertion: Assertion, response: ProbeResponse, scope?: Scope): AssertionOutcome {
  const base = { assertion: assertion.source };
  let raw: string;
  try {
    raw = scope ? interpolate(assertion.value, scope) : assertion.value;
  } catch (error) {
    return {
      ...base,
      passed: false,
      actual: '(not evaluated)',
      message: `${assertion.source}: ${(error as Error).message}`,
    };
  }
  const expected = coerceValue(assertion.subject, assertion.operator, raw);
  if (typeof expected === 'string')
    return { ...base, passed: false, actual: '(not evaluated)', message: `${assertion.source}: ${expected}` };
  const measured = measure(assertion, response);
  const multiple = assertion.subject.kind === 'jsonpath' && assertion.subject.path.multiple;
  const actual =
    assertion.operator === 'count' && !measured.missing ? `count ${countOf(measured, multiple)}` : measured.display;
  if (measured.missing) return { ...base, passed: false, actual, message: `${assertion.source}: ${measured.missing}` };
  const passed = check(assertion, measured, expected, raw) !== assertion.negate;
  return passed
    ? { ...base, passed, actual }
    : { ...base, passed, actual, message: `${assertion.source}: got ${actual}` };
}

/** Evaluates a list; the response passes when every outcome does. */
export function evaluateAll(assertions: Assertion[], response: ProbeResponse, scope?: Scope): AssertionOutcome[] {
  return assertions.map((assertion) => evaluateAssertion(assertion, response, scope));
}
