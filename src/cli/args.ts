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
