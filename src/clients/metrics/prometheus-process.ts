import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's prometheus binary: DK_PROMETHEUS_BIN (set by .ci/services.d/30-prometheus.sh) or the one on PATH; undefined when absent. */
export function prometheusBinary(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const candidate = env.DK_PROMETHEUS_BIN || 'prometheus';
  return spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0 ? candidate : undefined;
}

export interface PrometheusServer {
  url: string;
  /** Resolves once every target has been scraped successfully at least `scrapes` times since the call. */
  waitForScrapes(scrapes?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface PrometheusSetup {
  /** host:port of each /metrics target on 127.0.0.1. */
  targets: string[];
  scrapeInterval?: string;
  /** Extra web config (basic auth, TLS) as YAML text. */
  webConfig?: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function configYaml(setup: PrometheusSetup): string {
  const interval = setup.scrapeInterval ?? '500ms';
  return [
    'global:',
    `  scrape_interval: ${interval}`,
    `  scrape_timeout: ${interval}`,
    'scrape_configs:',
    '  - job_name: deploy-kit-test',
    '    static_configs:',
    `      - targets: [${setup.targets.map((t) => `'${t}'`).join(', ')}]`,
    '',
  ].join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/** Ready once the port accepts connections (works for http and https alike; the TSDB opens before the listener). */
async function waitReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${log()}`);
    if (await accepts(port)) return;
    await sleep(100);
  }
  throw new Error(`prometheus did not become ready:\n${log()}`);
}

/**
 * Starts a real Prometheus on 127.0.0.1 with its own config and TSDB in a temp dir, scraping loopback
 * targets at a short interval: what the demo and the tests judge releases with. stop() removes it all.
 */
export async function startPrometheus(setup: PrometheusSetup, binary = prometheusBinary()): Promise<PrometheusServer> {
  if (!binary) throw new Error('prometheus is not installed (.ci/services.d/30-prometheus.sh installs it)');
  const dir = mkdtempSync(join(tmpdir(), 'dk-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), configYaml(setup));
  const port = await freePort();
  const args = [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ];
  if (setup.webConfig) {
    writeFileSync(join(dir, 'web.yml'), setup.webConfig);
    args.push(`--web.config.file=${join(dir, 'web.yml')}`);
  }
  let output = '';
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output = (output + String(d)).slice(-4000)));
  child.stderr.on('data', (d: Buffer) => (output = (output + String(d)).slice(-4000)));
  const scheme = setup.webConfig?.includes('tls_server_config') ? 'https' : 'http';
  const url = `${scheme}://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(port, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, waitForScrapes: (n = 2) => waitForScrapes(url, setup.targets.length, n) };
}

/** Waits until every target is up and has been scraped `n` more times (counted with `up` samples). */
async function waitForScrapes(url: string, targets: number, n: number): Promise<void> {
  const count = async () => {
    const r = await fetch(`${url}/api/v1/query?query=${encodeURIComponent('count_over_time(up[1h]) and up == 1')}`);
    if (r.status !== 200) return 0; // 503 while the TSDB still opens
    const body = (await r.json()) as { data: { result: { value: [number, string] }[] } };
    const values = body.data.result.map((s) => Number(s.value[1]));
    return values.length < targets ? 0 : Math.min(...values);
  };
  const start = await count();
  for (let i = 0; i < 300; i++) {
    if ((await count()) >= start + n) return;
    await sleep(100);
  }
  throw new Error(`prometheus did not scrape its targets ${n} times within 30s`);
}
