import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { issueLine, parseYamlSource } from '../shared/yaml-source.js';
import { ConfigError, type InputProblem } from '../shared/errors.js';
import { readTextFile } from '../shared/files.js';

/** Inputs of one step exactly as a workflow's `with:` gives them: name -> string. */
export type StepInputs = Record<string, string>;

/**
 * deploy-kit.yml: the same chain as the reusable deploy workflow. Each step section holds that
 * action's inputs by their action.yml names, so a config line and a `with:` line are the same thing.
 */
export interface PipelineConfig {
  /** Shown in the report and passed to deploy's `version` input when that is not set. */
  version?: string;
  environment: string;
  build?: StepInputs;
  deploy: StepInputs;
  verify: { 'health-check'?: StepInputs; 'smoke-test'?: StepInputs; 'perf-gate'?: StepInputs };
  'quality-score'?: StepInputs;
  rollback: StepInputs;
  notify?: StepInputs;
  /** Directory relative paths in inputs are resolved against (the config file's folder). */
  baseDir: string;
}

const scalar = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])), z.null()]);
const inputsSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'input names are kebab-case action inputs'), scalar)
  .optional();
const schema = z.strictObject({
  version: z.union([z.string(), z.number()]).optional(),
  environment: z.string().default('production'),
  build: inputsSchema,
  deploy: z.record(z.string(), scalar),
  verify: z
    .strictObject({ 'health-check': inputsSchema, 'smoke-test': inputsSchema, 'perf-gate': inputsSchema })
    .optional(),
  'quality-score': inputsSchema,
  rollback: inputsSchema,
  notify: inputsSchema,
});

/** `${NAME}` is replaced from the environment, so secrets stay out of the file. */
export function expandEnv(
  value: string,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    if (env[name] === undefined) problems.push(name);
    return env[name] ?? '';
  });
}

function toInputs(
  raw: Record<string, z.infer<typeof scalar>> | undefined,
  env: Readonly<Record<string, string | undefined>>,
  missing: string[],
): StepInputs | undefined {
  if (!raw) return undefined;
  const out: StepInputs = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) continue;
    const text = Array.isArray(value) ? value.join('\n') : String(value);
    out[key] = expandEnv(text, env, missing);
  }
  return out;
}

/** Parses and validates a config document; every problem is reported with its line. */
export function parseConfig(
  text: string,
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): PipelineConfig {
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length) {
    throw new ConfigError(
      source.syntaxErrors.map((e) => ({ input: 'config', message: e.message, file, line: e.line })),
    );
  }
  const parsed = schema.safeParse(source.value);
  if (!parsed.success) {
    const problems: InputProblem[] = parsed.error.issues.map((issue) => ({
      input: 'config',
      message: `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
      file,
      line: issueLine(source, issue),
    }));
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  const missing: string[] = [];
  const config: PipelineConfig = {
    version: c.version === undefined ? undefined : String(c.version),
    environment: c.environment,
    build: toInputs(c.build, env, missing),
    deploy: toInputs(c.deploy, env, missing)!,
    verify: {
      'health-check': toInputs(c.verify?.['health-check'], env, missing),
      'smoke-test': toInputs(c.verify?.['smoke-test'], env, missing),
      'perf-gate': toInputs(c.verify?.['perf-gate'], env, missing),
    },
    'quality-score': toInputs(c['quality-score'], env, missing),
    rollback: toInputs(c.rollback, env, missing) ?? {},
    notify: toInputs(c.notify, env, missing),
    baseDir: dirname(resolve(file)),
  };
  if (missing.length)
    throw ConfigError.single(
      'config',
      `uses \${${[...new Set(missing)].join('}, ${')}} but the environment does not set it`,
      { file },
    );
  return config;
}

export async function loadConfig(
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<PipelineConfig> {
  const text = await readTextFile(file, (reason) => ConfigError.single('config', `'${file}' ${reason}`));
  return parseConfig(text, file, env);
}
