import { tmpdir } from 'node:os';
import type { Annotation, Runtime } from './runtime.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  annotation?: Annotation;
}

export interface MemoryRuntime extends Runtime {
  readonly outputs: Record<string, string>;
  readonly logs: LogEntry[];
  readonly secrets: string[];
  readonly failures: string[];
  summaries: string;
  /** Everything the step printed or wrote, for "no secret anywhere" assertions. */
  transcript(): string;
}

/**
 * A Runtime that records everything, unmasked: a test that finds a secret in the transcript
 * has found a real leak (on Actions only the runner's log masking would have hidden it).
 */
export function createMemoryRuntime(
  inputs: Record<string, string> = {},
  options: { env?: Record<string, string | undefined>; cwd?: string; tempDir?: string } = {},
): MemoryRuntime {
  const logs: LogEntry[] = [];
  const runtime: MemoryRuntime = {
    kind: 'memory',
    outputs: {},
    logs,
    secrets: [],
    failures: [],
    summaries: '',
    input: (name) => inputs[name] ?? '',
    output: (name, value) => {
      runtime.outputs[name] = value;
    },
    secret: (value) => {
      runtime.secrets.push(value);
    },
    debug: (message) => {
      logs.push({ level: 'debug', message });
    },
    info: (message) => {
      logs.push({ level: 'info', message });
    },
    warning: (message, annotation) => {
      logs.push({ level: 'warning', message, annotation });
    },
    error: (message, annotation) => {
      logs.push({ level: 'error', message, annotation });
    },
    group: async (title, fn) => {
      logs.push({ level: 'info', message: `== ${title}` });
      return fn();
    },
    summary: async (markdown) => {
      runtime.summaries += markdown;
    },
    fail: (message) => {
      runtime.failures.push(message);
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    tempDir: options.tempDir ?? tmpdir(),
    transcript: () =>
      [...logs.map((l) => l.message), ...Object.values(runtime.outputs), runtime.summaries, ...runtime.failures].join(
        '\n',
      ),
  };
  return runtime;
}
