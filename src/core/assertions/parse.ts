import { compilePath } from './jsonpath.js';
import { hasPlaceholder } from './interpolate.js';
import type { Assertion, Comparison, Operator, Subject } from './types.js';
import { coerceValue } from './values.js';

/** The grammar in one list: shown whenever a line does not parse, and in the README. */
export const ASSERTION_FORMS = [
  'status == 200 | status != 500 | status < 400',
  'status in [200, 204] | status in [2xx, 301]',
  'status 2xx | status 200..299',
  'header NAME == VALUE | header NAME contains TEXT | header NAME matches /RE/ | header NAME exists',
  'body contains TEXT | body matches /RE/ | body == TEXT',
  'jsonpath $.PATH == VALUE | != | < | <= | > | >= NUMBER',
  'jsonpath $.PATH exists | type string|number|boolean|array|object|null | count >= N | contains TEXT | matches /RE/ | in [..]',
  'duration < 300ms',
  'tls.days_remaining > 14',
  "(prefix contains, matches, exists or in with 'not' to negate)",
];

const OPERATORS: Record<Subject['kind'], Operator[]> = {
  status: ['==', '!=', '<', '<=', '>', '>=', 'in', 'is'],
  header: ['==', '!=', 'contains', 'matches', 'exists'],
  body: ['==', '!=', 'contains', 'matches'],
  jsonpath: ['==', '!=', '<', '<=', '>', '>=', 'contains', 'matches', 'exists', 'type', 'count', 'in'],
  duration: ['<', '<=', '>', '>='],
  'tls-days': ['==', '!=', '<', '<=', '>', '>='],
};
const NEGATABLE: Operator[] = ['contains', 'matches', 'exists', 'in'];
const SYMBOL = /^(==|!=|<=|>=|<|>)\s*(.*)$/s;
const WORD = /^(in|contains|matches|exists|type|count|length)(?:\s+(.*))?$/s;

export type ParseResult = { ok: true; assertion: Assertion } | { ok: false; message: string };

function parseSubject(line: string): { subject: Subject; rest: string } | string {
  const [word, ...tail] = line.split(/\s+/);
  const key = word.toLowerCase();
  const rest = tail.join(' ');
  if (key === 'status' || key === 'body' || key === 'duration') return { subject: { kind: key }, rest };
  if (key === 'tls.days_remaining' || key === 'tls.days') return { subject: { kind: 'tls-days' }, rest };
  if (key === 'header' || key === 'jsonpath') {
    const target = tail[0];
    if (!target) return `'${key}' needs a ${key === 'header' ? 'header name' : 'path'} next`;
    if (key === 'header')
      return { subject: { kind: 'header', name: target.toLowerCase() }, rest: tail.slice(1).join(' ') };
    const path = compilePath(target);
    return typeof path === 'string' ? path : { subject: { kind: 'jsonpath', path }, rest: tail.slice(1).join(' ') };
  }
  if (word.startsWith('$')) return parseSubject(`jsonpath ${line}`);
  return `unknown subject '${word}' (use status, header, body, jsonpath, duration or tls.days_remaining)`;
}

function parseOperator(subject: Subject, text: string): Omit<Assertion, 'source' | 'subject'> | string {
  let rest = text.trim();
  const negate = /^not\s/.test(rest);
  if (negate) rest = rest.slice(3).trim();
  if (subject.kind === 'status' && /^[1-5](\d\d|xx)(\.\.\d{3})?$/i.test(rest))
    return { operator: 'is', negate, value: rest };
  const symbol = rest.match(SYMBOL);
  const word = symbol ? undefined : rest.match(WORD);
  if (!symbol && !word) return `unknown operator '${rest.split(/\s+/)[0] ?? ''}'`;
  const operator = (symbol ? symbol[1] : word![1] === 'length' ? 'count' : word![1]) as Operator;
  let value = ((symbol ? symbol[2] : word![2]) ?? '').trim();
  if (!OPERATORS[subject.kind].includes(operator)) {
    return `operator '${operator}' does not apply to ${subject.kind} (valid: ${OPERATORS[subject.kind].filter((o) => o !== 'is').join(', ')})`;
  }
  if (negate && !NEGATABLE.includes(operator)) return `'not' only goes before ${NEGATABLE.join(', ')}`;
  if (operator !== 'count') return { operator, negate, value };
  const counted = value.match(SYMBOL);
  const countComparison = (counted ? counted[1] : '==') as Comparison;
  value = (counted ? counted[2] : value).trim();
  return { operator, negate, value, countComparison };
}

/**
 * Parses one line of the assertion grammar shared by health-check `expect` and smoke-test
 * specs. Problems come back as text naming the line and the valid forms, so the adapter can
 * wrap them in a ConfigError pointing at the input or the spec line.
 */
export function parseAssertion(line: string): ParseResult {
  const source = line.trim();
  const fail = (reason: string): ParseResult => ({
    ok: false,
    message: `cannot read assertion '${source}': ${reason}. Valid forms: ${ASSERTION_FORMS.join('; ')}`,
  });
  if (!source) return fail('it is empty');
  const parsed = parseSubject(source);
  if (typeof parsed === 'string') return fail(parsed);
  const op = parseOperator(parsed.subject, parsed.rest);
  if (typeof op === 'string') return fail(op);
  if (!hasPlaceholder(op.value)) {
    const coerced = coerceValue(parsed.subject, op.operator, op.value);
    if (typeof coerced === 'string') return fail(coerced);
  }
  return { ok: true, assertion: { source, subject: parsed.subject, ...op } };
}

/** Parses every line; returns the assertions or one message per bad line (1-based line numbers). */
export function parseAssertions(lines: string[]): {
  assertions: Assertion[];
  problems: { index: number; message: string }[];
} {
  const assertions: Assertion[] = [];
  const problems: { index: number; message: string }[] = [];
  lines.forEach((line, index) => {
    const result = parseAssertion(line);
    if (result.ok) assertions.push(result.assertion);
    else problems.push({ index, message: result.message });
  });
  return { assertions, problems };
}
