import { resolve } from 'node:path';
import { startSimulator } from '../simulator/index.js';
import { parseArgs } from './args.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';

const VALID = ['port', 'kubeconfig', 'pod-ready-delay', 'tls', 'help'];

interface ClusterFlags {
  port: number;
  kubeconfig?: string;
  podReadyDelayMs?: number;
  tls: boolean;
}

function parseFlags(argv: string[]): ClusterFlags | string {
  const { flags, positionals } = parseArgs(argv.slice(1), new Set(['help']));
  const unknown = Object.keys(flags).find((f) => !VALID.includes(f));
  if (unknown)
    return `unknown option --${unknown}; valid: --port N, --kubeconfig FILE, --pod-ready-delay MS, --tls true|false`;
  if (positionals.length) return `unexpected argument '${positionals[0]}'`;
  const port = Number(flags.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return `--port must be an integer 0-65535 (0 = any free port), got '${flags.port}'`;
  const delay = flags['pod-ready-delay'] === undefined ? undefined : Number(flags['pod-ready-delay']);
  if (delay !== undefined && (!Number.isFinite(delay) || delay < 0))
    return `--pod-ready-delay must be milliseconds >= 0, got '${flags['pod-ready-delay']}'`;
  const tls = flags.tls ?? 'true';
  if (tls !== 'true' && tls !== 'false') return `--tls must be true or false, got '${tls}'`;
  return {
    port,
    kubeconfig: flags.kubeconfig ? resolve(flags.kubeconfig) : undefined,
    podReadyDelayMs: delay,
    tls: tls === 'true',
  };
}

const USAGE = [
  'deploy-kit cluster up [--port N] [--kubeconfig FILE] [--pod-ready-delay MS] [--tls true|false]',
  '  starts the embedded Kubernetes API simulator in the foreground on 127.0.0.1;',
  '  writes a kubeconfig when ready and prints its path; Ctrl-C (SIGINT) or SIGTERM stops it cleanly',
  '  --port N             API port (default: any free port)',
  '  --kubeconfig FILE    where to write the kubeconfig (default: a new temp dir)',
  '  --pod-ready-delay MS how long pods take to become Ready (default 300)',
  '  --tls true|false     HTTPS with a self-signed CA in the kubeconfig (default true; kubectl sends tokens only over HTTPS)',
].join('\n');

async function up(flags: ClusterFlags, io: CliIo): Promise<number> {
  const t0 = performance.now();
  const sim = await startSimulator({
    port: flags.port,
    kubeconfigPath: flags.kubeconfig,
    podReadyDelayMs: flags.podReadyDelayMs,
    tls: flags.tls,
  });
  io.stderr.write(
    `deploy-kit cluster: simulator serving ${sim.url} (ready in ${Math.round(performance.now() - t0)} ms); export KUBECONFIG=${sim.kubeconfigPath}\n`,
  );
  io.stdout.write(`${sim.kubeconfigPath}\n`);
  const signal = await new Promise<string>((done) => {
    process.once('SIGINT', () => done('SIGINT'));
    process.once('SIGTERM', () => done('SIGTERM'));
  });
  io.stderr.write(`deploy-kit cluster: ${signal}, stopping\n`);
  await sim.stop();
  return EXIT.ok;
}

/** `deploy-kit cluster up`: the embedded Kubernetes simulator as a foreground process for laptops and CI. */
export const clusterCommand: CliCommand = {
  name: 'cluster',
  summary: SUMMARIES.cluster,
  usage: () => USAGE,
  async run(argv, io) {
    if (argv.includes('--help') || argv.length === 0) {
      io.stdout.write(`${USAGE}\n`);
      return argv.length === 0 ? EXIT.config : EXIT.ok;
    }
    if (argv[0] !== 'up') {
      io.stderr.write(`deploy-kit cluster: unknown subcommand '${argv[0]}'; use: deploy-kit cluster up\n`);
      return EXIT.config;
    }
    const flags = parseFlags(argv);
    if (typeof flags === 'string') {
      io.stderr.write(`deploy-kit cluster: ${flags}\n`);
      return EXIT.config;
    }
    try {
      return await up(flags, io);
    } catch (err) {
      io.stderr.write(`deploy-kit cluster: could not start: ${(err as Error).message}\n`);
      return EXIT.failed;
    }
  },
};
