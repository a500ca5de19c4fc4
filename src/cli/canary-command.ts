import { readFileSync } from 'node:fs';
import { HttpKubeClient, loadKubeAccess } from '../clients/kube/index.js';
import { abortFromState, progressStatus, promoteFromState } from '../core/deploy/progressive/manual.js';
import { deploymentRef } from '../core/deploy/progressive/objects.js';
import { readState } from '../core/deploy/progressive/state.js';
import { parseDuration } from '../shared/duration.js';
import { describeError } from '../shared/errors.js';
import { parseArgs } from './args.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';
import { SUMMARIES } from './summaries.js';

const USAGE = `deploy-kit canary status|promote|abort --deployment NAME [--namespace NS] [--kubeconfig PATH] [--context NAME]
  Operates on the canary or blue-green release in flight recorded on a Deployment (annotation
  deploy-kit.dev/progressive), e.g. behind a manual approval:
  status    the strategy, traffic mode, step, weight and the new version's pods (exit 1 when none is in flight)
  promote   the stable Deployment takes the new template (waits for its rollout), then the canary/preview goes
  abort     all traffic back to stable, the canary/preview objects and the state removed
  --timeout DURATION  how long promote waits for the rollout (default 5m)
  The kubeconfig comes from --kubeconfig, else KUBECONFIG.`;

const ACTIONS = ['status', 'promote', 'abort'];
const FLAGS = ['deployment', 'namespace', 'kubeconfig', 'context', 'timeout', 'field-manager'];

function fail(io: CliIo, message: string, code: number = EXIT.config): number {
  io.stderr.write(`deploy-kit canary: ${message}\n`);
  return code;
}

async function act(action: string, flags: Record<string, string>, io: CliIo): Promise<number> {
  const access = loadKubeAccess({
    content: flags.kubeconfig ? readFileSync(flags.kubeconfig, 'utf8') : undefined,
    context: flags.context,
    env: io.env,
    secret: () => undefined,
  });
  const client = new HttpKubeClient(access, { attempts: 4, baseDelayMs: 250, maxDelayMs: 2000 });
  const namespace = flags.namespace ?? access.config.getContextObject(access.context)?.namespace ?? 'default';
  const stable = deploymentRef(namespace, flags.deployment);
  const fieldManager = flags['field-manager'] ?? 'deploy-kit';
  if (action === 'status') {
    const status = await progressStatus(client, stable);
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return status.state ? EXIT.ok : EXIT.failed;
  }
  if (action === 'abort') {
    const live = await client.get(stable);
    const state = live && readState(live);
    if (!state) return fail(io, `deployment/${flags.deployment} has no canary or blue-green in flight`, EXIT.failed);
    const removed = await abortFromState(client, stable, state, fieldManager);
    io.stdout.write(`aborted: all traffic on deployment/${flags.deployment}; removed ${removed.join(', ')}\n`);
    return EXIT.ok;
  }
  const timeoutMs = parseDuration(flags.timeout ?? '5m');
  if (timeoutMs === undefined) return fail(io, `--timeout must be a duration such as 5m, got '${flags.timeout}'`);
  const log = (line: string) => void io.stdout.write(`${line}\n`);
  const removed = await promoteFromState(client, stable, { fieldManager, timeoutMs, graceMs: 30_000, log });
  io.stdout.write(`promoted: deployment/${flags.deployment} runs the new template; removed ${removed.join(', ')}\n`);
  return EXIT.ok;
}

/** `deploy-kit canary status|promote|abort`: the manual gate of a progressive release. */
export const canaryCommand: CliCommand = {
  name: 'canary',
  summary: SUMMARIES.canary,
  usage: () => USAGE,
  async run(argv: string[], io: CliIo) {
    const { flags, positionals } = parseArgs(argv, new Set(['help']));
    if (flags.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const [action, extra] = positionals;
    if (!ACTIONS.includes(action ?? '') || extra)
      return fail(io, `expected one of ${ACTIONS.join(', ')}, got '${positionals.join(' ')}'\n${USAGE}`);
    const unknown = Object.keys(flags).find((f) => !FLAGS.includes(f));
    if (unknown) return fail(io, `unknown option --${unknown}; valid: ${FLAGS.map((f) => `--${f}`).join(' ')}`);
    if (!flags.deployment) return fail(io, '--deployment is required (the stable Deployment)');
    try {
      return await act(action, flags, io);
    } catch (error) {
      return fail(io, describeError(error), EXIT.failed);
    }
  },
};
