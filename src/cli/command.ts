/** Exit codes of every command: 0 success, 1 a check or gate failed, 2 the configuration is wrong. */
export const EXIT = { ok: 0, failed: 1, config: 2 } as const;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** The action's name for action-backed commands (`health-check`), so docs and CLI use one name. */
  name: string;
  /** Earlier short names that still work (`health`). */
  aliases?: readonly string[];
  summary: string;
  /** Usage text shown by `deploy-kit <name> --help`. */
  usage(): string;
  run(argv: string[], io: CliIo): Promise<number>;
}
