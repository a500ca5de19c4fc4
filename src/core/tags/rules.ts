import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { splitList } from '../../shared/inputs.js';
import { CONTEXT_NAMES, SEMVER_NAMES, expressionProblems } from './expressions.js';

export const RULE_TYPES = ['semver', 'ref', 'sha', 'raw', 'match', 'schedule', 'edge'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** One parsed `type=...,attr=value` line of the `tags` input. */
export interface TagRule {
  type: RuleType;
  /** The line as written, for messages and the summary. */
  text: string;
  attrs: Record<string, string>;
  enable: string;
  priority: number;
}

/** metadata-action's default priorities: the highest-priority tag is the "main" one. */
export const DEFAULT_PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

const COMMON = ['enable', 'priority', 'prefix', 'suffix'];
const ATTRIBUTES: Record<RuleType, string[]> = {
  semver: ['pattern', 'value'],
  match: ['pattern', 'group', 'value'],
  ref: ['event'],
  sha: ['format'],
  raw: ['value'],
  schedule: ['pattern'],
  edge: ['branch'],
};

/**
 * Rules used when none are given. Unlike metadata-action (whose defaults tag `v1.2.3` as is and
 * nothing on workflow_dispatch), a release gets its normalized version (from the tag or the
 * version input) and every build gets an immutable sha tag, so no event ends without a tag.
 */
export const DEFAULT_RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=sha',
];

/**
 * Splits a rule line into CSV fields the way metadata-action's CSV parser does: a field wrapped
 * in double quotes may hold commas (`"value=a,b"`, `""` for a quote); an unquoted field may also
 * quote just its value (`value="a,b"`).
 */
function csvFields(line: string): string[] | undefined {
  const fields: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|((?:[^,"]+|"[^"]*")*))\s*(?:,|$)/y;
  while (pattern.lastIndex < line.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(line);
    if (!match || pattern.lastIndex === start) return undefined;
    fields.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]);
  }
  return fields.map((field) => field.trim()).filter((field) => field !== '');
}

/**
 * A rule line as key/value pairs. A field without `=` is the value (metadata-action's shorthand:
 * `type=raw,foo` or a bare `foo` line are both the raw tag `foo`).
 */
export function splitAttributes(line: string): { pairs: [string, string][]; problem?: string } {
  const fields = csvFields(line);
  if (!fields) return { pairs: [], problem: 'has an unclosed double quote' };
  const pairs: [string, string][] = fields.map((field) => {
    const at = field.indexOf('=');
    if (at <= 0) return ['value', field.replace(/^"(.*)"$/, '$1')];
    const value = field.slice(at + 1).trim();
    return [field.slice(0, at).trim().toLowerCase(), value.replace(/^"(.*)"$/, '$1')];
  });
  return { pairs };
}

function checkRule(type: RuleType, attrs: Record<string, string>): string[] {
  const problems: string[] = [];
  const known = [...COMMON, 'type', ...ATTRIBUTES[type]];
  for (const key of Object.keys(attrs))
    if (!known.includes(key))
      problems.push(
        `unknown attribute '${key}' for type=${type}; valid: ${known.filter((k) => k !== 'type').join(', ')}`,
      );
  if ((type === 'semver' || type === 'match') && !attrs.pattern)
    problems.push(
      `type=${type} needs pattern=, for example ${type === 'semver' ? 'pattern={{version}}' : 'pattern=v(\\d+\\.\\d+)'}`,
    );
  if (type === 'raw' && attrs.value === undefined) problems.push('type=raw needs value=, for example value=stable');
  if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
    problems.push(`type=ref needs event=branch, event=tag or event=pr, got '${attrs.event ?? ''}'`);
  if (type === 'sha' && attrs.format !== undefined && !['short', 'long'].includes(attrs.format))
    problems.push(`format must be short or long, got '${attrs.format}'`);
  if (attrs.priority !== undefined && !/^\d+$/.test(attrs.priority))
    problems.push(`priority must be a whole number, got '${attrs.priority}'`);
  if (attrs.group !== undefined && !/^\d+$/.test(attrs.group))
    problems.push(`group must be a capture group number, got '${attrs.group}'`);
  if (type === 'semver' && attrs.pattern && !SEMVER_NAMES.some((n) => attrs.pattern.includes(`{{${n}}}`)))
    problems.push('a semver pattern needs {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}}');
  if (type === 'match' && attrs.pattern) {
    try {
      new RegExp(attrs.pattern);
    } catch (error) {
      problems.push(`pattern is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'pattern' && type === 'match') continue;
    const allowed = key === 'pattern' && type === 'semver' ? [...CONTEXT_NAMES, ...SEMVER_NAMES] : CONTEXT_NAMES;
    problems.push(...expressionProblems(value, allowed).map((p) => `${key}: ${p}`));
  }
  return problems;
}

/** Parses one rule line; returns the rule or the problems found in it. */
export function parseRule(line: string): TagRule | string[] {
  const { pairs, problem } = splitAttributes(line);
  if (problem) return [`${problem}; a rule looks like type=semver,pattern={{version}}`];
  const attrs = Object.fromEntries(pairs);
  attrs.type ??= 'raw'; // metadata-action: a rule without a type is a raw value
  const type = attrs.type as RuleType;
  if (!RULE_TYPES.includes(type)) return [`type must be one of ${RULE_TYPES.join(', ')}, got '${attrs.type ?? ''}'`];
  const problems = checkRule(type, attrs);
  if (problems.length) return problems;
  const priority = attrs.priority !== undefined ? Number(attrs.priority) : DEFAULT_PRIORITY[type];
  return { type, text: line, attrs, enable: attrs.enable ?? 'true', priority };
}

/** Parses the `tags` input (one rule per line); every problem of every line in one ConfigError. */
export function parseRules(raw: string, input = 'tags'): TagRule[] {
  const lines = splitList(raw, true);
  const rules: TagRule[] = [];
  const problems: InputProblem[] = [];
  for (const line of lines.length ? lines : DEFAULT_RULES) {
    const parsed = parseRule(line);
    if (Array.isArray(parsed))
      problems.push(...parsed.map((message) => ({ input, message: `rule '${line}': ${message}` })));
    else rules.push(parsed);
  }
  if (problems.length) throw new ConfigError(problems);
  return rules;
}
