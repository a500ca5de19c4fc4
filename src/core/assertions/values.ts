import { parseDuration } from '../../shared/duration.js';
import type { Operator, Subject } from './types.js';

/** Typed forms an assertion value takes once placeholders are filled in. */
export type Expected =
  | { kind: 'number'; value: number }
  | { kind: 'status-set'; tokens: string[] }
  | { kind: 'regex'; value: RegExp }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'type'; value: string }
  | { kind: 'none' };

export const JSON_TYPES = ['string', 'number', 'boolean', 'array', 'object', 'null'];
const STATUS_TOKEN = /^(?:[1-5]\d\d|[1-5]xx|[1-5]\d\d\.\.[1-5]\d\d)$/i;

type Coerced = Expected | string;

function regex(raw: string): Coerced {
  const slashed = raw.match(/^\/(.*)\/([a-z]*)$/s);
  try {
    return { kind: 'regex', value: slashed ? new RegExp(slashed[1], slashed[2]) : new RegExp(raw) };
  } catch (error) {
    return `invalid regular expression ${raw}: ${(error as Error).message}`;
  }
}

function statusTokens(raw: string, list: boolean): Coerced {
  const inner = list ? raw.replace(/^\[(.*)\]$/s, '$1') : raw;
  if (list && inner === raw && !STATUS_TOKEN.test(raw))
    return `expected a list like [200, 204] or [2xx, 301], got '${raw}'`;
  const tokens = inner
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const badToken = tokens.find((t) => !STATUS_TOKEN.test(t));
  if (tokens.length === 0 || badToken !== undefined) {
    return `'${badToken ?? raw}' is not a status: use a code (200), a class (2xx) or a range (200..299)`;
  }
  return { kind: 'status-set', tokens: tokens.map((t) => t.toLowerCase()) };
}

function numeric(raw: string, what: string): Coerced {
  return /^-?\d+(\.\d+)?$/.test(raw)
    ? { kind: 'number', value: Number(raw) }
    : `${what} must be a number, got '${raw}'`;
}

function jsonish(raw: string): Expected {
  try {
    return { kind: 'json', value: JSON.parse(raw) };
  } catch {
    return { kind: 'text', value: raw.replace(/^'(.*)'$/s, '$1') };
  }
}

/**
 * Turns the raw value text into the typed value the operator needs, or a message saying what a
 * valid one looks like. Used at parse time (no placeholders) and again after interpolation.
 */
export function coerceValue(subject: Subject, operator: Operator, raw: string): Coerced {
  if (operator === 'exists') return raw ? `'exists' takes no value, got '${raw}'` : { kind: 'none' };
  if (!raw) return `operator '${operator}' needs a value`;
  if (operator === 'matches') return regex(raw);
  if (operator === 'type')
    return JSON_TYPES.includes(raw)
      ? { kind: 'type', value: raw }
      : `type must be one of ${JSON_TYPES.join(', ')}, got '${raw}'`;
  if (operator === 'count')
    return /^\d+$/.test(raw) ? { kind: 'number', value: Number(raw) } : `count needs a whole number, got '${raw}'`;
  switch (subject.kind) {
    case 'status':
      if (operator === 'in') return statusTokens(raw, true);
      if (operator === 'is') return statusTokens(raw, false);
      return /^\d{3}$/.test(raw)
        ? { kind: 'number', value: Number(raw) }
        : `status must be a 3-digit code, got '${raw}'`;
    case 'duration': {
      const ms = /\d(ms|s|m|h)$/.test(raw) ? parseDuration(raw) : undefined;
      return ms === undefined
        ? `duration needs a unit, such as 300ms or 2s, got '${raw}'`
        : { kind: 'number', value: ms };
    }
    case 'tls-days':
      return numeric(raw, 'tls.days_remaining');
    case 'jsonpath':
      if (['<', '<=', '>', '>='].includes(operator)) return numeric(raw, `${subject.path.source} ${operator}`);
      if (operator === 'in') {
        const list = jsonish(raw);
        return list.kind === 'json' && Array.isArray(list.value)
          ? list
          : `'in' needs a JSON list such as ["a", "b"], got '${raw}'`;
      }
      return operator === 'contains' ? { kind: 'text', value: raw.replace(/^"(.*)"$/s, '$1') } : jsonish(raw);
    default:
      return { kind: 'text', value: raw.replace(/^"(.*)"$/s, '$1') };
  }
}
