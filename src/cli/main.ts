import { KIT_VERSION } from '../shared/version.js';
import { describeError } from '../shared/errors.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

function help(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const aliases = (c: CliCommand) => (c.aliases?.length ? ` (alias: ${c.aliases.join(', ')})` : '');
  return [
    `deploy-kit ${KIT_VERSION}: release pipeline for Kubernetes, from the terminal`,
    '',
    'usage: deploy-kit <command> [options]     deploy-kit <command> --help',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}${aliases(c)}`),
    '',
    'exit codes: 0 success, 1 a check or gate failed, 2 invalid configuration',
  ].join('\n');
}

/** Dispatches argv to a command; never calls process.exit so it can be tested in-process. */
export async function main(argv: string[], commands: CliCommand[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help(commands)}\n`);
    return name ? EXIT.ok : EXIT.config;
  }
  if (name === '--version' || (name === 'version' && rest[0] === '--kit')) {
    io.stdout.write(`${KIT_VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name || c.aliases?.includes(name));
  if (!command) {
    io.stderr.write(`deploy-kit: unknown command '${name}'; run 'deploy-kit --help' for the list\n`);
    return EXIT.config;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr.write(`deploy-kit ${name}: ${describeError(error)}\n`);
    return EXIT.failed;
  }
}
