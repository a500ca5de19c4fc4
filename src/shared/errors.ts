/** One problem with one input, phrased so the user knows what a valid value looks like. */
export interface InputProblem {
  input: string;
  message: string;
  /** Where the problem sits when it is inside a file the input names (spec, config, manifest). */
  file?: string;
  line?: number;
}

/** The user can fix it: every problem found, reported together, and nothing was changed. */
export class ConfigError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(ConfigError.format(problems));
    this.name = 'ConfigError';
    this.problems = problems;
  }

  static single(input: string, message: string, at?: { file?: string; line?: number }): ConfigError {
    return new ConfigError([{ input, message, ...at }]);
  }

  static format(problems: InputProblem[]): string {
    const lines = problems.map((p) => {
      const where = p.file ? ` (${p.file}${p.line ? `:${p.line}` : ''})` : '';
      return `input '${p.input}'${where}: ${p.message}`;
    });
    return lines.length === 1 ? lines[0] : `${lines.length} invalid inputs:\n  - ${lines.join('\n  - ')}`;
  }
}

/** A failure of the domain (rollout failed, gate lost, registry refused) with structured details. */
export class DeployKitError extends Error {
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeployKitError';
    this.details = details;
  }
}

/** Turns anything thrown (including non-Errors) into a message fit for one log line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
