import type { ActionDefinition, InputShape } from '../actions/harness.js';
import { actionCommand } from './action-command.js';
import type { CliCommand } from './command.js';
import { SUMMARIES } from './summaries.js';

type Name = keyof typeof SUMMARIES;

/**
 * A command whose module is imported only when it runs: `deploy-kit cluster up` then evaluates
 * the simulator, not every core of the kit (the bundle is one file; esbuild keeps dynamically
 * imported modules lazy).
 */
export function lazyCommand(name: Name, load: () => Promise<CliCommand>, aliases: readonly string[] = []): CliCommand {
  return {
    name,
    aliases,
    summary: SUMMARIES[name],
    usage: () => `run 'deploy-kit ${name} --help' for its options`,
    run: async (argv, io) => (await load()).run(argv, io),
  };
}

function lazyAction(
  name: Name,
  load: () => Promise<{ definition: ActionDefinition<InputShape, unknown> }>,
  aliases: readonly string[] = [],
): CliCommand {
  return lazyCommand(name, async () => actionCommand(name, SUMMARIES[name], (await load()).definition), aliases);
}

/** Every `deploy-kit <command>`; action-backed ones share the action's schema and core through actionCommand(). */
export const commands: CliCommand[] = [
  lazyCommand('pin', async () => (await import('./pin-command.js')).pinCommand),
  lazyCommand('pipeline', async () => (await import('./pipeline-command.js')).pipelineCommand),
  lazyCommand('demo', async () => (await import('./demo-command.js')).demoCommand),
  lazyAction('build-and-push', () => import('../actions/build-and-push/main.js'), ['build']),
  lazyCommand('version', async () => (await import('./version-command.js')).versionCommand),
  lazyCommand('tags', async () => (await import('./tags-command.js')).tagsCommand),
  lazyCommand('cluster', async () => (await import('./cluster-command.js')).clusterCommand),
  lazyAction('health-check', () => import('../actions/health-check/main.js'), ['health']),
  lazyAction('smoke-test', () => import('../actions/smoke-test/main.js'), ['smoke']),
  lazyCommand('perf-gate', async () => (await import('./perf-command.js')).perfCommand, ['perf']),
  lazyAction('quality-score', () => import('../actions/quality-score/main.js'), ['score']),
  lazyAction('deploy', () => import('../actions/deploy/main.js')),
  lazyAction('rollback', () => import('../actions/rollback/main.js')),
  lazyAction('analyze', () => import('../actions/analyze/main.js')),
  lazyAction('notify', () => import('../actions/notify/main.js')),
  lazyAction('perf-baseline', () => import('../actions/perf-baseline/main.js')),
  lazyCommand('canary', async () => (await import('./canary-command.js')).canaryCommand),
];
