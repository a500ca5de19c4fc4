import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

type ExpressionData = data.ExpressionData;

/** How the job (or composite action) stands when a condition is evaluated: the runner's status functions read it. */
export type RunStatus = 'success' | 'failure' | 'cancelled';

export type Contexts = Record<string, unknown>;

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'] as const;

/** The runner's rule: a step or job `if` without a status function is implicitly `success() && (...)`. */
export function withImplicitSuccess(condition: string | boolean | undefined): string {
  if (condition === undefined || condition === '') return 'success()';
  const text = String(condition).replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  return /\b(success|failure|cancelled|always)\s*\(/.test(text) ? text : `success() && (${text})`;
}

function statusFunctions(status: RunStatus, extra: Record<string, () => boolean>) {
  const results: Record<string, () => boolean> = {
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled',
    always: () => true,
    ...extra,
  };
  return new Map(
    Object.entries(results).map(([name, fn]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(fn()) },
    ]),
  );
}

/**
 * Evaluates one expression with GitHub's own lexer, parser and evaluator (@actions/expressions),
 * over plain JSON contexts; the status functions answer from `status`.
 */
export function evaluate(
  expression: string,
  contexts: Contexts,
  status: RunStatus = 'success',
  extraFunctions: Record<string, () => boolean> = {},
): ExpressionData {
  const lexed = new Lexer(expression).lex();
  const functions = [...STATUS_FUNCTIONS, ...Object.keys(extraFunctions)].map((name) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
  }));
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), functions).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, context, statusFunctions(status, extraFunctions)).evaluate();
}

/** GitHub's truthiness: false, 0, '', null are false; everything else (objects, arrays too) true. */
export function truthy(value: ExpressionData): boolean {
  if (value instanceof data.BooleanData) return value.value;
  if (value instanceof data.NumberData) return value.value !== 0 && !Number.isNaN(value.value);
  if (value instanceof data.StringData) return value.value !== '';
  return !(value instanceof data.Null);
}

export function condition(text: string | boolean | undefined, contexts: Contexts, status: RunStatus): boolean {
  return truthy(evaluate(withImplicitSuccess(text), contexts, status));
}

const asString = (value: ExpressionData): string =>
  value instanceof data.Null ? '' : (value as ExpressionData & { coerceString(): string }).coerceString();

/** Replaces every `${{ expr }}` in a value, as the runner does for `with:`, `env:` and outputs. */
export function interpolate(template: unknown, contexts: Contexts, status: RunStatus = 'success'): string {
  if (typeof template === 'boolean' || typeof template === 'number') return String(template);
  if (typeof template !== 'string') return template === undefined || template === null ? '' : JSON.stringify(template);
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expression: string) =>
    asString(evaluate(expression, contexts, status)),
  );
}
