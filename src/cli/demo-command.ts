import { resolve } from 'node:path';
import { startSimulator } from '../simulator/index.js';
import { runDemo, type DemoResult } from '../pipeline/demo.js';
import { outcomeLine } from '../pipeline/report.js';
import { parseCommandFlags } from './args.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';
import { pipelineActions, terminalEvents, writeReports } from './pipeline-command.js';

const USAGE = `deploy-kit demo [--out-dir DIR] [--perf-duration 8s] [--verbose]
  Starts the embedded Kubernetes simulator and runs the release pipeline three times on the demo
  service: v1 (every gate passes), v2 (pods crash: fast fail and rollback), v3 (slower: the perf
  gate fails against v1's baseline and the pipeline rolls back from the deploy record). Ends with
  v1 serving and healthy. Writes summary.md and summary.html to DIR (default: demo-output).
  --out-dir DIR          where the manifests, reports and summaries go
  --perf-duration 8s     load-test length per release
  --verbose              print each step's log lines

example:
  deploy-kit demo --out-dir demo-output --perf-duration 4s`;

/** The demo passes when it shows what it promises: two rollbacks and v1 serving, healthy. */
export function demoAsExpected(demo: DemoResult): boolean {
  const status = demo.releases.map((r) => r.result.status).join(',');
  return status === 'succeeded,rolled-back,rolled-back' && demo.serving === 'v1' && demo.healthy;
}

/** `deploy-kit demo` (`npm run demo`): the whole kit on one machine with nothing else installed. */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: SUMMARIES.demo,
  usage: () => USAGE,
  async run(argv: string[], io: CliIo) {
    const flags = parseCommandFlags(
      'demo',
      argv,
      { valid: ['out-dir', 'perf-duration', 'verbose'], booleans: ['verbose'], usage: USAGE },
      io,
    );
    if (typeof flags === 'number') return flags;
    const started = Date.now();
    const outDir = resolve(flags['out-dir'] ?? 'demo-output');
    io.stdout.write('deploy-kit demo: starting the embedded Kubernetes simulator\n');
    const simulator = await startSimulator({ podReadyDelayMs: 300, crashPeriodMs: 1000 });
    try {
      const demo = await runDemo({
        cluster: simulator,
        actions: pipelineActions,
        outDir,
        env: { PATH: io.env.PATH, HOME: io.env.HOME },
        perfDuration: flags['perf-duration'],
        events: terminalEvents(io, Boolean(flags.verbose), '  '),
        say: (line) => io.stdout.write(`${line}\n`),
      });
      const paths = await writeReports(outDir, 'summary', 'deploy-kit demo', demo.markdown);
      io.stdout.write(`\n== deploy-kit demo: done in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
      for (const r of demo.releases) io.stdout.write(`  ${r.version}: ${outcomeLine(r.result)}\n`);
      const rollbacks = demo.releases.filter((r) => r.result.status === 'rolled-back').length;
      io.stdout.write(
        `  rollbacks: ${rollbacks}\n  now serving: ${demo.serving ?? 'nothing'} (${demo.healthy ? 'healthy' : 'NOT healthy'})\n`,
      );
      io.stdout.write(`  summary: ${paths.markdown}\n  html:    ${paths.html}\n`);
      return demoAsExpected(demo) ? EXIT.ok : EXIT.failed;
    } finally {
      await simulator.stop();
    }
  },
};
