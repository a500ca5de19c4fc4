import type { z } from 'zod';
import { issueLine, issuePath, parseYamlSource, type YamlSource } from '../../shared/yaml-source.js';
import { placeholders } from '../assertions/interpolate.js';
import { parseAssertion } from '../assertions/parse.js';
import type { Assertion } from '../assertions/types.js';
import { parseCapture, type CaptureSource } from '../assertions/capture.js';
import { specSchema, type SpecCheck } from './spec-schema.js';

/** A problem in the spec, located at a line of the file so it becomes an annotation. */
export interface SpecProblem {
  message: string;
  line?: number;
}

export interface LoadedCheck extends Omit<SpecCheck, 'expect' | 'capture'> {
  index: number;
  line: number;
  assertions: Assertion[];
  captures: Record<string, CaptureSource>;
  /** Indices of earlier checks whose captures this one uses. */
  dependsOn: number[];
}

export interface LoadedSpec {
  variables: Record<string, string>;
  checks: LoadedCheck[];
}

type Path = (string | number)[];

const KNOWN_KEYS: Record<string, string> = {
  '': 'variables, defaults, checks',
  check:
    'name, method, path, url, headers, body, json, expect, capture, retries, retry-delay, timeout, follow-redirects, insecure',
  defaults: 'headers, timeout, retries',
};

/** A zod issue as `checks[2].retries: ...` located at the offending key's line. */
function describeIssue(issue: z.core.$ZodIssue, source: YamlSource): SpecProblem {
  const { path } = issuePath(issue);
  const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  const prefix = where ? `${where}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const scope = path.length === 0 ? '' : path[0] === 'checks' ? 'check' : String(path[0]);
    const valid = KNOWN_KEYS[scope] ? ` (valid keys: ${KNOWN_KEYS[scope]})` : '';
    return { message: `${prefix}unknown key '${issue.keys.join("', '")}'${valid}`, line: issueLine(source, issue) };
  }
  return { message: `${prefix}${issue.message}`, line: issueLine(source, issue) };
}

/** Every string of a check that is interpolated before its request is sent. */
function templatedTexts(check: SpecCheck): string[] {
  const json = check.json === undefined ? [] : [JSON.stringify(check.json)];
  return [
    check.path ?? '',
    check.url ?? '',
    check.body ?? '',
    ...Object.values(check.headers),
    ...check.expect,
    ...json,
  ];
}

function linkCheck(
  check: SpecCheck,
  index: number,
  at: (path: Path) => number | undefined,
  known: Set<string>,
  capturedBy: Map<string, number>,
  problems: SpecProblem[],
): LoadedCheck {
  const assertions: Assertion[] = [];
  check.expect.forEach((line, i) => {
    const parsed = parseAssertion(line);
    if (parsed.ok) assertions.push(parsed.assertion);
    else
      problems.push({
        message: `check '${check.name}': ${parsed.message}`,
        line: at(['checks', index, 'expect', i]) ?? at(['checks', index, 'expect']),
      });
  });
  // A literal scheme is checked now, so a bad url stops the suite before any check is sent.
  if (check.url !== undefined && !check.url.trimStart().startsWith('{{') && !/^https?:\/\//i.test(check.url.trim()))
    problems.push({
      message: `check '${check.name}': url must be an http:// or https:// URL (or a path joined to base-url), got '${check.url}'`,
      line: at(['checks', index, 'url']) ?? at(['checks', index]),
    });
  const dependsOn = new Set<number>();
  for (const name of templatedTexts(check).flatMap(placeholders)) {
    if (name.startsWith('env.') || known.has(name)) continue;
    const source = capturedBy.get(name);
    if (source !== undefined) dependsOn.add(source);
    else
      problems.push({
        message: `check '${check.name}' uses {{${name}}}, which is neither a variable nor captured by an earlier check`,
        line: at(['checks', index]),
      });
  }
  const captures: Record<string, CaptureSource> = {};
  for (const [name, expression] of Object.entries(check.capture)) {
    const parsed = parseCapture(expression);
    if (typeof parsed === 'string')
      problems.push({ message: `check '${check.name}': ${parsed}`, line: at(['checks', index, 'capture', name]) });
    else captures[name] = parsed;
  }
  const { expect: _expect, capture: _capture, ...rest } = check;
  return { ...rest, index, line: at(['checks', index]) ?? 1, assertions, captures, dependsOn: [...dependsOn] };
}

/**
 * Parses and validates a spec text: YAML syntax, the zod shape, every assertion line, every
 * capture, and every `{{placeholder}}` (a variable, `env.*`, or a capture of an EARLIER check).
 * All problems come back together with their line numbers; nothing is sent until there are none.
 */
export function loadSpec(
  text: string,
  inputVariables: Record<string, string>,
): { spec?: LoadedSpec; problems: SpecProblem[] } {
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length) {
    return { problems: source.syntaxErrors.map((e) => ({ message: `invalid YAML: ${e.message}`, line: e.line })) };
  }
  const at = (path: Path) => source.lineOf(path);
  const parsed = specSchema.safeParse(source.value);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => describeIssue(issue, source)) };
  }
  const spec = parsed.data;
  const variables = { ...spec.variables, ...inputVariables };
  const known = new Set(['base_url', ...Object.keys(variables)]);
  const capturedBy = new Map<string, number>();
  const problems: SpecProblem[] = [];
  // The spec as written (before schema defaults), to tell an explicit `retries` from none.
  const written = (source.value as { checks?: Array<Record<string, unknown>> }).checks ?? [];
  const checks = spec.checks.map((raw, index) => {
    const check = {
      ...raw,
      headers: { ...spec.defaults.headers, ...raw.headers },
      timeout: raw.timeout ?? spec.defaults.timeout,
    };
    if (spec.defaults.retries !== undefined && written[index]?.retries === undefined)
      check.retries = spec.defaults.retries;
    const loaded = linkCheck(check, index, at, known, capturedBy, problems);
    for (const name of Object.keys(loaded.captures)) capturedBy.set(name, index);
    return loaded;
  });
  const names = new Map<string, number>();
  checks.forEach((c) => {
    if (names.has(c.name))
      problems.push({
        message: `check name '${c.name}' is used twice (names identify checks in reports)`,
        line: c.line,
      });
    names.set(c.name, c.index);
  });
  return problems.length ? { problems } : { spec: { variables, checks }, problems };
}
