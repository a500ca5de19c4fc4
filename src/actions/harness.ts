import { z } from 'zod';
import type { Runtime } from '../runtime/runtime.js';
import { ConfigError, describeError, type InputProblem } from '../shared/errors.js';
import { inputMeta, secretParts } from '../shared/inputs.js';
import { capSummary } from '../shared/markdown.js';

export type InputShape = Record<string, z.ZodType<unknown, string>>;
export type Inputs<S extends InputShape> = { [K in keyof S]: z.output<S[K]> };

/** Everything an action is, apart from the host: the adapter pattern in one place. */
export interface ActionDefinition<S extends InputShape, R> {
  /** The folder name under actions/, used in failure messages: `deploy-kit/<name>: ...`. */
  name: string;
  inputs: S;
  execute(inputs: Inputs<S>, runtime: Runtime): Promise<R>;
  outputs(result: R): Record<string, string | number | boolean>;
  summary?(result: R): string;
  /** Undefined when the result is a success; otherwise the one-line reason the step fails. */
  failure(result: R): string | undefined;
}

export type ActionOutcome = 'passed' | 'failed' | 'config-error' | 'error';

/** Errors may carry what was done before they struck so outputs and the summary still tell it. */
export interface PartialResultCarrier<R> {
  partialResult?: R;
}

/** Reads every declared input, masks secrets first, validates all of them and reports every problem at once. */
export function parseInputs<S extends InputShape>(shape: S, runtime: Runtime): Inputs<S> {
  const raw: Record<string, string> = {};
  for (const [name, schema] of Object.entries(shape)) {
    raw[name] = runtime.input(name);
    const secret = inputMeta(schema).secret;
    if (secret) secretParts(raw[name], secret).forEach((part) => runtime.secret(part));
  }
  const parsed = z.object(shape).safeParse(raw);
  if (parsed.success) return parsed.data as Inputs<S>;
  const problems: InputProblem[] = parsed.error.issues.map((issue) => ({
    input: String(issue.path[0] ?? '?'),
    message: issue.message,
  }));
  throw new ConfigError(problems);
}

async function publish<R>(definition: ActionDefinition<InputShape, R>, result: R, runtime: Runtime): Promise<void> {
  for (const [name, value] of Object.entries(definition.outputs(result))) runtime.output(name, String(value));
  if (!definition.summary) return;
  try {
    await runtime.summary(capSummary(definition.summary(result)));
  } catch (error) {
    runtime.warning(`could not write the job summary: ${describeError(error)}`);
  }
}

/** The one catch at the adapter boundary: every failure becomes `deploy-kit/<action>: <message>`. */
export async function runAction<S extends InputShape, R>(
  definition: ActionDefinition<S, R>,
  runtime: Runtime,
): Promise<ActionOutcome> {
  const prefix = `deploy-kit/${definition.name}`;
  const def = definition as unknown as ActionDefinition<InputShape, R>;
  try {
    const inputs = parseInputs(definition.inputs, runtime);
    const result = await definition.execute(inputs, runtime);
    await publish(def, result, runtime);
    const failure = definition.failure(result);
    if (failure === undefined) return 'passed';
    runtime.fail(`${prefix}: ${failure}`);
    return 'failed';
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) {
        if (p.file) runtime.error(`input '${p.input}': ${p.message}`, { file: p.file, startLine: p.line });
      }
      runtime.fail(`${prefix}: ${error.message}`);
      return 'config-error';
    }
    const partial = (error as PartialResultCarrier<R> | undefined)?.partialResult;
    if (partial !== undefined) await publish(def, partial, runtime).catch(() => undefined);
    runtime.fail(`${prefix}: ${describeError(error)}`);
    return 'error';
  }
}
