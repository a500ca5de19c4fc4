/**
 * The one seam between deploy-kit's code and its host. Adapters (src/actions/<name>/main.ts)
 * talk only to a Runtime, so the same run() serves GitHub Actions, the CLI and tests.
 */
export interface Annotation {
  file?: string;
  startLine?: number;
  endLine?: number;
  title?: string;
}

export interface Runtime {
  readonly kind: 'actions' | 'cli' | 'memory';
  /** Raw input value by its action.yml name; '' when not given. */
  input(name: string): string;
  output(name: string, value: string): void;
  /** Registers a secret so the host hides it wherever it prints logs. */
  secret(value: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary (a file in the CLI, a string in memory). */
  summary(markdown: string): Promise<void>;
  /** Marks the step/command failed; the adapter decides the message. */
  fail(message: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** A directory for reports and scratch files (RUNNER_TEMP on Actions). */
  readonly tempDir: string;
}
