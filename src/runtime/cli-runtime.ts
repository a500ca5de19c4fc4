import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Annotation, Runtime } from './runtime.js';
import { SecretMask, escapeWorkflowCommands } from './masking.js';

export interface CliRuntimeOptions {
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Where summaries go; without it they are not written. */
  summaryFile?: string;
  /** Output sink; defaults to stdout lines `name=value`. */
  onOutput?: (name: string, value: string) => void;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  verbose?: boolean;
}

function where(annotation?: Annotation): string {
  if (!annotation?.file) return '';
  return ` (${annotation.file}${annotation.startLine ? `:${annotation.startLine}` : ''})`;
}

/** The Runtime of `deploy-kit <command>`: flags are inputs, logs go to the terminal, secrets masked. */
export function createCliRuntime(options: CliRuntimeOptions): Runtime & { readonly failures: string[] } {
  const mask = new SecretMask();
  const env = options.env ?? process.env;
  const out = options.stdout ?? process.stdout;
  const err = options.stderr ?? process.stderr;
  const failures: string[] = [];
  // The CLI may run inside a workflow step, whose stdout and stderr the runner parses for commands.
  const write = (stream: NodeJS.WritableStream, text: string) =>
    stream.write(`${escapeWorkflowCommands(mask.apply(text))}\n`);
  return {
    kind: 'cli',
    failures,
    input: (name) => options.inputs[name] ?? '',
    output: (name, value) => (options.onOutput ? options.onOutput(name, value) : write(out, `${name}=${value}`)),
    secret: (value) => mask.add(value),
    debug: (message) => {
      if (options.verbose || env.RUNNER_DEBUG === '1') write(err, `debug: ${message}`);
    },
    info: (message) => write(err, message),
    warning: (message, annotation) => write(err, `warning${where(annotation)}: ${message}`),
    error: (message, annotation) => write(err, `error${where(annotation)}: ${message}`),
    group: async (title, fn) => {
      write(err, `== ${title}`);
      return fn();
    },
    summary: async (markdown) => {
      if (options.summaryFile) await appendFile(options.summaryFile, mask.apply(markdown));
    },
    fail: (message) => {
      failures.push(message);
      write(err, `error: ${message}`);
    },
    env,
    cwd: process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
  };
}
