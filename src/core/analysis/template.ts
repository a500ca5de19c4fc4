import type { InputProblem } from '../../shared/errors.js';
import type { MetricSpec, ResolvedMetric, TemplateVars } from './types.js';

/** The variables a query, URL or selector may use; each is filled from the action input of the same name. */
export const TEMPLATE_VARIABLES = ['version', 'namespace', 'workload', 'canary'] as const;
type Variable = (typeof TEMPLATE_VARIABLES)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const templatedFields = (metric: MetricSpec): string[] =>
  [metric.query, metric.jsonPath, metric.selector].filter((t): t is string => t !== undefined);

/**
 * Every variable problem of every metric, found before any query runs: an unknown name (typo)
 * or a known one whose input is empty would otherwise reach the server as literal text.
 */
export function templateProblems(metrics: readonly MetricSpec[], sides: readonly TemplateVars[]): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const metric of metrics) {
    for (const text of templatedFields(metric)) {
      for (const [, name] of text.matchAll(PLACEHOLDER)) {
        if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
          problems.push({
            input: 'metrics',
            message: `metric '${metric.name}' uses unknown template variable {{${name}}} (variables: ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')})`,
          });
        } else if (sides.some((vars) => !vars[name as Variable])) {
          problems.push({
            input: name,
            message: `is empty but metric '${metric.name}' uses {{${name}}}; set it (e.g. from the deploy step's outputs)`,
          });
        }
      }
    }
  }
  return problems;
}

/** Fills the placeholders; templateProblems() has already rejected unknown and empty variables. */
export function renderTemplate(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => vars[name as Variable] ?? whole);
}

export function resolveMetric(metric: MetricSpec, vars: TemplateVars): ResolvedMetric {
  const fill = (text: string | undefined) => (text === undefined ? undefined : renderTemplate(text, vars));
  return {
    ...metric,
    query: renderTemplate(metric.query, vars),
    jsonPath: fill(metric.jsonPath),
    selector: fill(metric.selector),
    vars,
  };
}
