import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { credentialValues } from './credentials.js';
import { parseDuration } from './duration.js';
import { urlSecrets } from './url-secrets.js';

/**
 * Coercers turn one raw action input (always a string on the runner) into a typed value.
 * Each schema field carries metadata: the default exactly as written in action.yml (a contract
 * test keeps them equal) and whether the value is a secret to mask the moment it is read.
 */
export interface InputMeta {
  inputDefault?: string;
  required?: boolean;
  secret?: SecretKind;
}

/**
 * How much of a secret input to mask. 'value': the whole value and each of its lines (tokens,
 * passwords, URLs, kubeconfig content, whose credential fields the kube client masks itself).
 * 'pair-values': also the value part of every `name: value` line (headers), because masking
 * every value of every secret would hide harmless words such as `default` or `v1` in all logs.
 * 'url': only the credentials inside URLs (password, token-like query values), so hosts stay readable.
 * 'credentials': only the credential fields of a config such as a kubeconfig (tokens, keys,
 * passwords, exec env values), never its ordinary words (`cluster:`, `kind: Config`, `default`).
 */
export type SecretKind = 'value' | 'pair-values' | 'url' | 'credentials';

type Coerce<T> = (raw: string) => { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const bad = (message: string) => ({ ok: false as const, message });

function field<T>(coerce: Coerce<T>, meta: InputMeta): z.ZodType<T, string> {
  const schema = z.string().transform((raw, ctx) => {
    const given = raw.trim() === '' ? meta.inputDefault : raw;
    if (given === undefined) {
      if (meta.required) ctx.addIssue({ code: 'custom', message: 'is required' });
      return undefined as T;
    }
    const result = coerce(given);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });
  return schema.meta({ ...meta }) as unknown as z.ZodType<T, string>;
}

export interface FieldOptions {
  default?: string;
  required?: boolean;
  /** true: the kind the coercer implies; or a SecretKind saying how much to mask. */
  secret?: boolean | SecretKind;
}

const metaOf = (o: FieldOptions = {}, secretKind: SecretKind = 'value'): InputMeta => ({
  inputDefault: o.default,
  required: o.required,
  secret: typeof o.secret === 'string' ? o.secret : o.secret ? secretKind : undefined,
});
type Maybe<T, O extends FieldOptions> = O extends { default: string } | { required: true } ? T : T | undefined;

export function text<O extends FieldOptions>(o?: O) {
  return field<Maybe<string, O>>((raw) => ok(raw.trim() as Maybe<string, O>), metaOf(o));
}

/** Strict booleans like core.getBooleanInput: true/false in any of its three casings. */
export function bool<O extends FieldOptions>(o?: O) {
  return field<Maybe<boolean, O>>((raw) => {
    const value = raw.trim();
    if (['true', 'True', 'TRUE'].includes(value)) return ok(true as Maybe<boolean, O>);
    if (['false', 'False', 'FALSE'].includes(value)) return ok(false as Maybe<boolean, O>);
    return bad(`must be true or false, got '${value}'`);
  }, metaOf(o));
}

/** Splits newline-separated (and, unless `newlineOnly`, comma-separated) items; drops blanks and # comments. */
export function splitList(raw: string, newlineOnly = false): string[] {
  return raw
    .split(newlineOnly ? /\r?\n/ : /\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item && !item.startsWith('#'));
}

export function list<O extends FieldOptions & { newlineOnly?: boolean }>(o?: O) {
  return field<Maybe<string[], O>>((raw) => ok(splitList(raw, o?.newlineOnly) as Maybe<string[], O>), metaOf(o));
}

/** Durations such as 250ms, 30s, 5m, 1h30m (bare numbers are seconds); result in milliseconds. */
export function duration<O extends FieldOptions & { min?: number; max?: number }>(o?: O) {
  return field<Maybe<number, O>>((raw) => {
    const ms = parseDuration(raw);
    if (ms === undefined) return bad(`must be a duration such as 500ms, 30s, 5m or 1h30m, got '${raw.trim()}'`);
    if (o?.min !== undefined && ms < o.min) return bad(`must be at least ${o.min}ms, got '${raw.trim()}'`);
    if (o?.max !== undefined && ms > o.max) return bad(`must be at most ${o.max}ms, got '${raw.trim()}'`);
    return ok(ms as Maybe<number, O>);
  }, metaOf(o));
}

export function number<O extends FieldOptions & { min?: number; max?: number; integer?: boolean }>(o?: O) {
  return field<Maybe<number, O>>((raw) => {
    const value = raw.trim();
    const parsed = Number(value);
    const kind = o?.integer ? 'a whole number' : 'a number';
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(parsed)) return bad(`must be ${kind}, got '${value}'`);
    if (o?.integer && !Number.isInteger(parsed)) return bad(`must be ${kind}, got '${value}'`);
    if (o?.min !== undefined && parsed < o.min) return bad(`must be ${kind} >= ${o.min}, got ${value}`);
    if (o?.max !== undefined && parsed > o.max) return bad(`must be ${kind} <= ${o.max}, got ${value}`);
    return ok(parsed as Maybe<number, O>);
  }, metaOf(o));
}

