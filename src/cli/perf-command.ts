import { definition } from '../actions/perf-gate/main.js';
import { actionCommand } from './action-command.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

const run = actionCommand('perf-gate', SUMMARIES['perf-gate'], definition);

const MERGE_USAGE = [
  'deploy-kit perf-gate merge <report.json|glob> ... [--thresholds EXPR ...] [--warn-margin 10%]',
  '                           [--baseline FILE --max-regression "p(95): 10%"] [--report FILE] [--summary-file FILE] [--json]',
  '  Combines shard reports exactly (histograms merged bucket by bucket, never percentiles averaged),',
  '  then judges the thresholds on the merged figures. Same as the action with mode: merge.',
].join('\n');

const BOOLEAN_FLAGS = new Set(['--verbose', '--help', '--json']);

/** Rewrites `perf merge a.json b.json --flag v` into the action's inputs: mode merge, one --reports per file. */
export function mergeArgv(argv: readonly string[]): string[] | string {
  const files: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) files.push(arg);
    else if (arg.includes('=') || BOOLEAN_FLAGS.has(arg) || i + 1 >= argv.length) flags.push(arg);
    else flags.push(arg, argv[++i]);
  }
  if (files.length === 0) return 'give at least one shard report (file or glob)';
  return ['--mode', 'merge', ...files.flatMap((file) => ['--reports', file]), ...flags];
}

/**
 * `deploy-kit perf-gate ...` (alias `perf`) runs the perf-gate action (progress on stderr, outputs on stdout);
 * `deploy-kit perf-gate merge <reports...>` merges shard reports and judges the merged figures.
 */
export const perfCommand: CliCommand = {
  name: 'perf-gate',
  aliases: ['perf'],
  summary: SUMMARIES['perf-gate'],
  usage: () => `${run.usage()}\n\n${MERGE_USAGE}`,
  async run(argv: string[], io: CliIo) {
    if (argv[0] !== 'merge') return run.run(argv, io);
    const rest = argv.slice(1);
    if (rest.includes('--help')) {
      io.stdout.write(`${MERGE_USAGE}\n`);
      return EXIT.ok;
    }
    const rewritten = mergeArgv(rest);
    if (typeof rewritten === 'string') {
      io.stderr.write(`deploy-kit perf-gate merge: ${rewritten}\n${MERGE_USAGE}\n`);
      return EXIT.config;
    }
    return run.run(rewritten, io);
  },
};
