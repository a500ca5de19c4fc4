import { createCliRuntime } from '../runtime/cli-runtime.js';
import { runAction, type ActionDefinition, type InputShape } from '../actions/harness.js';
import { inputMeta } from '../shared/inputs.js';
import { EXAMPLES, inputDescriptions, wrapDescription } from './action-help.js';
import { parseCommandFlags } from './args.js';
import { closingLines } from './closing-lines.js';
import { progressFor, progressStream } from './progress.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

/** Flags of the CLI itself, never passed to an action as inputs. */
const CLI_FLAGS = ['summary-file', 'verbose', 'json'];

/**
 * A CLI command that runs an action's adapter unchanged: every `--input-name value` flag is the
 * action.yml input of the same name, so docs and behaviour cannot drift between action and CLI.
 */
export function actionCommand<S extends InputShape, R>(
  name: string,
  summary: string,
  definition: ActionDefinition<S, R>,
): CliCommand {
  const inputNames = Object.keys(definition.inputs);
  return {
    name,
    summary,
    usage: () => {
      const descriptions = inputDescriptions(definition.name);
      const lines = inputNames.flatMap((input) => {
        const meta = inputMeta(definition.inputs[input]);
        const note = meta.required
          ? ' (required)'
          : meta.inputDefault !== undefined
            ? ` (default: ${JSON.stringify(meta.inputDefault)})`
            : '';
        return [`  --${input}${note}`, ...wrapDescription(descriptions[input] ?? '')];
      });
      return [
        `deploy-kit ${name} [--input value ...]   (inputs of actions/${definition.name}/action.yml)`,
        ...lines,
        '  --summary-file FILE   write the job-summary Markdown here',
        '  --json                print outputs as one JSON object instead of name=value lines',
        '  --verbose             print debug lines',
        ...(EXAMPLES[name] ? ['', 'example:', `  ${EXAMPLES[name]}`] : []),
      ].join('\n');
    },
    async run(argv: string[], io: CliIo) {
      const flags = parseCommandFlags(
        name,
        argv,
        { valid: [...inputNames, ...CLI_FLAGS], booleans: ['verbose', 'json'], usage: this.usage() },
        io,
      );
      if (typeof flags === 'number') return flags;
      const inputs = Object.fromEntries(Object.entries(flags).filter(([k]) => inputNames.includes(k)));
      const outputs: Record<string, string> = {};
      const progress = progressFor(io.stderr);
      const runtime = createCliRuntime({
        inputs,
        env: io.env,
        stdout: io.stdout,
        stderr: progressStream(progress),
        summaryFile: flags['summary-file'],
        verbose: Boolean(flags.verbose),
        onOutput: (key, value) => {
          outputs[key] = value;
        },
      });
      const outcome = await runAction(definition, runtime).finally(() => progress.close());
      io.stdout.write(
        flags.json ? `${JSON.stringify(outputs, null, 2)}\n` : closingLines(outputs, flags['summary-file']),
      );
      if (outcome === 'passed') return EXIT.ok;
      return outcome === 'config-error' ? EXIT.config : EXIT.failed;
    },
  };
}
