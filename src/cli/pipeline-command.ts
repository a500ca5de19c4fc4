import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { definition as buildAndPush } from '../actions/build-and-push/main.js';
import { definition as deploy } from '../actions/deploy/main.js';
import { definition as healthCheck } from '../actions/health-check/main.js';
import { definition as notify } from '../actions/notify/main.js';
import { definition as perfGate } from '../actions/perf-gate/main.js';
import { definition as qualityScore } from '../actions/quality-score/main.js';
import { definition as rollback } from '../actions/rollback/main.js';
import { definition as smokeTest } from '../actions/smoke-test/main.js';
import { loadConfig } from '../pipeline/config.js';
import { htmlPage } from '../pipeline/html.js';
import { outcomeLine, renderPipelineMarkdown, stepLine } from '../pipeline/report.js';
import { runPipeline, type PipelineResult } from '../pipeline/run.js';
import type { AnyDefinition, PipelineActions, PipelineEvents } from '../pipeline/steps.js';
import { ConfigError } from '../shared/errors.js';
import { parseCommandFlags } from './args.js';
import { progressFor, type Progress } from './progress.js';
import { progressOf } from './progress-lines.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

/** The real action definitions, the same objects the bundles run. */
export const pipelineActions: PipelineActions = {
  'build-and-push': buildAndPush as AnyDefinition,
  deploy: deploy as AnyDefinition,
  'health-check': healthCheck as AnyDefinition,
  'smoke-test': smokeTest as AnyDefinition,
  'perf-gate': perfGate as AnyDefinition,
  'quality-score': qualityScore as AnyDefinition,
  rollback: rollback as AnyDefinition,
  notify: notify as AnyDefinition,
};

/**
 * Prints each step as it starts and ends, with live progress of its long waits (rollouts, health
 * attempts, load tests) and, on a terminal, the running step's elapsed time; other step logs
 * only with --verbose (warnings always).
 */
export function terminalEvents(io: CliIo, verbose: boolean, indent = ''): PipelineEvents {
  const progress = progressFor(io.stdout);
  let ticker: NodeJS.Timeout | undefined;
  return {
    stepStart: (name, title) => {
      progress.line(`${indent}> ${name}: ${title}`);
      if (progress.live) ticker = stepTicker(progress, `${indent}  … ${name}`);
    },
    log: (_name, level, message) => {
      const update = level === 'info' ? progressOf(message) : undefined;
      if (update) progress.update(update.key, `${indent}    ${update.text}`);
      else if (level === 'warning' || level === 'error' || (verbose && level !== 'debug'))
        progress.line(`${indent}    ${level === 'info' ? '' : `${level}: `}${message}`);
    },
    stepEnd: (record) => {
      clearInterval(ticker);
      progress.remove(STEP_KEY);
      progress.close();
      progress.line(`${indent}${stepLine(record)}`);
    },
  };
}

const STEP_KEY = 'step';

/** A live `… deploy 12s` line under the running step, updated each second (terminal only). */
function stepTicker(progress: Progress, label: string): NodeJS.Timeout {
  const started = Date.now();
  const timer = setInterval(
    () => progress.update(STEP_KEY, `${label} ${Math.round((Date.now() - started) / 1000)}s`),
    1000,
  );
  return timer.unref();
}

/** Writes the job-summary Markdown and its HTML rendering; returns their paths. */
export async function writeReports(
  dir: string,
  base: string,
  title: string,
  markdown: string,
): Promise<{ markdown: string; html: string }> {
  await mkdir(dir, { recursive: true });
  const paths = { markdown: join(dir, `${base}.md`), html: join(dir, `${base}.html`) };
  await writeFile(paths.markdown, markdown);
  await writeFile(paths.html, htmlPage(title, markdown));
  return paths;
}

const USAGE = `deploy-kit pipeline --config deploy-kit.yml [--out-dir DIR] [--verbose]
  Runs the chain of the reusable deploy workflow against any cluster and URL:
  build-and-push -> deploy -> health-check -> smoke-test -> perf-gate -> quality-score
  -> rollback from the deploy record when anything after the deploy fails -> notify.
  Each section of the config holds that action's inputs by their action.yml names (the same
  values a workflow passes with 'with:'); \${VAR} is read from the environment.
  --config FILE   the pipeline config (deploy-kit.yml), required
  --out-dir DIR   where summary.md and summary.html go (default: deploy-kit-output)
  --verbose       print each step's log lines

example:
  deploy-kit pipeline --config deploy-kit.yml --out-dir reports/release`;

/** `deploy-kit pipeline`: the release pipeline for teams on other CI systems. */
export const pipelineCommand: CliCommand = {
  name: 'pipeline',
  summary: SUMMARIES.pipeline,
  usage: () => USAGE,
  async run(argv: string[], io: CliIo) {
    const flags = parseCommandFlags(
      'pipeline',
      argv,
      { valid: ['config', 'out-dir', 'verbose'], booleans: ['verbose'], usage: USAGE },
      io,
    );
    if (typeof flags === 'number') return flags;
    if (!flags.config) {
      io.stderr.write(`deploy-kit pipeline: --config FILE is required\n${USAGE}\n`);
      return EXIT.config;
    }
    let result: PipelineResult;
    try {
      const config = await loadConfig(resolve(flags.config), io.env);
      io.stdout.write(`deploy-kit pipeline: ${config.version ?? 'unversioned'} to ${config.environment}\n`);
      result = await runPipeline(config, pipelineActions, {
        env: io.env,
        tempDir: io.env.RUNNER_TEMP ?? tmpdir(),
        events: terminalEvents(io, Boolean(flags.verbose)),
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`deploy-kit pipeline: ${error.message}\n`);
      return EXIT.config;
    }
    const paths = await writeReports(
      resolve(flags['out-dir'] ?? 'deploy-kit-output'),
      'summary',
      'deploy-kit pipeline',
      renderPipelineMarkdown(result),
    );
    io.stdout.write(`\n${outcomeLine(result)}\nsummary: ${paths.markdown}\nhtml:    ${paths.html}\n`);
    return result.status === 'succeeded' ? EXIT.ok : EXIT.failed;
  },
};
