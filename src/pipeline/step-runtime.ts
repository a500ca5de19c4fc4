import type { Annotation, Runtime } from '../runtime/runtime.js';
import type { SecretMask } from '../runtime/masking.js';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

export interface StepCapture {
  outputs: Record<string, string>;
  summary: string;
  failures: string[];
  warnings: string[];
}

export interface StepRuntimeOptions {
  inputs: Record<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  tempDir: string;
  /** Shared by every step: a secret one step masks stays masked in every later line. */
  mask: SecretMask;
  log(level: LogLevel, message: string): void;
}

/**
 * The Runtime a pipeline step runs with: inputs from the config (the same strings a workflow
 * passes with `with:`), outputs captured for the next steps, every line masked before it leaves.
 */
export function createStepRuntime(options: StepRuntimeOptions): Runtime & { capture: StepCapture } {
  const capture: StepCapture = { outputs: {}, summary: '', failures: [], warnings: [] };
  const emit = (level: LogLevel, message: string, annotation?: Annotation) => {
    const where = annotation?.file
      ? ` (${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ''})`
      : '';
    const text = options.mask.apply(`${message}${where}`);
    if (level === 'warning') capture.warnings.push(text);
    options.log(level, text);
  };
  return {
    kind: 'cli',
    capture,
    input: (name) => options.inputs[name] ?? '',
    output: (name, value) => {
      capture.outputs[name] = value;
    },
    secret: (value) => options.mask.add(value),
    debug: (message) => emit('debug', message),
    info: (message) => emit('info', message),
    warning: (message, annotation) => emit('warning', message, annotation),
    error: (message, annotation) => emit('error', message, annotation),
    group: async (title, fn) => {
      emit('info', `-- ${title}`);
      return fn();
    },
    summary: async (markdown) => {
      capture.summary += options.mask.apply(markdown);
    },
    fail: (message) => {
      capture.failures.push(options.mask.apply(message));
    },
    env: options.env,
    cwd: options.cwd,
    tempDir: options.tempDir,
  };
}
