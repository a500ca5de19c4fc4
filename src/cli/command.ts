/** Exit codes of every command: 0 success, 1 a check or gate failed, 2 the configuration is wrong. */
export const EXIT = { ok: 0, failed: 1, config: 2 } as const;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** Usage text shown by `deploy-kit <name> --help`. */
  usage(): string;
  run(argv: string[], io: CliIo): Promise<number>;
}
