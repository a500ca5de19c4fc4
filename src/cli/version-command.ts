import { readEventContext } from '../actions/shared/event.js';
import { resolveVersion } from '../core/version/resolve.js';
import { ConfigError, describeError } from '../shared/errors.js';
import { parseCommandFlags } from './args.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

/**
 * Shared by `deploy-kit version` and `deploy-kit tags`: parses flags, rejects unknown ones
 * (exit 2 naming the valid ones), and maps ConfigError to exit 2.
 */
export async function runReleaseCommand(
  name: string,
  argv: string[],
  io: CliIo,
  valid: string[],
  usage: string,
  body: (flags: Record<string, string>) => Promise<string>,
): Promise<number> {
  const flags = parseCommandFlags(name, argv, { valid: [...valid, 'json'], booleans: ['json'], usage }, io);
  if (typeof flags === 'number') return flags;
  try {
    io.stdout.write(`${await body(flags)}\n`);
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`deploy-kit ${name}: ${describeError(error)}\n`);
    return error instanceof ConfigError ? EXIT.config : EXIT.failed;
  }
}

/** `deploy-kit version`: the release version build-and-push and deploy would use for this event. */
export const versionCommand: CliCommand = {
  name: 'version',
  summary: SUMMARIES.version,
  usage: () =>
    [
      'deploy-kit version [--version V] [--match REGEX] [--json]',
      '  reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the GITHUB_EVENT_PATH payload like the runner provides them',
      '  --version V     explicit version (wins over the event)',
      '  --match REGEX   pattern applied to the tag; its first group is the version (app/v(.*))',
      '  --json          print version, raw, source, prerelease and semver parts as JSON',
      '  (deploy-kit version --kit prints the version of deploy-kit itself)',
    ].join('\n'),
  async run(argv, io) {
    return runReleaseCommand('version', argv, io, ['version', 'match'], this.usage(), async (flags) => {
      const { event } = await readEventContext(io.env);
      const resolved = resolveVersion(event, { version: flags.version, match: flags.match });
      return flags.json ? JSON.stringify(resolved, null, 2) : resolved.version;
    });
  },
};
