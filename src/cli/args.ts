/**
 * Parses `--name value`, `--name=value` and bare `--flag` (true). A repeated flag joins its values
 * with newlines, which is how list inputs (urls, headers, images) are written in action.yml.
 */
export interface ParsedArgs {
  flags: Record<string, string>;
  positionals: string[];
}

export function parseArgs(argv: string[], booleanFlags: ReadonlySet<string> = new Set()): ParsedArgs {
  const flags: Record<string, string> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (booleanFlags.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) value = 'true';
    else value = argv[++i];
    flags[name] = flags[name] === undefined ? value : `${flags[name]}\n${value}`;
  }
  return { flags, positionals };
}

export interface CommandFlagSpec {
  /** Flags the command takes (besides --help). */
  valid: string[];
  /** Flags that take no value. */
  booleans?: string[];
  usage: string;
}

/**
 * The front door of every hand-written command: `--help` prints the usage (exit 0), an unknown
 * flag or stray argument is named with the valid ones (exit 2). Returns the flags, or the exit code.
 */
export function parseCommandFlags(
  name: string,
  argv: string[],
  spec: CommandFlagSpec,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Record<string, string> | number {
  const { flags, positionals } = parseArgs(argv, new Set([...(spec.booleans ?? []), 'help']));
  if (flags.help) {
    io.stdout.write(`${spec.usage}\n`);
    return 0;
  }
  const unknown = Object.keys(flags).filter((flag) => !spec.valid.includes(flag));
  if (unknown.length || positionals.length) {
    const what = unknown.length ? `unknown option --${unknown[0]}` : `unexpected argument '${positionals[0]}'`;
    io.stderr.write(`deploy-kit ${name}: ${what}; valid: ${spec.valid.map((v) => `--${v}`).join(' ')}\n`);
    return 2;
  }
  return flags;
}