export function oneOf<const V extends readonly string[], O extends FieldOptions>(values: V, o?: O) {
  return field<Maybe<V[number], O>>((raw) => {
    const value = raw.trim();
    if ((values as readonly string[]).includes(value)) return ok(value as Maybe<V[number], O>);
    return bad(`must be one of ${values.join(', ')}, got '${value}'`);
  }, metaOf(o));
}

export function checkUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
    return `must be an http:// or https:// URL, got '${value}'`;
  } catch {
    return `must be an absolute URL such as https://example.com/healthz, got '${value}'`;
  }
}

/** One or more http(s) URLs, one per line. */
export function urls<O extends FieldOptions>(o?: O) {
  return field<Maybe<string[], O>>(
    (raw) => {
      const items = splitList(raw, true);
      if (items.length === 0) return bad('needs at least one URL');
      for (const item of items) {
        const problem = checkUrl(item);
        if (problem) return bad(problem);
      }
      return ok(items as Maybe<string[], O>);
    },
    metaOf({ secret: 'url', ...o }, 'url'),
  );
}

/** An HTTP header the HTTP library would refuse (or that would split the request), said in words. */
function headerProblem(name: string, value: string): string | undefined {
  if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name)) return `'${name}' is not a valid header name (letters, digits and - only)`;
  if (/[\r\0]/.test(value)) return `the value of '${name}' contains a CR or NUL character; one header value per line`;
  return undefined;
}

/**
 * Lines of `key<sep>value` (headers use ':', images and variables use '='). Keys keep their case.
 */
export function parsePairs(raw: string, separator: ':' | '='): { pairs: [string, string][]; problem?: string } {
  const pairs: [string, string][] = [];
  for (const line of splitList(raw, true)) {
    const at = line.indexOf(separator);
    if (at <= 0)
      return {
        pairs,
        problem: `each line must look like 'name${separator === ':' ? ': ' : '='}value', got '${line.length > 40 ? `${line.slice(0, 40)}...` : line}'`,
      };
    const [name, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    const problem = separator === ':' ? headerProblem(name, value) : undefined;
    if (problem) return { pairs, problem };
    pairs.push([name, value]);
  }
  return { pairs };
}

export function pairs<O extends FieldOptions & { separator: ':' | '=' }>(o: O) {
  return field<Maybe<[string, string][], O>>(
    (raw) => {
      const parsed = parsePairs(raw, o.separator);
      return parsed.problem ? bad(parsed.problem) : ok(parsed.pairs as Maybe<[string, string][], O>);
    },
    metaOf(o, 'pair-values'),
  );
}

/** A YAML (and so JSON) mapping. */
export function yamlObject<O extends FieldOptions>(o?: O) {
  return field<Maybe<Record<string, unknown>, O>>((raw) => {
    try {
      const value = parseYaml(raw);
      if (value && typeof value === 'object' && !Array.isArray(value))
        return ok(value as Maybe<Record<string, unknown>, O>);
      return bad('must be a YAML or JSON mapping (key: value lines or {"key": "value"})');
    } catch (error) {
      return bad(`is not valid YAML/JSON: ${(error as Error).message.split('\n')[0]}`);
    }
  }, metaOf(o));
}

/** The parts of a secret raw value the host could print alone: the value, its lines and, for pairs, each value. */
export function secretParts(raw: string, kind: SecretKind = 'value'): string[] {
  if (kind === 'url') return splitList(raw, true).flatMap(urlSecrets);
  if (kind === 'credentials') return credentialValues(raw);
  const parts = new Set<string>();
  if (raw.trim()) parts.add(raw.trim());
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    parts.add(trimmed);
    if (kind !== 'pair-values') continue;
    const at = trimmed.search(/[:=]/);
    if (at > 0) {
      const value = trimmed.slice(at + 1).trim();
      if (value) parts.add(value);
      const bearer = value.match(/^(?:Bearer|Basic|token)\s+(.+)$/i);
      if (bearer) parts.add(bearer[1]);
    }
  }
  return [...parts].filter((p) => p.length >= 3);
}

export function inputMeta(schema: z.ZodType): InputMeta {
  return (schema.meta() ?? {}) as InputMeta;
}

/** A token input left at its action.yml default outside a runner is the literal expression: no token. */
export const usableToken = (token: string | undefined): string | undefined =>
  token && !token.startsWith('${{') ? token : undefined;
