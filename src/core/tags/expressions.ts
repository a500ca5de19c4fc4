/**
 * The `{{...}}` expressions of tag rules, as docker/metadata-action users write them:
 * {{branch}} {{tag}} {{sha}} {{base_ref}} {{is_default_branch}} {{is_not_default_branch}}
 * {{date 'YYYYMMDD'}}, plus {{version}} {{major}} {{minor}} {{patch}} {{raw}} in semver patterns.
 */
export type ExpressionValues = Record<string, string>;

const EXPRESSION = /\{\{\s*([a-z_]+)(?:\s+'([^']*)')?\s*\}\}/g;
const ANY_EXPRESSION = /\{\{([^}]*)\}\}/g;

/** Names every rule may use; semver patterns add the version parts. */
export const CONTEXT_NAMES = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch', 'date'];
export const SEMVER_NAMES = ['version', 'major', 'minor', 'patch', 'raw'];

/** Formats a date with YYYY YY MM DD HH mm ss SSS tokens, in UTC so a build is reproducible. */
export function formatDate(date: Date, format: string): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const tokens: Record<string, string> = {
    YYYY: String(date.getUTCFullYear()),
    YY: pad(date.getUTCFullYear() % 100),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
    SSS: pad(date.getUTCMilliseconds(), 3),
  };
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss|SSS/g, (token) => tokens[token]);
}

/** Problems with the expressions in a text: unknown names or malformed braces. */
export function expressionProblems(text: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const found of text.matchAll(ANY_EXPRESSION)) {
    const parsed = /^\s*([a-z_]+)(?:\s+'([^']*)')?\s*$/.exec(found[1]);
    if (!parsed) problems.push(`'${found[0]}' is not an expression; write {{name}} or {{date 'YYYYMMDD'}}`);
    else if (!allowed.includes(parsed[1]))
      problems.push(`unknown expression {{${parsed[1]}}}; valid here: ${allowed.map((n) => `{{${n}}}`).join(' ')}`);
    else if (parsed[1] === 'date' && parsed[2] === undefined)
      problems.push("{{date}} needs a format, for example {{date 'YYYYMMDD'}}");
  }
  return problems;
}

/** Replaces every expression; names were validated when the rules were parsed. */
export function evaluate(text: string, values: ExpressionValues, now: Date): string {
  return text.replace(EXPRESSION, (_all, name: string, argument?: string) =>
    name === 'date' ? formatDate(now, argument ?? 'YYYYMMDD') : (values[name] ?? ''),
  );
}
